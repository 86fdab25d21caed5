import { Decimal, distribute, round } from "../../calc";
import { Finding } from "../findings";
import { AmountCell, GridRow } from "../tables/types";
import { sumOf, valueOf } from "./helpers";
import { createContext, Rule, RuleContext } from "./rule";
import { amountOf, Outcome, shownDecimals } from "./verdelingReadings";
import { Keyed } from "./verdelingRows";

/*
 * One share typed wrong and the Totaal added up over it (Hengelo 26.000 where 25.000 is its share, Totaal
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
 * The amount column `c` was distributed from, when its printed Totaal is the sum of its shares, two or more
 * shares miss their part of that Totaal, and all shares but exactly one follow another amount: that one
 * share is the slip and the Totaal that adds it up the second. Undefined otherwise (the shares follow the
 * Totaal, the table shows part of the distribution, or two shares could each be the slip).
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
  if (!sumOf(cells)!.equals(amount)) return undefined;
  const missesAt = (shares: readonly (Decimal | undefined)[]) =>
    cells.filter((cell, i) => isFout(ctx, rule, cell!, shares[i]!)).length;
  if (missesAt(column.shares) < 2) return undefined;
  const { keys, keyTotal } = chosen.reading;
  const sharesOf = (base: Decimal) => {
    const byDecimals = new Map<number, Decimal[]>();
    return cells.map((cell, i) => {
      const decimals = shownDecimals(cell!);
      if (!byDecimals.has(decimals))
        byDecimals.set(decimals, distribute(base, keys, { method: column.method, decimals }));
      return byDecimals.get(decimals)![i];
    });
  };
  let found: ShareOff | undefined;
  for (let i = 0; i < keyed.length; i++) {
    const others = keyed.map((_, j) => j).filter((j) => j !== i);
    const keySum = others.reduce((s, j) => s.plus(keys[j]), new Decimal(0));
    if (keySum.isZero()) continue;
    const shareSum = others.reduce((s, j) => s.plus(values[j]!), new Decimal(0));
    const base = round(shareSum.times(keyTotal).div(keySum), shownDecimals(total.cells[c]));
    if (base.equals(amount) || base.lte(0) !== amount.lte(0)) continue;
    const shares = sharesOf(base);
    if (!isFout(ctx, rule, cells[i]!, shares[i]!)) continue;
    if (others.some((j) => isFout(ctx, rule, cells[j]!, shares[j]!))) continue;
    if (found) return undefined; // two shares could each be the slip: no certainty which
    found = { total: printedTotal.minus(amount).plus(base), shares };
  }
  return found;
}
