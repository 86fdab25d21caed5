import { Decimal } from "../../calc";
import { amountValue } from "../model/amount";
import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { AmountCell, Grid, GridRow, Programme, ResultLineKind } from "../tables/types";
import { RuleContext } from "./rule";

/** The value of a cell, nil as 0; undefined when it cannot be read (another rule reports that). */
export function valueOf(cell: AmountCell | undefined): Decimal | undefined {
  return cell ? amountValue(cell.amount) : undefined;
}

/** The exact sum of cells, or undefined when one of them cannot be read. */
export function sumOf(cells: readonly (AmountCell | undefined)[]): Decimal | undefined {
  let total = new Decimal(0);
  for (const c of cells) {
    const v = valueOf(c);
    if (v === undefined) return undefined;
    total = total.plus(v);
  }
  return total;
}

/** Compares `cell` with `expected` when both are known. */
export function check(
  ctx: RuleContext,
  cell: AmountCell | undefined,
  expected: Decimal | undefined,
  what: string
): void {
  if (!cell || expected === undefined) return;
  ctx.compare({ ref: cell.ref, found: cell.amount, expected, what });
}

export function findRow(grid: Grid, pattern: RegExp): GridRow | undefined {
  return grid.rows.find((r) => pattern.test(normalizeLabel(r.label)));
}

export function line(p: Programme, kind: ResultLineKind): AmountCell | undefined {
  return p.lines.find((l) => l.kind === kind)?.value;
}

export function gridsOf(ctx: RuleContext, kind: Grid["kind"]): Grid[] {
  return ctx.berap.grids.filter((g) => g.kind === kind);
}

/**
 * Checks the closing rows of a table, column by column: a Subtotaal equals the rows since the previous
 * closing row; a Totaal equals the subtotals before it plus the rows since the last one (or all rows above
 * when there are no subtotals). `skip` leaves rows out of the sums, such as a group heading.
 */
export function checkClosingRows(
  ctx: RuleContext,
  grid: Grid,
  columns: number[],
  skip: (row: GridRow) => boolean = () => false
): void {
  let group: GridRow[] = [];
  let subtotals: GridRow[] = [];
  for (const row of grid.rows) {
    if (skip(row)) continue;
    if (isSubtotalLabel(row.label) || isTotalLabel(row.label)) {
      const parts = isSubtotalLabel(row.label) ? group : [...subtotals, ...group];
      for (const c of columns) {
        check(
          ctx,
          row.cells[c],
          sumOf(parts.map((p) => p.cells[c])),
          `${grid.title}, ${row.label}, ${grid.headers[c]}`
        );
      }
      if (isSubtotalLabel(row.label)) subtotals.push(row);
      else subtotals = [];
      group = [];
    } else {
      group.push(row);
    }
  }
}
