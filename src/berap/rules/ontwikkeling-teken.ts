import { formatDutchNumber } from "../../calc";
import { defineRule } from "./rule";
import { eachDevelopment } from "./eachDevelopment";
import { GGD_NEGATIEF, GGD_POSITIEF, ggdSheet } from "./examples";

export const ontwikkelingTeken = defineRule({
  meta: {
    id: "ontwikkeling-teken",
    naam: "Teken van een ontwikkeling",
    beschrijving:
      "Positieve ontwikkelingen zijn 0 of meer, negatieve 0 of minder: een bedrag met het verkeerde teken staat meestal in de verkeerde lijst.",
    ernst: "fout",
    messages: {
      negatiefBijPositief:
        "{{programma}}, '{{omschrijving}}': een positieve ontwikkeling met bedrag {{bedrag}}; een positieve ontwikkeling is 0 of meer.",
      positiefBijNegatief:
        "{{programma}}, '{{omschrijving}}': een negatieve ontwikkeling met bedrag {{bedrag}}; een negatieve ontwikkeling is 0 of minder.",
    },
    voorbeelden: {
      klopt: {
        uitleg: "De positieve ontwikkelingen zijn 0 of meer, de negatieve 0 of minder.",
        bladen: ggdSheet(),
      },
      kloptNiet: {
        uitleg:
          "'Kosten voormalig personeel (G)' staat met -44 bij de positieve ontwikkelingen: een nadeel in de verkeerde lijst (Totaal positief 174 + 50 + 83 - 44 = 263).",
        bladen: ggdSheet({
          positief: [...GGD_POSITIEF, GGD_NEGATIEF[1]],
          negatief: [GGD_NEGATIEF[0]],
          totalen: [263, -145],
        }),
      },
    },
  },
  check(ctx) {
    eachDevelopment(ctx, (item, list, p) => {
      const a = item.bedrag.amount;
      if (a.kind !== "getal" || a.value.isZero()) return;
      const wrong = list.sign === "positief" ? a.value.isNegative() : a.value.isPositive();
      if (!wrong) return;
      ctx.report({
        ref: item.bedrag.ref,
        messageId: list.sign === "positief" ? "negatiefBijPositief" : "positiefBijNegatief",
        data: {
          programma: p.name,
          omschrijving: item.omschrijving.text,
          bedrag: formatDutchNumber(a.value),
        },
        gevonden: a.value.toNumber(),
        verwacht: list.sign === "positief" ? ">= 0" : "<= 0",
      });
    });
  },
});
