import { CalcError, Decimal, distribute, DistributionMethod } from "../../calc";
import { Finding } from "../findings";
import { AmountCell, GridRow } from "../tables/types";
import { sumOf, valueOf } from "./helpers";
import { createContext, Rule, RuleContext } from "./rule";
import { Keyed } from "./verdelingRows";

/*
 * The readings of a distribution's key (its own Totaal, the key column's sum, the built-in inhabitants) and
 * the shares each reading expects per column, per regel or sluitend, with how many of the table's shares
 * agree: for checkShares, which picks the reading the table bears out.
 */
/** The precision a share is shown with, which is the precision it is computed to (per regel, as published). */
export function shownDecimals(cell: AmountCell): number {
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
 * One way to read a distribution: the keys of its rows, the key total, and whether the amounts of rows
 * without a key (SamenTwente's fixed part of Kennispunt Twente) are left out of what is distributed.
 */
export interface Reading {
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
export interface Outcome {
  readonly reading: Reading;
  readonly rest: Decimal;
  readonly expected: Map<number, { method: DistributionMethod; shares: (Decimal | undefined)[] }>;
  /** Shares beyond the tolerance, and shares within it. */
  readonly fouten: number;
  readonly agree: number;
}

/** A reading is borne out when the table has no fout under it, or more shares agree with it than not. */
export const borneOut = (o: Outcome) => o.fouten === 0 || o.agree > o.fouten;

/**
 * The amount of column `c` distributed naar rato: the Totaal's, less the rows without a key that carry an
 * amount of their own when the reading says so. Undefined when a cell cannot be read.
 */
export function amountOf(total: GridRow, fixed: readonly GridRow[], c: number, lessFixed: boolean) {
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
export function outcomeOf(
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
