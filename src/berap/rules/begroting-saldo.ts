import { normalizeLabel } from "../tables/labels";
import { check, checkClosingRows, gridsOf, headerOf, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

const ROLES = ["lasten", "baten", "saldo"];

export const begrotingSaldo = defineRule({
  meta: {
    id: "begroting-saldo",
    naam: "Ontwikkeling van de begroting",
    beschrijving:
      "Ontwikkeling begroting: de ontwikkeling is de laatste min de eerste stand; de verklaring telt op tot de ontwikkeling. Een begroting per programma sluit met haar Totaal. (Lasten - baten = saldo op elke regel controleert rol-relatie.)",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "ontwikkeling-begroting")) {
      const development = grid.rows.findIndex((r) => /^ontwikkeling/.test(normalizeLabel(r.label)));
      if (development < 1) {
        // No steps and no explanation: a budget per programme, closed by its Totaal.
        checkClosingRows(ctx, grid, ROLES);
        continue;
      }
      const steps = grid.rows.slice(0, development);
      const devRow = grid.rows[development];
      const total = grid.rows
        .slice(development + 1)
        .find((r) => /^totaal/.test(normalizeLabel(r.label)));
      const explanation = grid.rows.slice(development + 1).filter((r) => r !== total);
      for (const role of ROLES) {
        const header = headerOf(grid, role);
        const firstCell = steps[0].cell(role);
        const lastCell = steps[steps.length - 1].cell(role);
        const first = valueOf(firstCell);
        const last = valueOf(lastCell);
        if (first !== undefined && last !== undefined)
          check(
            ctx,
            devRow.cell(role),
            last.minus(first),
            `${grid.title}, ${devRow.label}, ${header}`,
            {
              cells: [lastCell, firstCell],
              grid,
            }
          );
        if (total) {
          const parts = explanation.map((r) => r.cell(role));
          check(
            ctx,
            total.cell(role),
            sumOf(parts),
            `${grid.title}, ${total.label}, ${header} (som van de verklaring)`,
            { cells: parts, grid }
          );
          check(
            ctx,
            total.cell(role),
            valueOf(devRow.cell(role)),
            `${grid.title}, ${total.label} tegen ${devRow.label}, ${header}`,
            { cells: [devRow.cell(role)], grid }
          );
        }
      }
    }
  },
});
