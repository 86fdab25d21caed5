import { formatDutchNumber } from "../../calc";
import { check, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

export const lijstTotaal = defineRule({
  meta: {
    id: "lijst-totaal",
    naam: "Totaal van de ontwikkelingen",
    beschrijving: "Het Totaal van een lijst ontwikkelingen is de som van de ontwikkelingen.",
    ernst: "fout",
    messages: {
      totaalZonderOntwikkelingen:
        "{{wat}}: {{gevonden}} staat er, maar er staan geen ontwikkelingen boven; dit totaal is niet gecontroleerd.",
    },
  },
  check(ctx) {
    for (const p of ctx.berap.programmes) {
      for (const list of p.lists) {
        const where = [p.name, list.block, `Totaal ${list.sign}`].filter(Boolean).join(", ");
        if (list.items.length > 0 || !list.total) {
          check(ctx, list.total, sumOf(list.items.map((i) => i.bedrag)), where);
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
