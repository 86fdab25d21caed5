import { formatDutchNumber } from "../../calc";
import { isTotalLabel } from "../tables/labels";
import { AmountCell } from "../tables/types";
import { defineRule } from "./rule";

export const totaalZonderFormule = defineRule({
  meta: {
    id: "totaal-zonder-formule",
    naam: "Totaal ingetypt",
    beschrijving:
      "Totalen zijn formules, geen ingetypte getallen (een ingetypt totaal loopt niet mee als een regel verandert).",
    ernst: "info",
    messages: {},
  },
  check(ctx) {
    const tables = new Map<string, AmountCell[]>();
    const add = (table: string, cell: AmountCell | undefined) => {
      if (!cell || cell.formula || cell.amount.kind !== "getal") return;
      tables.set(table, [...(tables.get(table) ?? []), cell]);
    };
    for (const p of ctx.berap.programmes)
      for (const l of p.lists) add(`${p.name}, ontwikkelingen ${l.block ?? ""}`.trim(), l.total);
    // In a distribution the Totaal row holds the amounts being distributed: typed by nature.
    for (const g of ctx.berap.grids.filter((grid) => grid.kind !== "verdeling"))
      for (const r of g.rows)
        if (isTotalLabel(r.label)) r.cells.forEach((c) => add(`${g.sheet}: ${g.title}`, c));
    for (const [table, cells] of tables) {
      ctx.report({
        ref: cells[0].ref,
        bericht: `${table}: ${formatDutchNumber(cells.length)} ${cells.length === 1 ? "totaal is" : "totalen zijn"} ingetypt in plaats van berekend met een formule.`,
        gevonden: cells.length,
      });
    }
  },
});
