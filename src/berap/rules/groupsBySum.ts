import { Decimal, DecimalInput } from "../../calc";
import { GridRow } from "../tables/types";
import { sumOf, valueOf } from "./helpers";

/*
 * Groups known by their arithmetic, not by a label: a group row (bold, indented items, no ":") is the sum
 * of the rows right below it. For investments (the group's sum on its row above the items) and for every
 * table whose Totaal closes such groups (checkClosingRows).
 */

export type Group = { head: GridRow; items: GridRow[] };

/** Beyond this many rows above a Totaal, a group that does not close is not sought (the search is quadratic). */
const MAX_ROWS_FOR_BROKEN_GROUP = 80;

/**
 * The rows above a Totaal read as groups by their arithmetic: each group row (bold or indented items, no
 * ":") is the sum of the rows right below it, up to the next group row; within the tolerance, so that a
 * rounding slip inside a group is still found (and reported by the group's own check). Every row falls in
 * such a group, and at least one group has more than one item or there are several groups.
 *
 * When one group does not close (a slip in an item or in the group row), the reading still stands if every
 * other group closes and the Totaal confirms it: it is the sum of the group rows, or the sum with the broken
 * group counted by its items. That group is then `broken`: its own check reports it, and the Totaal is not
 * compared with its wrong group row.
 */
export function groupsBySum(
  rows: readonly GridRow[],
  total: GridRow,
  /** The largest difference that still closes a group, in the figures' own units. */
  tolerance: DecimalInput,
  /** The value columns read (all by default): a percentage column's group row is no sum of its items. */
  columns: readonly number[] = total.cells.map((_, j) => j)
): { groups: Group[]; broken?: Group } | undefined {
  const closes = (head: GridRow, items: readonly GridRow[]) =>
    columns.every((j) => {
      const v = valueOf(head.cells[j]);
      const sum = sumOf(items.map((r) => r.cells[j]));
      return v !== undefined && sum !== undefined && v.minus(sum).abs().lte(tolerance);
    });
  const hasFigures = (row: GridRow) =>
    columns.some((j) => {
      const v = valueOf(row.cells[j]);
      return v !== undefined && !v.isZero();
    });
  const memo = new Map<number, Group[] | undefined>();
  // rows[i..end) as groups that each close; `alone`: a row that heads no group may stand on its own (a group
  // without items, "Verbouwing" between "Hardware" and "Software"), when the Totaal then bears the reading out.
  const from = (i: number, end: number, alone: boolean): Group[] | undefined => {
    if (i === end) return [];
    const key = (i * (rows.length + 1) + end) * 2 + (alone ? 1 : 0);
    if (memo.has(key)) return memo.get(key);
    let found: Group[] | undefined;
    const head = rows[i];
    if (hasFigures(head))
      for (let k = i + 1; k < end && !found; k++) {
        const items = rows.slice(i + 1, k + 1);
        const rest = closes(head, items) ? from(k + 1, end, alone) : undefined;
        if (rest) found = [{ head, items }, ...rest];
      }
    if (!found && alone) {
      const rest = from(i + 1, end, true);
      if (rest) found = [{ head, items: [] }, ...rest];
    }
    memo.set(key, found);
    return found;
  };
  const all = from(0, rows.length, false);
  if (all && all.length > 0)
    return all.length > 1 || all[0].items.length > 1 ? { groups: all } : undefined;
  const mixed = from(0, rows.length, true);
  if (
    mixed?.some((g) => g.items.length > 0) &&
    mixed.some((g) => g.items.length === 0) &&
    headsConfirm(total, mixed, tolerance, columns)
  )
    return { groups: mixed };
  if (rows.length > MAX_ROWS_FOR_BROKEN_GROUP) return undefined;
  // Every other row in a closing group first; rows on their own only when no such reading exists.
  const withBroken = (alone: boolean) => {
    for (let i = 0; i < rows.length; i++) {
      const before = hasFigures(rows[i]) ? from(0, i, alone) : undefined;
      if (!before) continue;
      for (let k = i + 1; k < rows.length; k++) {
        const after = from(k + 1, rows.length, alone);
        if (!after || before.length + after.length === 0) continue;
        // Rows on their own around one group that does not close are no evidence of groups at all.
        if (alone && ![...before, ...after].some((g) => g.items.length > 0)) continue;
        const broken = { head: rows[i], items: rows.slice(i + 1, k + 1) };
        const groups = [...before, broken, ...after];
        if (totalConfirms(total, groups, broken, tolerance, columns)) return { groups, broken };
      }
    }
    return undefined;
  };
  return withBroken(false) ?? withBroken(true);
}

/** True when the Totaal's figures are the sums of the group rows, within the tolerance (see below). */
function headsConfirm(
  total: GridRow,
  groups: readonly Group[],
  tolerance: DecimalInput,
  columns: readonly number[]
): boolean {
  // All columns but one, when there are three or more: a slip in the Totaal itself is its own finding.
  const agree = columns.filter((j) => {
    const v = valueOf(total.cells[j]);
    const heads = sumOf(groups.map((g) => g.head.cells[j]));
    return v !== undefined && heads !== undefined && v.minus(heads).abs().lte(tolerance);
  }).length;
  return agree === columns.length || (columns.length >= 3 && agree === columns.length - 1);
}

/** True when every figure of the Totaal is the sum of the group rows, or of them with `broken` by its items. */
function totalConfirms(
  total: GridRow,
  groups: readonly Group[],
  broken: Group,
  tolerance: DecimalInput,
  columns: readonly number[]
): boolean {
  return columns.every((j) => {
    const v = valueOf(total.cells[j]);
    const heads = sumOf(groups.map((g) => g.head.cells[j]));
    const items = groupTotal(groups, broken, j);
    const near = (sum: Decimal | undefined) =>
      v !== undefined && sum !== undefined && v.minus(sum).abs().lte(tolerance);
    return near(heads) || near(items);
  });
}

/** The sum of the group rows in column j, with the `broken` group counted by its items. */
export function groupTotal(
  groups: readonly Group[],
  broken: Group,
  j: number
): Decimal | undefined {
  return sumOf(
    groups.flatMap((g) => (g === broken ? g.items.map((r) => r.cells[j]) : [g.head.cells[j]]))
  );
}
