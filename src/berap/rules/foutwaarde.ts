import { defineRule } from "./rule";
import { cellsOfKind } from "./tableCells";
import { ggdSheet } from "./examples";

export const foutwaarde = defineRule({
  meta: {
    id: "foutwaarde",
    naam: "Foutwaarde in een tabel",
    beschrijving:
      "Een tabel bevat geen Excel-foutwaarden (#DEEL/0!, #VERW!, #N/B, ...): een foutwaarde is geen bedrag, en een totaal dat ervan afhangt is niet te controleren.",
    ernst: "fout",
    messages: {
      foutwaarde: "{{tabel}}: de cel bevat de foutwaarde {{foutwaarde}}.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Totaal positief is een formule met een bedrag als uitkomst: =SUM(C6:C8) geeft 307.",
        bladen: ggdSheet({ totalen: [{ value: 307, formula: "SUM(C6:C8)" }, -189] }),
      },
      kloptNiet: {
        uitleg:
          "Na het verwijderen van een regel wijst de formule van Totaal positief naar een cel die niet meer bestaat: =SUM(C6:#REF!) geeft #REF! (in een Nederlandse Excel #VERW!) in plaats van 307.",
        bladen: ggdSheet({
          totalen: [{ value: { error: "#REF!" }, formula: "SUM(C6:#REF!)" }, -189],
        }),
      },
    },
  },
  check(ctx) {
    for (const { cell, table } of cellsOfKind(ctx.berap, "foutwaarde")) {
      if (cell.amount.kind !== "foutwaarde") continue;
      ctx.report({
        ref: cell.ref,
        messageId: "foutwaarde",
        data: { tabel: table, foutwaarde: cell.amount.error },
        gevonden: cell.amount.error,
      });
    }
  },
});
