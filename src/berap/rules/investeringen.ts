import { isTotalLabel } from "../tables/labels";
import { GridRow } from "../tables/types";
import { Decimal } from "../../calc";
import { check, gridsOf, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

/** Investments 2025 (two groups), the row Computers given: gerealiseerd, prognose, subtotaal, totaal. */
const investeringenBlad = (computers: number[]) => ({
  Investeringen: [
    ["Investeringen 2025"],
    [
      "Investering",
      "Gerealiseerd t/m sep",
      "Prognose voor de rest van het jaar",
      "Subtotaal investeringen",
      "Bijdragen van derden",
      "Totaal investeringen",
    ],
    ["Machines, apparaten en installaties:", 497, 78, 575, -48, 527],
    ["  Mobiele apparaten (zoals telefoons en tablets)", 131, 0, 131, -48, 83],
    ["  Computers (zoals laptops)", computers[0], computers[1], computers[2], 0, computers[3]],
    ["  Audiovisuele middelen (zoals monitoren)", 34, 60, 94, 0, 94],
    ["Bedrijfsgebouwen:", 56, 54, 110, 0, 110],
    ["  Verbouwingen (zoals inrichtingen consultatiebureaus)", 56, 54, 110, 0, 110],
    ["Totaal", 553, 132, 685, -48, 637],
  ],
});

export const investeringen = defineRule({
  meta: {
    id: "investeringen",
    naam: "Investeringen",
    beschrijving:
      "Investeringen: elke groep is de som van haar posten, en Totaal de som van de groepen. Dat gerealiseerd + prognose = subtotaal en subtotaal + bijdragen van derden = totaal op elke regel, controleert 'Relatie tussen de kolommen'.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "Machines: 131 + 332 + 34 = 497 gerealiseerd, 0 + 18 + 60 = 78 prognose, 575 subtotaal, 527 totaal; Totaal is de som van de groepen: 497 + 56 = 553, 78 + 54 = 132, 575 + 110 = 685, 527 + 110 = 637.",
        bladen: investeringenBlad([332, 18, 350, 350]),
      },
      kloptNiet: {
        uitleg:
          "Bij Computers staat 323 gerealiseerd (en 341 subtotaal en totaal) waar de groep 332 meetelt: 131 + 323 + 34 = 488, niet 497 (verschil 9); subtotaal 131 + 341 + 94 = 566, niet 575; totaal 83 + 341 + 94 = 518, niet 527.",
        bladen: investeringenBlad([323, 18, 341, 341]),
      },
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "investeringen")) {
      // gerealiseerd + prognose = subtotaal and subtotaal + bijdragen = totaal are the kind's relations (rol-relatie).
      const groups: Group[] = [];
      const loose: GridRow[] = [];
      let before: GridRow[] = [];
      let broken: Group | undefined;
      for (const row of grid.rows) {
        if (isTotalLabel(row.label)) {
          // Without "Groep:" labels, a group is known by its arithmetic: its row is the sum of the rows below it.
          // A Totaal that is the plain sum of the rows above reads them as items, whatever their arithmetic.
          const plain = row.cells.every((cell, c) =>
            sumOf(before.map((r) => r.cells[c]))?.equals(valueOf(cell) ?? NaN)
          );
          const bySum =
            groups.length === 0 && !plain ? groupsBySum(before, row, ctx.tolerance) : undefined;
          if (bySum) {
            groups.push(...bySum.groups);
            broken = bySum.broken;
            loose.length = 0; // every row above is in a group
          }
          const parts = groups.length > 0 ? [...groups.map((gr) => gr.head), ...loose] : loose;
          row.cells.forEach((cell, c) => {
            // A Totaal that agrees with the broken group's items is right: only that group is the slip.
            const byItems = broken && groupTotal(groups, broken, c);
            if (byItems && valueOf(cell)?.equals(byItems)) return;
            check(
              ctx,
              cell,
              sumOf(parts.map((r) => r.cells[c])),
              `${grid.title}, ${row.label}, ${grid.headers[c]} (som van de groepen)`,
              { plus: parts.map((r) => r.cells[c]) }
            );
          });
          before = [];
          continue;
        }
        before.push(row);
        if (row.label.trim().endsWith(":")) groups.push({ head: row, items: [] });
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
            `${grid.title}, ${head.label.trim().replace(/:$/, "")}, ${grid.headers[c]} (som van de posten)`,
            { plus: items.map((r) => r.cells[c]) }
          )
        );
      }
    }
  },
});

type Group = { head: GridRow; items: GridRow[] };

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
function groupsBySum(
  rows: readonly GridRow[],
  total: GridRow,
  tolerance: number
): { groups: Group[]; broken?: Group } | undefined {
  const closes = (head: GridRow, items: readonly GridRow[]) =>
    head.cells.every((cell, j) => {
      const v = valueOf(cell);
      const sum = sumOf(items.map((r) => r.cells[j]));
      return v !== undefined && sum !== undefined && v.minus(sum).abs().lte(tolerance);
    });
  const hasFigures = (row: GridRow) =>
    row.cells.some((c) => {
      const v = valueOf(c);
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
    headsConfirm(total, mixed, tolerance)
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
        const broken = { head: rows[i], items: rows.slice(i + 1, k + 1) };
        const groups = [...before, broken, ...after];
        if (totalConfirms(total, groups, broken, tolerance)) return { groups, broken };
      }
    }
    return undefined;
  };
  return withBroken(false) ?? withBroken(true);
}

/** True when every figure of the Totaal is the sum of the group rows, within the tolerance. */
function headsConfirm(total: GridRow, groups: readonly Group[], tolerance: number): boolean {
  return total.cells.every((cell, j) => {
    const v = valueOf(cell);
    const heads = sumOf(groups.map((g) => g.head.cells[j]));
    return v !== undefined && heads !== undefined && v.minus(heads).abs().lte(tolerance);
  });
}

/** True when every figure of the Totaal is the sum of the group rows, or of them with `broken` by its items. */
function totalConfirms(
  total: GridRow,
  groups: readonly Group[],
  broken: Group,
  tolerance: number
): boolean {
  return total.cells.every((cell, j) => {
    const v = valueOf(cell);
    const heads = sumOf(groups.map((g) => g.head.cells[j]));
    const items = groupTotal(groups, broken, j);
    const near = (sum: Decimal | undefined) =>
      v !== undefined && sum !== undefined && v.minus(sum).abs().lte(tolerance);
    return near(heads) || near(items);
  });
}

/** The sum of the group rows in column j, with the `broken` group counted by its items. */
function groupTotal(groups: readonly Group[], broken: Group, j: number): Decimal | undefined {
  return sumOf(
    groups.flatMap((g) => (g === broken ? g.items.map((r) => r.cells[j]) : [g.head.cells[j]]))
  );
}
