import { isSubtotalLabel, normalizeLabel } from "../tables/labels";
import { GridRow } from "../tables/types";
import { check, gridsOf, sumOf } from "./helpers";
import { Rule } from "./rule";

export const taakstellingen: Rule = {
  id: "taakstellingen",
  beschrijving:
    "Taakstellingen: elk Subtotaal is de som van zijn regels; het Saldo is de som van de subtotalen.",
  ernst: "fout",
  check(ctx) {
    for (const grid of gridsOf(ctx, "taakstellingen")) {
      let group: GridRow[] = [];
      const subtotals: GridRow[] = [];
      for (const row of grid.rows) {
        if (isSubtotalLabel(row.label)) {
          check(
            ctx,
            row.cells[0],
            sumOf(group.map((r) => r.cells[0])),
            `${grid.title}, ${row.label}`
          );
          subtotals.push(row);
          group = [];
        } else if (/^(saldo|totaal)/.test(normalizeLabel(row.label))) {
          check(
            ctx,
            row.cells[0],
            sumOf(subtotals.map((r) => r.cells[0])),
            `${grid.title}, ${row.label}`
          );
        } else group.push(row);
      }
    }
  },
};
