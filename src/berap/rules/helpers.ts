import { addSafeIntegers, Decimal, round } from "../../calc";
import { amountValue } from "../model/amount";
import { normalizeLabel } from "../tables/labels";
import { AmountCell, Development, Grid, GridRow, Programme, ResultLineKind } from "../tables/types";
import { agrees, CompareInput, RuleContext } from "./rule";

/** The value of a cell, nil as 0; undefined when it cannot be read (another rule reports that). */
export function valueOf(cell: AmountCell | undefined): Decimal | undefined {
  return cell ? amountValue(cell.amount) : undefined;
}

// Decimals are immutable: every sum can start from one zero.
const ZERO = new Decimal(0);

/** The exact sum of cells, or undefined when one of them cannot be read. */
export function sumOf(cells: readonly (AmountCell | undefined)[]): Decimal | undefined {
  // Whole figures add exactly as integers, with one Decimal for the sum; any other term, or a sum beyond
  // the safe integers, adds them all as Decimals in their order, as always.
  let integer: number | undefined = 0;
  for (const c of cells) {
    const a = c?.amount;
    const term = a?.kind === "getal" ? a.integer : a?.kind === "nihil" ? 0 : undefined;
    integer = term === undefined ? undefined : addSafeIntegers(integer, term);
    if (integer === undefined) break;
  }
  if (integer !== undefined) return integer === 0 ? ZERO : new Decimal(integer);
  let total = ZERO;
  for (const c of cells) {
    const v = valueOf(c);
    if (v === undefined) return undefined;
    total = total.plus(v);
  }
  return total;
}

/** An empty cell in a closing row: not totalled (a dash is nil as typed), so nothing to compare. */
export function isLeftEmpty(cell: AmountCell): boolean {
  return cell.amount.kind === "nihil" && cell.amount.empty === true;
}

/** The index of the value nearest `found`. */
export function closest(values: readonly Decimal[], found: Decimal): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v.minus(found).abs().lessThan(values[best].minus(found).abs())) best = i;
  });
  return best;
}

/** True for a figure shown as a percentage. */
export function isPercent(cell: AmountCell): boolean {
  return cell.amount.kind === "getal" && cell.amount.percent;
}

/** Compares `cell` with `expected` when both are known. */
export function check(
  ctx: RuleContext,
  cell: AmountCell | undefined,
  expected: Decimal | undefined,
  what: string,
  from?: {
    cells?: readonly (AmountCell | undefined)[];
    grid?: Grid;
    /** The cells `expected` adds up and subtracts, when it is their sum (see CompareInput.terms). */
    plus?: readonly (AmountCell | undefined)[];
    minus?: readonly (AmountCell | undefined)[];
    ambiguous?: boolean;
    /** The terms count with their items even when they are off only by rounding (see CompareInput). */
    throughRounding?: boolean;
    /** Terms outside `grid`, with how a finding names each (see CompareInput). */
    termCells?: CompareInput["termCells"];
  }
): void {
  if (!cell || expected === undefined || agrees(cell.amount, expected)) return;
  ctx.compare({
    ref: cell.ref,
    found: cell.amount,
    expected,
    what,
    cells: from?.cells && refsOf(from.cells),
    grid: from?.grid,
    ...(from?.plus || from?.minus
      ? { terms: { plus: refsOf(from.plus ?? []), minus: refsOf(from.minus ?? []) } }
      : {}),
    ...(from?.ambiguous ? { ambiguous: true } : {}),
    ...(from?.throughRounding ? { throughRounding: true } : {}),
    ...(from?.termCells ? { termCells: from.termCells } : {}),
  });
}

export function refsOf(cells: readonly (AmountCell | undefined)[]): AmountCell["ref"][] {
  return cells.filter((c) => c !== undefined).map((c) => c.ref);
}

export function findRow(grid: Grid, pattern: RegExp): GridRow | undefined {
  return grid.rows.find((r) => pattern.test(normalizeLabel(r.label)));
}

export function line(p: Programme, kind: ResultLineKind): AmountCell | undefined {
  return p.lines.find((l) => l.kind === kind)?.value;
}

/**
 * True when a programme's developments were all read: a positive and a negative list, and no list header
 * left unread. Only then is a figure compared with their sum: the sum of lists not read is unknown, never 0.
 */
export function listsRead(p: Programme): boolean {
  return (
    !p.listsUnread &&
    p.lists.some((l) => l.sign === "positief") &&
    p.lists.some((l) => l.sign === "negatief")
  );
}

/** The message of a table not compared with the developments because they were not (all) read. */
export const LISTS_UNREAD_MESSAGES = {
  ontwikkelingenNietGelezen:
    "{{tabel}}: niet gecontroleerd tegen de ontwikkelingen, want de lijsten met positieve en negatieve ontwikkelingen van dit programma zijn niet (allebei) gelezen.",
} as const;

/**
 * Says once that a table was not compared with the programme's developments, unless recognition already
 * reported the list it could not read.
 */
export function reportListsUnread(
  ctx: RuleContext,
  p: Programme,
  tabel: string,
  at: { ref: AmountCell["ref"]; grid?: Grid }
): void {
  if (p.listsUnread) return;
  ctx.report({
    ref: at.ref,
    ernst: "waarschuwing",
    messageId: "ontwikkelingenNietGelezen",
    data: { tabel },
    grid: at.grid,
  });
}

export function gridsOf(ctx: RuleContext, kind: Grid["kind"]): Grid[] {
  return ctx.berap.grids.filter((g) => g.kind === kind);
}

/** The header of the column with this role, for messages. */
/** True when some row label of the table matches: the rows its kind's own rule recomputes (TableKind.ownRows). */
export function hasOwnRows(grid: Grid, rows: RegExp): boolean {
  return grid.rows.some((r) => rows.test(normalizeLabel(r.label)));
}

/**
 * True when a column holds its amounts without their sign: some figure above zero, none below ("Nadelig"
 * 105 for a nadeel of 105). A column of nadelen with one slip of sign still has figures below zero, so it
 * keeps its sign and the slip is found.
 */
export function printedPositive(grid: Grid, role: string): boolean {
  let positive = false;
  for (const row of grid.rows) {
    const v = valueOf(row.cell(role));
    if (v?.isNegative() && !v.isZero()) return false;
    if (v?.isPositive() && !v.isZero()) positive = true;
  }
  return positive;
}

export function headerOf(grid: Grid, role: string): string {
  const i = grid.roles.indexOf(role);
  return i < 0 ? role : grid.headers[i];
}

/** The ontwikkelingen as the terms of a sum, each named by its programme and description (see CompareInput). */
export function developmentTerms(programme: string, items: readonly Development[]) {
  return {
    plus: items.map((i) => i.bedrag),
    termCells: items.map((i) => ({ cell: i.bedrag, what: `${programme}, ${i.omschrijving.text}` })),
  };
}

/** "rij 7 is", "de rijen 7, 9 en 12 zijn": rows hidden in Excel and not counted, as a controller finds them. */
export function hiddenRowsText(rows: readonly number[]): string {
  return rows.length === 1
    ? `rij ${rows[0]} is`
    : `de rijen ${rows.slice(0, -1).join(", ")} en ${rows[rows.length - 1]} zijn`;
}

/**
 * True when `cell` shows `expected` within the tolerance, at the precision it is shown with: how a reading
 * of a column is tried on its rows before the rows are checked by it (a fraction of the begroting, kans x
 * gevolg).
 */
export function showsWithinTolerance(
  ctx: Pick<RuleContext, "tolerance">,
  cell: AmountCell,
  expected: Decimal
): boolean {
  const a = cell.amount;
  if (a.kind !== "getal") return false;
  const decimals = Math.min(a.decimals, 10);
  const unit = new Decimal(10).pow(-decimals);
  return round(expected, decimals).minus(a.value).abs().lte(unit.times(ctx.tolerance));
}
