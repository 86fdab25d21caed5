import { defineRule } from "./rule";
import { allCells } from "./tableCells";

export const foutwaarde = defineRule({
  meta: {
    id: "foutwaarde",
    naam: "Foutwaarde in een tabel",
    beschrijving: "Geen Excel-foutwaarden (#DEEL/0!, #VERW!, #N/B, ...) in een tabel.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const { cell, table } of allCells(ctx.berap)) {
      if (cell.amount.kind !== "foutwaarde") continue;
      ctx.report({
        ref: cell.ref,
        bericht: `${table()}: de cel bevat de foutwaarde ${cell.amount.error}.`,
        gevonden: cell.amount.error,
      });
    }
  },
});
