import { Decimal } from "../../calc";
import { isSubtotalLabel, isTotalLabel } from "../tables/labels";
import { AmountCell, Grid, GridRow } from "../tables/types";
import { Group, groupsBySum, groupTotal } from "./groupsBySum";
import { headerOf, refsOf, sumOf, valueOf } from "./helpers";
import { RuleContext } from "./rule";
import { checkSignedRelation, reserveRelationAt } from "./reserveResult";
import { rowsNamedBy } from "./stackedRows";

/*
 * The closing rows of a table (Subtotaal, Totaal), column by column: for every rule whose table closes with
 * them. Groups whose sum stands on the row above their items are read by their arithmetic (groupsBySum.ts).
 */

/** The roles of a table's value columns that have one; "all" columns are addressed by position in the row. */
export type Columns = readonly string[] | "all";

function columnsOf(grid: Grid, columns: Columns): { key: string | number; header: string }[] {
  if (columns === "all") return grid.headers.map((header, i) => ({ key: i, header }));
  return columns
    .filter((role) => grid.roles.includes(role))
    .map((role) => ({ key: role, header: headerOf(grid, role) }));
}

function cellAt(row: GridRow, key: string | number): AmountCell | undefined {
  return typeof key === "number" ? row.cells[key] : row.cell(key);
}

/**
 * Checks the closing rows of a table, column by column: a Subtotaal equals the rows since the previous
 * closing row; a Totaal equals the subtotals before it plus the rows since the last one (or all rows above
 * when there are no subtotals). `skip` leaves rows out of the sums, such as a group heading.
 */
export function checkClosingRows(
  ctx: RuleContext,
  grid: Grid,
  columns: Columns,
  skip: (row: GridRow) => boolean = () => false
): void {
  const cols = columnsOf(grid, columns);
  let group: GridRow[] = [];
  let subtotals: GridRow[] = [];
  // Every row since the last Totaal not read by its name: what a "Totaal lasten" picks its rows from.
  let section: GridRow[] = [];
  const read = grid.rows.filter((r) => !skip(r));
  for (const [i, row] of read.entries()) {
    // A resultaat under a saldo and the reserve mutations is their signed sum (reserveResult.ts).
    const reserves = reserveRelationAt(read, i);
    if (reserves) {
      checkSignedRelation(
        ctx,
        grid,
        reserves,
        true,
        cols.map((c) => indexOf(grid, c.key))
      );
      section.push(row);
      continue;
    }
    // "Totaal lasten" under programmes stacked as Lasten, Baten, Saldo: the rows labelled Lasten.
    const named = isSubtotalLabel(row.label) ? undefined : rowsNamedBy(row, section);
    if (named) {
      compareSums(ctx, grid, row, named, cols);
      // What follows closes no rows above a Totaal by name: never all of them summed.
      group = [];
      subtotals = [];
    } else if (isSubtotalLabel(row.label) || isTotalLabel(row.label)) {
      let parts = isSubtotalLabel(row.label) ? group : [...subtotals, ...group];
      // A Subtotaal under a block heading ("Bestemmingsreserves") that closes only the block's rows: the
      // rows before the heading (the Algemene reserve) are the Totaal's, beside the subtotals.
      const block = isSubtotalLabel(row.label) ? blockOf(ctx, row, group, cols) : undefined;
      if (block) {
        parts = block;
        subtotals.push(...group.slice(0, group.length - block.length));
      }
      // A Totaal on top, right under the header: it closes the rows below it, up to the next closing row.
      if (i === 0 && isTotalLabel(row.label) && !isSubtotalLabel(row.label))
        parts = rowsBelow(read);
      // A Totaal over groups whose sum stands on the row above their items: the group rows, each checked.
      const groups = subtotals.length === 0 ? groupsAbove(ctx, grid, row, parts, cols) : undefined;
      if (groups) parts = groups.groups.map((g) => g.head);
      // A Totaal that agrees with the broken group's items is right: only that group is the slip.
      const broken = groups?.broken;
      compareSums(ctx, grid, row, parts, cols, (key, cell) => {
        const byItems = broken && groupTotal(groups.groups, broken, indexOf(grid, key));
        return !!byItems && valueOf(cell)?.equals(byItems) === true;
      });
      if (isSubtotalLabel(row.label)) subtotals.push(row);
      else {
        subtotals = [];
        section = [];
      }
      group = [];
    } else {
      group.push(row);
      section.push(row);
    }
  }
}

/**
 * Compares a closing row, column by column, with the sums of `parts`, except where `right` says its cell is
 * right already. A closing row with no rows read above it (a table of only totals) has nothing to recompute.
 */
function compareSums(
  ctx: Pick<RuleContext, "compare">,
  grid: Grid,
  row: GridRow,
  parts: readonly GridRow[],
  cols: readonly { key: string | number; header: string }[],
  right: (key: string | number, cell: AmountCell) => boolean = () => false
): void {
  if (parts.length === 0) return;
  for (const { key, header } of cols) {
    const cells = parts.map((p) => cellAt(p, key));
    const cell = cellAt(row, key);
    const expected = sumOf(cells);
    if (cell && expected && !right(key, cell))
      ctx.compare({
        ref: cell.ref,
        found: cell.amount,
        expected,
        what: `${grid.title}, ${row.label.trim()}, ${header}`,
        cells: refsOf(cells),
        terms: { plus: refsOf(cells) },
        grid,
      });
  }
}

/** A block heading: a row with a label and no figure (all nil). */
const isHeading = (row: GridRow) => row.cells.every((c) => !c || c.amount.kind === "nihil");

/**
 * The rows since the last block heading in `group`, when `row` closes those and not the whole group; else
 * undefined (the group as it is).
 */
function blockOf(
  ctx: Pick<RuleContext, "tolerance">,
  row: GridRow,
  group: readonly GridRow[],
  cols: readonly { key: string | number; header: string }[]
): GridRow[] | undefined {
  const block = sinceHeading(group);
  if (!block || closes(ctx, row, group, cols)) return undefined;
  return closes(ctx, row, block, cols) ? block : undefined;
}

/** The rows after the last block heading of a group that has rows before that heading; else undefined. */
export function sinceHeading(group: readonly GridRow[]): GridRow[] | undefined {
  let heading = group.length - 1;
  while (heading >= 0 && !isHeading(group[heading])) heading--;
  const block = group.slice(heading + 1);
  return heading > 0 && block.length > 0 ? block : undefined;
}

/** True when `total` is the sum of `rows` in every column, within the tolerance in the Totaal's units. */
function closes(
  ctx: Pick<RuleContext, "tolerance">,
  total: GridRow,
  rows: readonly GridRow[],
  cols: readonly { key: string | number; header: string }[]
): boolean {
  return cols.every(({ key }) => {
    const a = cellAt(total, key)?.amount;
    const found = valueOf(cellAt(total, key));
    const sum = sumOf(rows.map((r) => cellAt(r, key)));
    if (found === undefined || sum === undefined) return true;
    const decimals = a?.kind === "getal" ? Math.min(a.decimals, 10) : 0;
    return found.minus(sum).abs().lte(new Decimal(10).pow(-decimals).times(ctx.tolerance));
  });
}

/** The rows after the first up to the next closing row: what a Totaal on top adds up. */
export function rowsBelow(
  rows: readonly GridRow[],
  closes: (label: string) => boolean = (label) => isSubtotalLabel(label) || isTotalLabel(label)
): GridRow[] {
  const below = rows.slice(1);
  const end = below.findIndex((r) => closes(r.label));
  return end < 0 ? below : below.slice(0, end);
}

/** The index of a column among the table's value columns. */
function indexOf(grid: Grid, key: string | number): number {
  return typeof key === "number" ? key : grid.roles.indexOf(key);
}

/**
 * The rows above a Totaal read as groups by their arithmetic (groupsBySum), when the Totaal is not their
 * plain sum: each group row is then checked against its items, and the Totaal against the group rows.
 */
export function groupsAbove(
  ctx: Pick<RuleContext, "compare" | "tolerance">,
  grid: Grid,
  total: GridRow,
  rows: readonly GridRow[],
  cols: readonly { key: string | number; header: string }[]
): { groups: Group[]; broken?: Group } | undefined {
  // The tolerance in the Totaal's own units: a tenth of a percent for a rate shown as 7,2%.
  const decimals = Math.max(
    0,
    ...cols.map(({ key }) => {
      const a = cellAt(total, key)?.amount;
      return a?.kind === "getal" ? Math.min(a.decimals, 10) : 0;
    })
  );
  const tolerance = new Decimal(10).pow(-decimals).times(ctx.tolerance);
  const plain = cols.every(({ key }) => {
    const found = valueOf(cellAt(total, key));
    const sum = sumOf(rows.map((r) => cellAt(r, key)));
    return found === undefined || sum === undefined || found.minus(sum).abs().lte(tolerance);
  });
  if (plain || rows.length < 3) return undefined;
  const indexes = cols.map(({ key }) => indexOf(grid, key));
  const found = groupsBySum(rows, total, tolerance, indexes);
  if (!found || !found.groups.some((g) => g.items.length > 0)) return undefined;
  for (const { head, items } of found.groups) compareSums(ctx, grid, head, items, cols);
  return found;
}
