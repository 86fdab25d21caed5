import { Decimal } from "../../calc";
import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { Grid } from "../tables/types";
import { isPercent, sumOf, valueOf } from "./helpers";
import { Comparing } from "./rule";

/*
 * The Totaal columns of a table (tabel-totalen): each the sum of the amount columns before it on its row.
 */

/** Columns that are no amounts to add up: a key (inwoners), a count, a ratio, a probability, a share. */
const NOT_SUMMED =
  /inwoners|aantal|\bfte\b|kans|ratio|aandeel|percentage|procent|%|sleutel|\bnorm\b|\bnr\b|nummer/;

/**
 * Checks every column headed Totaal (not Subtotaal) against its row: the sum of the amount columns before
 * it, back to the previous Totaal column; never a key, count, ratio or percentage column. With Subtotaal
 * columns among them, either reading (all items, or the subtotals plus the items after the last) will do.
 * A column that is the sum of its row on fewer than half its rows is no row total as read: one waarschuwing
 * about the table, no fout. Returns how many cells it recomputed.
 */
export function checkTotalColumns(ctx: Comparing, grid: Grid): number {
  let checked = 0;
  let from = 0;
  grid.headers.forEach((header, t) => {
    if (!isTotalLabel(header) || isSubtotalLabel(header) || grid.roles[t] !== undefined) return;
    const siblings = grid.headers
      .map((h, c) => c)
      .filter(
        (c) =>
          c >= from &&
          c < t &&
          grid.roles[c] === undefined &&
          !NOT_SUMMED.test(normalizeLabel(grid.headers[c])) &&
          !grid.rows.some((r) => isPercent(r.cells[c]))
      );
    from = t + 1;
    if (siblings.length < 2) return;
    const subs = siblings.filter((c) => isSubtotalLabel(grid.headers[c]));
    const items = siblings.filter((c) => !subs.includes(c));
    const options = [items];
    if (subs.length > 0) options.push([...subs, ...items.filter((c) => c > subs[subs.length - 1])]);
    const rows = grid.rows
      .map((row) => ({
        row,
        cell: row.cells[t],
        sums: options.map((cols) => sumOf(cols.map((c) => row.cells[c]))),
      }))
      .filter((r) => r.cell.amount.kind === "getal" && r.sums.some((s) => s !== undefined));
    if (rows.length === 0) return;
    const close = (r: (typeof rows)[number]) => {
      const found = valueOf(r.cell)!;
      const unit = new Decimal(10).pow(
        -(r.cell.amount.kind === "getal" ? r.cell.amount.decimals : 0)
      );
      return r.sums.some(
        (s) => s !== undefined && s.minus(found).abs().lte(unit.times(ctx.tolerance))
      );
    };
    if (rows.filter(close).length * 2 < rows.length) {
      ctx.report({
        ref: { sheet: grid.sheet, row: grid.headerRow, col: grid.rows[0].cells[t].ref.col },
        ernst: "waarschuwing",
        messageId: "totaalKolomNietTeLezen",
        data: {
          tabel: grid.title,
          kolom: header,
          kolommen: items.map((c) => `'${grid.headers[c]}'`).join(" + "),
        },
        grid,
      });
      return;
    }
    for (const r of rows) {
      const found = valueOf(r.cell)!;
      const at = r.sums.findIndex((s) => s !== undefined && s.equals(found));
      const best = at >= 0 ? at : r.sums.findIndex((s) => s !== undefined);
      checked++;
      ctx.compare({
        ref: r.cell.ref,
        found: r.cell.amount,
        expected: r.sums[best]!,
        what: `${grid.title}, ${r.row.label.trim()}, ${header} (${options[best].map((c) => grid.headers[c]).join(" + ")})`,
        cells: options[best].map((c) => r.row.cells[c].ref),
        terms: { plus: options[best].map((c) => r.row.cells[c].ref) },
        grid,
      });
    }
  });
  return checked;
}
