import { Decimal, distribute, DistributionMethod, round } from "../../calc";
import { Finding } from "../findings";
import { AmountCell, GridRow } from "../tables/types";
import { sumOf, valueOf } from "./helpers";
import { createContext, Rule, RuleContext } from "./rule";
import { amountOf, Outcome, shownDecimals } from "./verdelingReadings";
import { Keyed } from "./verdelingRows";

/*
 * A Totaal typed wrong over shares made from another amount: the Totaal alone (250.100 over shares that
 * add up to 250.000), or one share typed wrong and the Totaal added up over it (Hengelo 26.000 where 25.000 is its share, Totaal
 * 101.000): read against the printed Totaal every share misses, yet all but one follow the amount they
 * were made from (100.000). For checkShares, so that a controller sees the share and the Totaal, not five
 * fouten of which four are right.
 */

/** True when `cell` differs from `expected` by more than the tolerance: compared on a scratch context. */
export function isFout(ctx: RuleContext, rule: Rule, cell: AmountCell, expected: Decimal): boolean {
  const scratch: Finding[] = [];
  createContext(ctx.berap, rule, ctx.tolerance, scratch).compare({
    ref: cell.ref,
    found: cell.amount,
    expected,
    what: "",
  });
  return scratch.some((f) => f.ernst === "fout");
}

/** The amount the shares of a column were made from, when one share and the Totaal are the slips. */
export interface ShareOff {
  /** What the Totaal should be: the amount distributed, with any fixed rows added back. */
  readonly total: Decimal;
  readonly shares: (Decimal | undefined)[];
}

/**
 * The amount column `c` was distributed from, when two or more shares miss their part of the printed
 * Totaal: the amount they add up to, when every share follows it (the Totaal is the slip); or, when the
 * Totaal is the sum of the shares, another amount all shares but exactly one follow (that share is the slip
 * and the Totaal that adds it up the second). Undefined otherwise (the shares follow the Totaal, the table
 * shows part of the distribution, or two shares could each be the slip).
 */
export function oneShareOff(
  ctx: RuleContext,
  rule: Rule,
  keyed: readonly Keyed[],
  fixed: readonly GridRow[],
  total: GridRow,
  chosen: Outcome,
  c: number
): ShareOff | undefined {
  const column = chosen.expected.get(c);
  const amount = amountOf(total, fixed, c, chosen.reading.lessFixed);
  const printedTotal = valueOf(total.cells[c]);
  if (!column || !amount || !printedTotal || !chosen.rest.isZero() || keyed.length < 3)
    return undefined;
  if (!keyed.every((k) => k.known)) return undefined;
  const cells = keyed.map((k) => k.row.cells[c]);
  const values = cells.map(valueOf);
  if (cells.some((cell, i) => !cell || values[i] === undefined)) return undefined;
  const sum = sumOf(cells)!;
  const missesAt = (shares: readonly (Decimal | undefined)[]) =>
    cells.filter((cell, i) => isFout(ctx, rule, cell!, shares[i]!)).length;
  if (missesAt(column.shares) < 2) return undefined;
  const { keys, keyTotal } = chosen.reading;
  const sharesOf = (base: Decimal, method: DistributionMethod) => {
    const byDecimals = new Map<number, Decimal[]>();
    return cells.map((cell, i) => {
      const decimals = shownDecimals(cell!);
      if (!byDecimals.has(decimals))
        byDecimals.set(decimals, distribute(base, keys, { method, decimals }));
      return byDecimals.get(decimals)![i];
    });
  };
  if (!sum.equals(amount)) {
    // The Totaal alone typed wrong (250.100 over shares of 250.000): every share follows what they add up to.
    const all = keyed.map((_, j) => j);
    const keySum = keys.reduce((s, k) => s.plus(k), new Decimal(0));
    if (keySum.isZero()) return undefined;
    const candidate = bestBase(sum.times(keyTotal).div(keySum), all);
    if (!candidate || candidate.base.equals(amount) || candidate.exact < all.length - 1)
      return undefined;
    return { total: printedTotal.minus(amount).plus(candidate.base), shares: candidate.shares };
  }
  let found: ShareOff | undefined;
  for (let i = 0; i < keyed.length; i++) {
    const others = keyed.map((_, j) => j).filter((j) => j !== i);
    const keySum = others.reduce((s, j) => s.plus(keys[j]), new Decimal(0));
    if (keySum.isZero()) continue;
    const shareSum = others.reduce((s, j) => s.plus(values[j]!), new Decimal(0));
    const candidate = bestBase(shareSum.times(keyTotal).div(keySum), others);
    if (!candidate) continue;
    const { base, shares } = candidate;
    if (base.equals(amount) || base.lte(0) !== amount.lte(0)) continue;
    if (!isFout(ctx, rule, cells[i]!, shares[i]!)) continue;
    if (found) return undefined; // two shares could each be the slip: no certainty which
    found = { total: printedTotal.minus(amount).plus(base), shares };
  }
  return found;

  /**
   * The amount near `estimate` whose shares the `others` follow most exactly, none beyond the tolerance.
   * Shares rounded per regel add up to their amount give or take half a unit each, so the amount they were
   * made from lies within as many units of the estimate as there are shares.
   */
  function bestBase(estimate: Decimal, others: readonly number[]) {
    const unit = new Decimal(10).pow(-shownDecimals(total.cells[c]));
    const middle = round(estimate, shownDecimals(total.cells[c]));
    let best: { base: Decimal; shares: Decimal[]; exact: number } | undefined;
    // Read against a Totaal that is off, the column's rounding may have looked sluitend: both are tried.
    for (const method of ["per_regel", "sluitend"] as const)
      for (let k = 0; k <= 2 * keyed.length; k++) {
        // 0, -1, 1, -2, 2, ...: of amounts the shares follow equally well, the nearest the estimate.
        const d = k % 2 === 0 ? k / 2 : -(k + 1) / 2;
        const base = middle.plus(unit.times(d));
        const shares = sharesOf(base, method);
        const exact = others.filter((j) => values[j]!.equals(shares[j])).length;
        if (best && exact <= best.exact) continue;
        if (others.some((j) => isFout(ctx, rule, cells[j]!, shares[j]))) continue;
        best = { base, shares, exact };
      }
    return best;
  }
}
