import {
  CalcError,
  Decimal,
  distribute,
  DistributionMethod,
  formatDutchNumber,
  gemeenten,
  lookupGemeente,
  suggestMunicipality,
} from "../../calc";
import { cellAddress } from "../model/workbook";
import { isTotalLabel } from "../tables/labels";
import { AmountCell, Grid, GridRow } from "../tables/types";
import { check, sumOf, valueOf } from "./helpers";
import { Finding } from "../findings";
import { createContext, Rule, RuleContext } from "./rule";

/*
 * The arithmetic of a distribution over the municipalities, for the rule verdeling-gemeenten: which rows are
 * municipalities, which readings of the key the table bears out (its own Totaal, the key column's sum, the
 * built-in inhabitants), the expected shares per column, and the slips in the key itself.
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
function notChecked(
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
  wat: string
) {
  if (!cell || notChecked(ctx, grid, cell, parts, wat)) return;
  check(ctx, cell, sumOf(parts.map(([, c]) => c)), wat, { cells: parts.map(([, c]) => c), grid });
}

/** The precision a share is shown with, which is the precision it is computed to (per regel, as published). */
function shownDecimals(cell: AmountCell): number {
  return cell.amount.kind === "getal" ? Math.min(cell.amount.decimals, 10) : 0;
}

/**
 * How a column was rounded. A column whose shares add up exactly to the amount, every municipality listed
 * (no remainder of the key), all at one precision, was made sluitend (largest remainder, as =ST.VERDEEL
 * does): its shares are checked against that, not against per-row rounding, which would call the unit
 * handed to the largest remainder an afrondingsverschil. Where per-row rounding closes too, both give the
 * same shares. Any other column is checked per regel, as SamenTwente publishes.
 */
function closingMethod(
  cells: readonly (AmountCell | undefined)[],
  amount: Decimal,
  rest: Decimal
): DistributionMethod {
  if (!rest.isZero() || cells.length === 0) return "per_regel";
  const decimals = new Set(cells.map((c) => (c ? shownDecimals(c) : -1)));
  const total = sumOf(cells);
  return decimals.size === 1 && !decimals.has(-1) && total?.equals(amount)
    ? "sluitend"
    : "per_regel";
}

/**
 * Says that a row with a key is no municipality calc knows ("Hof van Twenthe", "Overige"): it shares in the
 * distribution, as its key counts in the total, but its own share cannot be checked.
 */
function reportUnknown(ctx: RuleContext, grid: Grid, row: GridRow): void {
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
interface Keyed {
  readonly row: GridRow;
  readonly key: Decimal;
  readonly known: boolean;
}

/** The rows of a table above its Totaal (the rows its columns add up). */
export function bodyOf(grid: Grid, total: GridRow | undefined): GridRow[] {
  const end = total ? grid.rows.indexOf(total) : grid.rows.length;
  return grid.rows.slice(0, end).filter((r) => !isTotalLabel(r.label));
}

/** What checkShares learnt: the columns per regel whose every share is right, and whether the key is whole. */
interface Shares {
  readonly perRegel: Set<number>;
  /** The columns per regel whose every share is right once the slips reported in them are corrected. */
  readonly perRegelBarSlips: Set<number>;
  /** True when the rows hold the whole key of the Totaal (nothing left for rows not listed). */
  readonly whole: boolean;
  /**
   * The cells reported as the slip, with the figure the table gives them: a share, or a key that the shares
   * and the total show to be mistyped. A sum over such a cell is checked with that figure, so one slip
   * gives one finding (the first broken link), not another on the total or the saldo it feeds.
   */
  readonly corrections: Map<AmountCell, Decimal>;
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

/**
 * One way to read a distribution: the keys of its rows, the key total, and whether the amounts of rows
 * without a key (SamenTwente's fixed part of Kennispunt Twente) are left out of what is distributed.
 */
interface Reading {
  readonly keys: readonly Decimal[];
  readonly keyTotal: Decimal;
  readonly lessFixed: boolean;
  /**
   * Whose key: the table's as typed; its key column's own sum instead of a typed Totaal that differs; or
   * the built-in inhabitants instead of a typed figure that differs from them.
   */
  readonly key: "getypt" | "som" | "ingebouwd";
}

/** The expected share of every keyed row per column, and how the reading fares against the table. */
interface Outcome {
  readonly reading: Reading;
  readonly rest: Decimal;
  readonly expected: Map<number, { method: DistributionMethod; shares: (Decimal | undefined)[] }>;
  /** Shares beyond the tolerance, and shares within it. */
  readonly fouten: number;
  readonly agree: number;
}

/** A reading is borne out when the table has no fout under it, or more shares agree with it than not. */
const borneOut = (o: Outcome) => o.fouten === 0 || o.agree > o.fouten;

/**
 * The amount of column `c` distributed naar rato: the Totaal's, less the rows without a key that carry an
 * amount of their own when the reading says so. Undefined when a cell cannot be read.
 */
function amountOf(total: GridRow, fixed: readonly GridRow[], c: number, lessFixed: boolean) {
  const amount = valueOf(total.cells[c]);
  const own = lessFixed ? sumOf(fixed.map((r) => r.cells[c])) : new Decimal(0);
  return amount === undefined || own === undefined ? undefined : amount.minus(own);
}

/**
 * The shares of one column under a reading, for every keyed row at the precision its cell shows. Per regel,
 * as SamenTwente publishes, unless the column was made sluitend: it closes exactly (closingMethod), or
 * largest-remainder rounding explains more of its shares than per-row rounding (a sluitend column with one
 * slip in it no longer closes, yet its other shares are sluitend).
 */
function columnShares(
  keyed: readonly Keyed[],
  weights: Decimal[],
  amount: Decimal,
  rest: Decimal,
  c: number
): { method: DistributionMethod; shares: (Decimal | undefined)[] } {
  const cells = keyed.map(({ row }) => row.cells[c]);
  const methods: DistributionMethod[] =
    closingMethod(cells, amount, rest) === "sluitend" ? ["sluitend"] : ["per_regel", "sluitend"];
  let best:
    { method: DistributionMethod; shares: (Decimal | undefined)[]; wrong: number } | undefined;
  for (const method of methods) {
    // One distribution per precision shown in the column: usually just whole euros.
    const byDecimals = new Map<number, Decimal[]>();
    const shares = cells.map((cell, i) => {
      if (!cell) return undefined;
      const decimals = shownDecimals(cell);
      let all = byDecimals.get(decimals);
      if (!all) {
        all = distribute(amount, weights, { method, decimals });
        byDecimals.set(decimals, all);
      }
      return all[i];
    });
    const wrong = cells.filter(
      (cell, i) => keyed[i].known && cell && !valueOf(cell)?.equals(shares[i]!)
    ).length;
    if (!best || wrong < best.wrong) best = { method, shares, wrong };
  }
  return best!;
}

/**
 * The shares of every column under a reading, and how many of the table's shares agree: compared on a
 * scratch context, so that only the reading chosen reports. Undefined when the reading cannot distribute
 * (the rows hold more of the key than its total).
 */
function outcomeOf(
  ctx: RuleContext,
  /** The rule whose messages a scratch comparison uses. */
  rule: Rule,
  keyed: readonly Keyed[],
  fixed: readonly GridRow[],
  total: GridRow,
  columns: readonly number[],
  reading: Reading
): Outcome | undefined {
  const rest = reading.keys.reduce((r, k) => r.minus(k), reading.keyTotal);
  if (rest.isNegative()) return undefined;
  const weights = [...reading.keys, rest];
  const expected: Outcome["expected"] = new Map();
  const scratch: Finding[] = [];
  const probe = createContext(ctx.berap, rule, ctx.tolerance, scratch);
  let compared = 0;
  for (const c of columns) {
    const amount = amountOf(total, fixed, c, reading.lessFixed);
    if (amount === undefined) continue;
    try {
      const column = columnShares(keyed, weights, amount, rest, c);
      expected.set(c, column);
      keyed.forEach(({ row, known }, i) => {
        const cell = row.cells[c];
        const share = column.shares[i];
        if (!known || !cell || share === undefined || valueOf(cell) === undefined) return;
        compared++;
        probe.compare({ ref: cell.ref, found: cell.amount, expected: share, what: "" });
      });
    } catch (e) {
      if (!(e instanceof CalcError)) throw e;
      return undefined;
    }
  }
  const fouten = scratch.filter((f) => f.ernst !== "waarschuwing" && f.ernst !== "info").length;
  return { reading, rest, expected, fouten, agree: compared - fouten };
}

/**
 * Checks every municipality's share of every distributed column against calc's `distribute` (per regel,
 * as SamenTwente publishes). The key total is the table's own Totaal: the municipalities not listed, or
 * whose key cannot be read, share the remainder, so each listed share is amount x key / key total. A row
 * with a key that is no known municipality shares too, but its share is not checked (a waarschuwing says so).
 * A row without a key that carries an amount (SamenTwente's fixed part) is no part of the distribution: what
 * is distributed is the Totaal less that amount, as one info says; when the shares bear that out neither
 * with nor without it, a waarschuwing says the shares are not checked, never a fout on them.
 */
export function checkShares(
  ctx: RuleContext,
  rule: Rule,
  grid: Grid,
  total: GridRow,
  columns: number[]
): Shares {
  // The columns rounded per regel whose every share is exactly right: their total need not close.
  const perRegel = new Set<number>();
  const perRegelBarSlips = new Set<number>();
  const corrections = new Map<AmountCell, Decimal>();
  const body = bodyOf(grid, total);
  const listed = body.filter(municipality).length === gemeenten().length;
  const keyTotalCell = total.cell("inwoners");
  const keyTotal = valueOf(keyTotalCell);
  const shareOf = (c: number) => `${grid.title}, ${grid.headers[c]} naar rato van de inwoners`;
  if (!keyTotalCell) return { perRegel, perRegelBarSlips, whole: listed, corrections };
  const allShares = `${grid.title}, aandelen naar rato van de inwoners`;
  if (notChecked(ctx, grid, keyTotalCell, [[total, keyTotalCell]], allShares) || !keyTotal)
    return { perRegel, perRegelBarSlips, whole: listed, corrections };
  const keyed: Keyed[] = [];
  const fixed: GridRow[] = [];
  let unreadable = false;
  for (const row of body) {
    const known = municipality(row) !== undefined;
    const key = valueOf(row.cell("inwoners"));
    if (key === undefined) {
      unreadable = true;
      // The row's shares cannot be computed; the other rows' can, as they depend only on their own key.
      if (known)
        notChecked(
          ctx,
          grid,
          row.cell("inwoners")!,
          [[row, row.cell("inwoners")]],
          `${grid.title}, ${row.label.trim()}, aandelen`
        );
      continue;
    }
    if (!known && key.isZero()) {
      if (columns.some((c) => !(valueOf(row.cells[c])?.isZero() ?? true))) fixed.push(row);
      continue;
    }
    if (!known) reportUnknown(ctx, grid, row);
    keyed.push({ row, key, known });
  }
  const rest = keyed.reduce((r, k) => r.minus(k.key), keyTotal);
  const whole = listed || (!unreadable && rest.isZero());
  const columnsRead = columns.filter((c) => {
    const amountCell = total.cells[c];
    return amountCell && !notChecked(ctx, grid, amountCell, [[total, amountCell]], shareOf(c));
  });
  const typedKeys = keyed.map((k) => k.key);
  const builtIn = keyed.map((k) => builtInKey(k));
  const keySum = keyTotal.minus(rest);
  const keyReadings: Omit<Reading, "lessFixed">[] = [
    { keys: typedKeys, keyTotal, key: "getypt" },
    ...(!unreadable && !rest.isZero()
      ? [{ keys: typedKeys, keyTotal: keySum, key: "som" as const }]
      : []),
    ...(builtIn.some((b, i) => !b.equals(typedKeys[i]))
      ? [{ keys: builtIn, keyTotal, key: "ingebouwd" as const }]
      : []),
  ];
  const readings: Reading[] = [true, ...(fixed.length > 0 ? [false] : [])].flatMap((lessFixed) =>
    keyReadings.map((r) => ({ ...r, lessFixed }))
  );
  let outcomes: (Outcome | undefined)[];
  try {
    outcomes = readings.map((r) => outcomeOf(ctx, rule, keyed, fixed, total, columnsRead, r));
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    outcomes = [];
  }
  const preferred = outcomes[0];
  const best = outcomes.reduce<Outcome | undefined>(
    (b, o) => (o && (!b || o.fouten < b.fouten) ? o : b),
    undefined
  );
  // The table's own reading, unless another explains strictly more and is borne out by the shares.
  const chosen =
    best && borneOut(best) && (!preferred || best.fouten < preferred.fouten) ? best : preferred;
  if (!chosen) {
    if (rest.isNegative())
      ctx.report({
        ref: keyTotalCell.ref,
        ernst: "waarschuwing",
        messageId: "sleutelGroterDanTotaal",
        data: {
          tabel: grid.title,
          som: formatDutchNumber(keyTotal.minus(rest)),
          totaal: formatDutchNumber(keyTotal),
        },
        grid,
      });
    else reportUndistributable(ctx, grid, total, columnsRead, keyed, rest);
    return { perRegel, perRegelBarSlips, whole, corrections };
  }
  // The rows with a fixed amount: doubt when the shares bear out no reading, else said once when left out.
  const doubt = fixed.length > 0 && !borneOut(chosen);
  if (doubt || (fixed.length > 0 && chosen.reading.lessFixed))
    ctx.report({
      ref: fixed[0].labelRef,
      ernst: doubt ? "waarschuwing" : "info",
      messageId: doubt ? "vastBedragOnduidelijk" : "vastBedrag",
      data: { tabel: grid.title, regels: fixed.map((r) => `'${r.label.trim()}'`).join(", ") },
      grid,
    });
  if (doubt) return { perRegel, perRegelBarSlips, whole, corrections };
  for (const c of columnsRead) {
    const column = chosen.expected.get(c);
    if (!column) continue;
    // A share not checked (a row no municipality) cannot explain an open total as rounding.
    let exact = column.method === "per_regel" && keyed.every((k) => k.known);
    keyed.forEach(({ row, known }, i) => {
      const cell = row.cells[c];
      const share = column.shares[i];
      if (!cell || !known || share === undefined) return;
      if (!valueOf(cell)?.equals(share)) {
        exact = false;
        // Only a fout is a slip; an afrondingsverschil stays what it is in the sums it feeds.
        if (isFout(ctx, rule, cell, share)) corrections.set(cell, share);
      }
      check(
        ctx,
        cell,
        share,
        `${grid.title}, ${row.label}, ${grid.headers[c]} naar rato van de inwoners`,
        {
          cells: [total.cells[c], row.cell("inwoners"), keyTotalCell],
          grid,
        }
      );
    });
    if (exact) perRegel.add(c);
    if (column.method === "per_regel" && keyed.every((k) => k.known)) perRegelBarSlips.add(c);
  }
  if (chosen.reading.key === "ingebouwd") reportKeySlips(ctx, grid, keyed, chosen, corrections);
  // Shares that follow the key column's own sum: the rows are the whole distribution, the Totaal the slip.
  return {
    perRegel,
    perRegelBarSlips,
    whole: whole || chosen.reading.key === "som",
    corrections,
  };
}

/** True when `cell` differs from `expected` by more than the tolerance: compared on a scratch context. */
function isFout(ctx: RuleContext, rule: Rule, cell: AmountCell, expected: Decimal): boolean {
  const scratch: Finding[] = [];
  createContext(ctx.berap, rule, ctx.tolerance, scratch).compare({
    ref: cell.ref,
    found: cell.amount,
    expected,
    what: "",
  });
  return scratch.some((f) => f.ernst === "fout");
}

/** The built-in inhabitants of a keyed row that is a municipality; its own key otherwise. */
function builtInKey(k: Keyed): Decimal {
  const naam = municipality(k.row);
  const builtIn = naam === undefined ? undefined : gemeenten().find((g) => g.naam === naam);
  return builtIn ? new Decimal(builtIn.inwoners) : k.key;
}

/**
 * The shares follow the built-in key, not the figure typed in a key cell: that cell is the slip. Certain (a
 * fout) when the Totaal of the inhabitants agrees with the built-in figure too (the key is then whole);
 * doubt (a waarschuwing) when the table shows only part of the distribution and the shares alone say so.
 */
function reportKeySlips(
  ctx: RuleContext,
  grid: Grid,
  keyed: readonly Keyed[],
  chosen: Outcome,
  corrections: Map<AmountCell, Decimal>
): void {
  keyed.forEach((k, i) => {
    const cell = k.row.cell("inwoners")!;
    const verwacht = chosen.reading.keys[i];
    if (verwacht.equals(k.key)) return;
    corrections.set(cell, verwacht);
    const certain = chosen.rest.isZero();
    ctx.report({
      ref: cell.ref,
      ernst: certain ? "fout" : "waarschuwing",
      messageId: certain ? "sleutelKloptNiet" : "sleutelTwijfel",
      data: {
        wat: `${grid.title}, ${k.row.label.trim()}`,
        gevonden: formatDutchNumber(k.key),
        verwacht: formatDutchNumber(verwacht),
      },
      verwacht: verwacht.toNumber(),
      gevonden: k.key.toNumber(),
      grid,
    });
  });
}

/** A key total of 0: nothing can be distributed, and calc says why in the controllers' words. */
function reportUndistributable(
  ctx: RuleContext,
  grid: Grid,
  total: GridRow,
  columns: readonly number[],
  keyed: readonly Keyed[],
  rest: Decimal
): void {
  const c = columns[0];
  if (c === undefined) return;
  try {
    distribute(valueOf(total.cells[c])!, [...keyed.map((k) => k.key), rest]);
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    ctx.report({
      ref: total.cells[c].ref,
      ernst: "waarschuwing",
      messageId: "nietTeVerdelen",
      data: { tabel: grid.title, reden: e.message },
      grid,
    });
  }
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
