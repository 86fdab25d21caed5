import {
  Decimal,
  formatDutchNumber,
  gemeenten,
  lookupGemeente,
  suggestMunicipality,
} from "../../calc";
import { cellAddress } from "../model/workbook";
import { isTotalLabel } from "../tables/labels";
import { AmountCell, Grid, GridRow } from "../tables/types";
import { check, sumOf, valueOf } from "./helpers";
import { RuleContext } from "./rule";

/*
 * The rows and cells of a distribution over the municipalities, for the rule verdeling-gemeenten: which rows
 * are municipalities and which the distribution, sums over them (with the slips corrected), and the findings
 * on cells that cannot be read, rows no municipality, and totals that do not close.
 */
export function municipality(row: GridRow): string | undefined {
  return lookupGemeente(row.label)?.naam;
}

/** A cell with the row it stands in, so a finding can name it: "C4 (Borne)". */
export type Part = readonly [GridRow, AmountCell | undefined];

function unreadableParts(parts: readonly Part[]): string[] {
  return parts
    .filter(([, c]) => c !== undefined && valueOf(c) === undefined)
    .map(([row, c]) => `${cellAddress(c!.ref.row, c!.ref.col)} (${row.label.trim()})`);
}

/**
 * Says that a figure was not checked because cells it depends on hold no amount. Those cells have their own
 * finding (onleesbaar, foutwaarde); this one keeps the check from passing by in silence, and from comparing
 * with a made-up figure (an unreadable share once became "verwacht 0, gevonden 665.000").
 * Returns false when every part can be read.
 */
export function notChecked(
  ctx: RuleContext,
  grid: Grid,
  at: AmountCell,
  parts: readonly Part[],
  wat: string
): boolean {
  const unreadable = unreadableParts(parts);
  if (unreadable.length === 0) return false;
  ctx.report({
    ref: at.ref,
    ernst: "info",
    messageId: "nietGecontroleerd",
    data: { wat, cellen: unreadable.join(", ") },
    grid,
  });
  return true;
}

/** Checks `cell` against the sum of `parts`, or says why it cannot. */
export function checkSum(
  ctx: RuleContext,
  grid: Grid,
  cell: AmountCell | undefined,
  parts: Part[],
  wat: string,
  /** True for a row's saldo: the sum of its own row does not say which cell is wrong (see slips.ts). */
  inRow = false
) {
  if (!cell || notChecked(ctx, grid, cell, parts, wat)) return;
  const cells = parts.map(([, c]) => c);
  check(ctx, cell, sumOf(cells), wat, {
    cells,
    grid,
    plus: cells,
    ...(inRow ? { ambiguous: true } : {}),
  });
}

/**
 * Says that a row with a key is no municipality calc knows ("Hof van Twenthe", "Overige"): it shares in the
 * distribution, as its key counts in the total, but its own share cannot be checked.
 */
export function reportUnknown(ctx: RuleContext, grid: Grid, row: GridRow): void {
  const naam = row.label.trim();
  const gemeente = suggestMunicipality(
    naam,
    gemeenten().map((g) => g.naam)
  );
  ctx.report({
    ref: row.labelRef,
    ernst: "waarschuwing",
    messageId: gemeente ? "nietHerkendBedoelt" : "nietHerkend",
    data: { tabel: grid.title, naam, ...(gemeente ? { gemeente } : {}) },
    grid,
  });
}

/** A row of the distribution: a row above the Totaal with a key, a known municipality or not. */
export interface Keyed {
  readonly row: GridRow;
  readonly key: Decimal;
  readonly known: boolean;
}

/**
 * The rows of a table its Totaal adds up: those above it, or those below it when it stands first, right
 * under the header (some controllers put the Totaal on top).
 */
export function bodyOf(grid: Grid, total: GridRow | undefined): GridRow[] {
  const at = total ? grid.rows.indexOf(total) : grid.rows.length;
  const rows = at === 0 ? grid.rows.slice(1) : grid.rows.slice(0, at);
  return rows.filter((r) => !isTotalLabel(r.label));
}

/** The sum of cells with the corrections applied; undefined when one cannot be read. */
export function correctedSum(
  cells: readonly (AmountCell | undefined)[],
  corrections: ReadonlyMap<AmountCell, Decimal>
): Decimal | undefined {
  let sum = new Decimal(0);
  for (const c of cells) {
    const v = c && corrections.has(c) ? corrections.get(c) : valueOf(c);
    if (v === undefined) return undefined;
    sum = sum.plus(v);
  }
  return sum;
}

/** True when a sum over `cells` involves a corrected cell and, corrected, equals `cell`: nothing more to say. */
export function explainedBySlip(
  cell: AmountCell | undefined,
  cells: readonly (AmountCell | undefined)[],
  corrections: ReadonlyMap<AmountCell, Decimal>
): boolean {
  if (!cells.some((c) => c && corrections.has(c))) return false;
  const found = valueOf(cell);
  const sum = correctedSum(cells, corrections);
  return found !== undefined && sum !== undefined && found.equals(sum);
}

/** The built-in inhabitants of a keyed row that is a municipality; its own key otherwise. */
export function builtInKey(k: Keyed): Decimal {
  const naam = municipality(k.row);
  const builtIn = naam === undefined ? undefined : gemeenten().find((g) => g.naam === naam);
  return builtIn ? new Decimal(builtIn.inwoners) : k.key;
}

/**
 * Says why a column rounded per regel, every share right, does not add up to its Totaal: shares rounded on
 * their own need not close (SamenTwente's published tables). Returns false when the column does add up.
 */
export function explainOpenTotal(
  ctx: RuleContext,
  grid: Grid,
  cell: AmountCell | undefined,
  parts: readonly Part[],
  wat: string
): boolean {
  const found = valueOf(cell);
  const sum = sumOf(parts.map(([, c]) => c));
  if (!cell || found === undefined || sum === undefined || found.equals(sum)) return false;
  ctx.report({
    ref: cell.ref,
    ernst: "waarschuwing",
    messageId: "perRegelNietSluitend",
    data: { wat, gevonden: formatDutchNumber(found), som: formatDutchNumber(sum) },
    verwacht: sum.toNumber(),
    gevonden: found.toNumber(),
    cells: parts.map(([, c]) => c?.ref).filter((r) => r !== undefined),
    grid,
  });
  return true;
}
