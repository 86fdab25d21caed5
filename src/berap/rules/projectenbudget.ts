import { isTotalLabel, normalizeLabel } from "../tables/labels";
import { check, gridsOf, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

export const projectenbudget = defineRule({
  meta: {
    id: "projectenbudget",
    naam: "Projectenbudget",
    beschrijving:
      "Projectenbudget: Totaal is de som van de projecten; het verwachte saldo is het beschikbare budget plus dat Totaal.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "projectenbudget")) {
      const available = grid.rows.find((r) => /beschikbaar/.test(normalizeLabel(r.label)));
      const total = grid.rows.find((r) => isTotalLabel(r.label));
      const saldo = grid.rows.find((r) => /saldo/.test(normalizeLabel(r.label)));
      const projects = grid.rows.filter((r) => r !== available && r !== total && r !== saldo);
      grid.headers.forEach((h, c) => {
        if (total)
          check(
            ctx,
            total.cells[c],
            sumOf(projects.map((r) => r.cells[c])),
            `${grid.title}, ${total.label}, ${h}`
          );
        const a = valueOf(available?.cells[c]);
        const t = valueOf(total?.cells[c]);
        if (saldo && a !== undefined && t !== undefined)
          check(ctx, saldo.cells[c], a.plus(t), `${grid.title}, ${saldo.label}, ${h}`);
      });
    }
  },
});
