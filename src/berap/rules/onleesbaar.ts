import { defineRule } from "./rule";
import { allCells } from "./tableCells";
import { GGD_NEGATIEF, GGD_POSITIEF, programmeRows } from "./examples";

export const onleesbaar = defineRule({
  meta: {
    id: "onleesbaar",
    naam: "Geen bedrag",
    beschrijving:
      "Elke cel in een bedragkolom is een getal, een streepje (nihil) of leeg. Tekst zoals 'PM' is geen bedrag en telt in geen totaal mee.",
    ernst: "fout",
    messages: {
      geenBedrag: "{{tabel}}: '{{tekst}}' is geen bedrag.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Een ontwikkeling zonder bedrag staat er met een streepje (nihil): 'Seksuele Gezondheid curatie SPUK-ASG (R)' telt als 0, Totaal positief 174 + 0 + 83 = 257.",
        bladen: {
          "GGD Twente": programmeRows(
            "GGD Twente",
            [
              GGD_POSITIEF[0],
              ["M", "Seksuele Gezondheid curatie SPUK-ASG (R)", "-"],
              GGD_POSITIEF[2],
            ],
            GGD_NEGATIEF,
            [257, -189]
          ),
        },
      },
      kloptNiet: {
        uitleg:
          "Bij 'Seksuele Gezondheid curatie SPUK-ASG (R)' staat 'PM' (pro memorie): geen bedrag, dus Totaal positief (257 = 174 + 83) is niet na te rekenen zolang die cel geen getal of streepje is.",
        bladen: {
          "GGD Twente": programmeRows(
            "GGD Twente",
            [
              GGD_POSITIEF[0],
              ["M", "Seksuele Gezondheid curatie SPUK-ASG (R)", "PM"],
              GGD_POSITIEF[2],
            ],
            GGD_NEGATIEF,
            [257, -189]
          ),
        },
      },
    },
  },
  check(ctx) {
    for (const { cell, table } of allCells(ctx.berap)) {
      if (cell.amount.kind !== "onleesbaar") continue;
      ctx.report({
        ref: cell.ref,
        messageId: "geenBedrag",
        data: { tabel: table(), tekst: cell.amount.text },
        gevonden: cell.amount.text,
      });
    }
  },
});
