import { parseSoort } from "../../calc";
import { defineRule } from "./rule";
import { eachDevelopment } from "./eachDevelopment";
import { GGD_POSITIEF, ggdSheet } from "./examples";

export const ontwikkelingSoort = defineRule({
  meta: {
    id: "ontwikkeling-soort",
    naam: "Soort van een ontwikkeling",
    beschrijving:
      "Elke ontwikkeling heeft een soort: I (incidenteel), M (meerjarig) of S (structureel). Zonder geldige soort telt de ontwikkeling in geen kolom van Resultaat per financiering mee.",
    ernst: "fout",
    messages: {
      geenSoort: "{{programma}}, '{{omschrijving}}': soort '{{soort}}' is geen I, M of S.",
    },
    voorbeelden: {
      klopt: {
        uitleg: "Elke ontwikkeling van GGD Twente heeft soort I, M of S.",
        bladen: ggdSheet(),
      },
      kloptNiet: {
        uitleg:
          "Bij 'Projecten GGD (P)' (83) staat soort 'MJ': geen I, M of S, dus deze 1 ontwikkeling telt in geen kolom van Resultaat per financiering mee.",
        bladen: ggdSheet({
          positief: [GGD_POSITIEF[0], GGD_POSITIEF[1], ["MJ", "Projecten GGD (P)", 83]],
        }),
      },
    },
  },
  check(ctx) {
    eachDevelopment(ctx, (item, _list, p) => {
      if (parseSoort(item.soort.text)) return;
      ctx.report({
        ref: item.soort.ref,
        messageId: "geenSoort",
        data: {
          programma: p.name,
          omschrijving: item.omschrijving.text || "ontwikkeling",
          soort: item.soort.text,
        },
        gevonden: item.soort.text,
        verwacht: "I, M of S",
      });
    });
  },
});
