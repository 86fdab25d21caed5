import { defineRule } from "./rule";
import { eachDevelopment } from "./eachDevelopment";

export const ontwikkelingTeken = defineRule({
  meta: {
    id: "ontwikkeling-teken",
    naam: "Teken van een ontwikkeling",
    beschrijving: "Positieve ontwikkelingen zijn 0 of meer, negatieve 0 of minder.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    eachDevelopment(ctx, (item, list, p) => {
      const a = item.bedrag.amount;
      if (a.kind !== "getal" || a.value.isZero()) return;
      const wrong = list.sign === "positief" ? a.value.isNegative() : a.value.isPositive();
      if (!wrong) return;
      ctx.report({
        ref: item.bedrag.ref,
        bericht: `${p.name}, '${item.omschrijving.text}': een ${list.sign === "positief" ? "positieve" : "negatieve"} ontwikkeling met bedrag ${a.value.toString()}.`,
        gevonden: a.value.toNumber(),
        verwacht: list.sign === "positief" ? ">= 0" : "<= 0",
      });
    });
  },
});
