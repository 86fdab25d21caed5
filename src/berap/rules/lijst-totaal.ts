import { formatDutchNumber } from "../../calc";
import { check, developmentTerms, hiddenRowsText, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";
import { ggdSheet } from "./examples";

export const lijstTotaal = defineRule({
  meta: {
    id: "lijst-totaal",
    naam: "Totaal van de ontwikkelingen",
    beschrijving:
      "Het Totaal van een lijst ontwikkelingen is de som van de ontwikkelingen. Telt het Totaal verborgen rijen niet mee (SUBTOTAAL(109; ...)), dan tellen verborgen ontwikkelingen nergens mee, zoals in Excel, en dat wordt gemeld.",
    ernst: "fout",
    messages: {
      totaalZonderOntwikkelingen:
        "{{wat}}: {{gevonden}} staat er, maar er staan geen ontwikkelingen boven; dit totaal is niet gecontroleerd.",
      verborgenOntwikkelingen:
        "{{wat}}: {{rijen}} verborgen en niet meegeteld, zoals het Totaal (SUBTOTAAL) verborgen rijen niet meetelt; verborgen ontwikkelingen zijn niet gecontroleerd.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Ontwikkelingen van GGD Twente: Totaal positief 174 + 50 + 83 = 307, Totaal negatief -145 - 44 = -189; beide totalen kloppen.",
        bladen: ggdSheet(),
      },
      kloptNiet: {
        uitleg:
          "Totaal positief: 174 + 50 + 83 = 307, er staat 317 (verschil 10, een fout). Totaal negatief: -145 - 44 = -189, er staat -190 (verschil 1, een afrondingsverschil).",
        bladen: ggdSheet({ totalen: [317, -190] }),
      },
    },
  },
  check(ctx) {
    for (const p of ctx.berap.programmes) {
      for (const list of p.lists) {
        const where = [p.name, list.block, `Totaal ${list.sign}`].filter(Boolean).join(", ");
        if (list.hiddenRows?.length && list.total)
          ctx.report({
            ref: list.total.ref,
            ernst: "info",
            messageId: "verborgenOntwikkelingen",
            data: { wat: where, rijen: hiddenRowsText(list.hiddenRows) },
            gevonden: list.hiddenRows.length,
          });
        if (list.items.length > 0 || !list.total) {
          // The items are the terms: one both this Totaal and the matrix point at is the slip (slips.ts).
          check(
            ctx,
            list.total,
            sumOf(list.items.map((i) => i.bedrag)),
            where,
            developmentTerms(p.name, list.items)
          );
          continue;
        }
        // A Totaal with no development rows read above it: its items are not there to add up, never "0".
        const value = valueOf(list.total);
        if (value && !value.isZero())
          ctx.report({
            ref: list.total.ref,
            ernst: "waarschuwing",
            messageId: "totaalZonderOntwikkelingen",
            data: { wat: where, gevonden: formatDutchNumber(value) },
          });
      }
    }
  },
});
