import { financingOf } from "../tables/developments";
import { defineRule } from "./rule";
import { eachDevelopment } from "./eachDevelopment";
import { GGD_POSITIEF, ggdSheet } from "./examples";

export const ontwikkelingFinanciering = defineRule({
  meta: {
    id: "ontwikkeling-financiering",
    naam: "Financieringscode van een ontwikkeling",
    beschrijving:
      "Elke omschrijving eindigt op de financieringscode (R), (P) of (G), of de lijst heeft een kolom Financiering. Een Berap zonder financieringscodes (zoals alle vóór 2025) krijgt één melding, geen fout per regel.",
    ernst: "fout",
    messages: {
      codeOntbreekt:
        "{{programma}}, '{{omschrijving}}': de financieringscode (R), (P) of (G) ontbreekt.",
      geenCodes:
        "Deze Berap gebruikt geen financieringscodes (R), (P) of (G) bij de ontwikkelingen: een tabel Resultaat per financiering, als die er is, kan daarom niet uit de ontwikkelingen worden nagerekend (een doorwerkingstabel wel).",
    },
    voorbeelden: {
      klopt: {
        uitleg: "Elke omschrijving van GGD Twente eindigt op (R), (P) of (G).",
        bladen: ggdSheet(),
      },
      kloptNiet: {
        uitleg:
          "'Infectieziekten - vaccineren op maat' (50) heeft geen financieringscode; de andere 4 ontwikkelingen wel, dus deze Berap gebruikt codes en deze ene ontbreekt.",
        bladen: ggdSheet({
          positief: [
            GGD_POSITIEF[0],
            ["I", "Infectieziekten - vaccineren op maat", 50],
            GGD_POSITIEF[2],
          ],
        }),
      },
    },
  },
  check(ctx) {
    if (!ctx.berap.conventions.financingCodes) {
      const first = ctx.berap.programmes.flatMap((p) => p.lists.flatMap((l) => l.items))[0];
      if (first) ctx.report({ ref: first.omschrijving.ref, ernst: "info", messageId: "geenCodes" });
      return;
    }
    eachDevelopment(ctx, (item, _list, p) => {
      if (financingOf(item)) return;
      ctx.report({
        ref: item.financiering?.ref ?? item.omschrijving.ref,
        messageId: "codeOntbreekt",
        data: { programma: p.name, omschrijving: item.omschrijving.text },
        gevonden: item.financiering?.text ?? item.omschrijving.text,
        verwacht: "omschrijving die eindigt op (R), (P) of (G)",
      });
    });
  },
});
