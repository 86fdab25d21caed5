import { parseSoort } from "../../calc";
import { defineRule } from "./rule";
import { eachDevelopment } from "./eachDevelopment";

export const ontwikkelingSoort = defineRule({
  meta: {
    id: "ontwikkeling-soort",
    naam: "Soort van een ontwikkeling",
    beschrijving:
      "Elke ontwikkeling heeft een geldige soort: I (incidenteel), M (meerjarig) of S (structureel).",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    eachDevelopment(ctx, (item, _list, p) => {
      if (parseSoort(item.soort.text)) return;
      ctx.report({
        ref: item.soort.ref,
        bericht: `${p.name}, '${item.omschrijving.text || "ontwikkeling"}': soort '${item.soort.text}' is geen I, M of S.`,
        gevonden: item.soort.text,
        verwacht: "I, M of S",
      });
    });
  },
});
