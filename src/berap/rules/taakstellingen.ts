import { isSubtotalLabel, normalizeLabel } from "../tables/labels";
import { GridRow } from "../tables/types";
import { check, gridsOf, sumOf } from "./helpers";
import { defineRule } from "./rule";

export const taakstellingen = defineRule({
  meta: {
    id: "taakstellingen",
    naam: "Taakstellingen",
    beschrijving:
      "Taakstellingen: elk Subtotaal is de som van zijn regels; het Saldo is de som van de subtotalen.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "taakstellingen")) {
      let group: GridRow[] = [];
      const subtotals: GridRow[] = [];
      for (const row of grid.rows) {
        if (isSubtotalLabel(row.label)) {
          check(
            ctx,
            row.cell("bedrag"),
            sumOf(group.map((r) => r.cell("bedrag"))),
            `${grid.title}, ${row.label}`
          );
          subtotals.push(row);
          group = [];
        } else if (/^(saldo|totaal)/.test(normalizeLabel(row.label))) {
          check(
            ctx,
            row.cell("bedrag"),
            sumOf(subtotals.map((r) => r.cell("bedrag"))),
            `${grid.title}, ${row.label}`
          );
        } else group.push(row);
      }
    }
  },
});
