import { defineRule } from "./rule";
import { allCells } from "./tableCells";

export const onleesbaar = defineRule({
  meta: {
    id: "onleesbaar",
    naam: "Geen bedrag",
    beschrijving: "Elke cel in een bedragkolom is een getal, een streepje (nihil) of leeg.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const { cell, table } of allCells(ctx.berap)) {
      if (cell.amount.kind !== "onleesbaar") continue;
      ctx.report({
        ref: cell.ref,
        bericht: `${table()}: '${cell.amount.text}' is geen bedrag.`,
        gevonden: cell.amount.text,
      });
    }
  },
});
