import { normalizeLabel } from "../tables/labels";
import { check, gridsOf, sumOf, valueOf } from "./helpers";
import { Rule } from "./rule";

export const begrotingSaldo: Rule = {
  id: "begroting-saldo",
  beschrijving:
    "Ontwikkeling begroting: lasten - baten = saldo op elke regel; de ontwikkeling is de laatste min de eerste stand; de verklaring telt op tot de ontwikkeling.",
  ernst: "fout",
  check(ctx) {
    for (const grid of gridsOf(ctx, "ontwikkeling-begroting")) {
      for (const row of grid.rows) {
        const [lasten, baten] = [valueOf(row.cells[0]), valueOf(row.cells[1])];
        if (lasten !== undefined && baten !== undefined)
          check(
            ctx,
            row.cells[2],
            lasten.minus(baten),
            `${grid.title}, ${row.label}, saldo (lasten - baten)`
          );
      }
      const development = grid.rows.findIndex((r) => /^ontwikkeling/.test(normalizeLabel(r.label)));
      if (development < 1) continue;
      const steps = grid.rows.slice(0, development);
      const devRow = grid.rows[development];
      const total = grid.rows
        .slice(development + 1)
        .find((r) => /^totaal/.test(normalizeLabel(r.label)));
      const explanation = grid.rows.slice(development + 1).filter((r) => r !== total);
      for (let c = 0; c < 3; c++) {
        const first = valueOf(steps[0].cells[c]);
        const last = valueOf(steps[steps.length - 1].cells[c]);
        if (first !== undefined && last !== undefined)
          check(
            ctx,
            devRow.cells[c],
            last.minus(first),
            `${grid.title}, ${devRow.label}, ${grid.headers[c]}`
          );
        if (total) {
          check(
            ctx,
            total.cells[c],
            sumOf(explanation.map((r) => r.cells[c])),
            `${grid.title}, ${total.label}, ${grid.headers[c]} (som van de verklaring)`
          );
          check(
            ctx,
            total.cells[c],
            valueOf(devRow.cells[c]),
            `${grid.title}, ${total.label} tegen ${devRow.label}, ${grid.headers[c]}`
          );
        }
      }
    }
  },
};
