import { isTotalLabel } from "../tables/labels";
import { GridRow } from "../tables/types";
import { check, gridsOf, sumOf } from "./helpers";
import { defineRule } from "./rule";

export const investeringen = defineRule({
  meta: {
    id: "investeringen",
    naam: "Investeringen",
    beschrijving:
      "Investeringen: gerealiseerd + prognose = subtotaal; subtotaal + bijdragen van derden = totaal; elke groep is de som van haar posten; Totaal is de som van de groepen.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "investeringen")) {
      // gerealiseerd + prognose = subtotaal and subtotaal + bijdragen = totaal are the kind's relations (rol-relatie).
      const groups: { head: GridRow; items: GridRow[] }[] = [];
      const loose: GridRow[] = [];
      for (const row of grid.rows) {
        if (isTotalLabel(row.label)) {
          const parts = groups.length > 0 ? [...groups.map((gr) => gr.head), ...loose] : loose;
          row.cells.forEach((cell, c) =>
            check(
              ctx,
              cell,
              sumOf(parts.map((r) => r.cells[c])),
              `${grid.title}, ${row.label}, ${grid.headers[c]} (som van de groepen)`
            )
          );
        } else if (row.label.trim().endsWith(":")) groups.push({ head: row, items: [] });
        else if (groups.length > 0) groups[groups.length - 1].items.push(row);
        else loose.push(row);
      }
      for (const { head, items } of groups) {
        if (items.length === 0) continue;
        head.cells.forEach((cell, c) =>
          check(
            ctx,
            cell,
            sumOf(items.map((r) => r.cells[c])),
            `${grid.title}, ${head.label.trim().replace(/:$/, "")}, ${grid.headers[c]} (som van de posten)`
          )
        );
      }
    }
  },
});
