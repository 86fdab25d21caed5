import { defineRule, ExampleCell } from "./rule";
import { cellsOfKind } from "./tableCells";
import { GGD_POSITIEF, ggdSheet } from "./examples";

/** GGD Twente with 'Seksuele Gezondheid curatie SPUK-ASG (R)' (row 7) holding the given cell; Totaal 257. */
const metSpuk = (bedrag: ExampleCell) =>
  ggdSheet({
    positief: [
      GGD_POSITIEF[0],
      ["M", "Seksuele Gezondheid curatie SPUK-ASG (R)", bedrag],
      GGD_POSITIEF[2],
    ],
    totalen: [257, -189],
  });

export const onleesbaar = defineRule({
  meta: {
    id: "onleesbaar",
    naam: "Geen bedrag",
    beschrijving:
      "Elke cel in een bedragkolom is een getal, een streepje (nihil) of leeg. Tekst zoals 'PM' is geen bedrag en telt in geen totaal mee.",
    ernst: "fout",
    messages: {
      geenBedrag: "{{tabel}}: '{{tekst}}' is geen bedrag.",
      // Said by the engine when a row of the decisions' sheet cannot be read (src/berap/decisions).
      besluitNietGelezen: "Besluit niet gelezen ({{melding}}): dat besluit geldt niet.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Een ontwikkeling zonder bedrag staat er met een streepje (nihil): 'Seksuele Gezondheid curatie SPUK-ASG (R)' telt als 0, Totaal positief 174 + 0 + 83 = 257.",
        bladen: metSpuk("-"),
      },
      kloptNiet: {
        uitleg:
          "Bij 'Seksuele Gezondheid curatie SPUK-ASG (R)' staat 'PM' (pro memorie): geen bedrag, dus Totaal positief (257 = 174 + 83) is niet na te rekenen zolang die cel geen getal of streepje is.",
        bladen: metSpuk("PM"),
      },
    },
  },
  check(ctx) {
    for (const { cell, table } of cellsOfKind(ctx.berap, "onleesbaar")) {
      if (cell.amount.kind !== "onleesbaar") continue;
      ctx.report({
        ref: cell.ref,
        messageId: "geenBedrag",
        data: { tabel: table, tekst: cell.amount.text },
        gevonden: cell.amount.text,
      });
    }
  },
});
