import { Decimal } from "../../calc";
import { Finding } from "../findings";
import { Ref } from "../tables/types";

/**
 * Only the first broken link is a finding. A comparison whose expected value adds up other figures of the
 * workbook (a result line of the lists' totals, a Saldo of two subtotals, na = voor + wijziging, a summary
 * row of the programme's sheet) names those figures as its terms. When a term was itself found wrong (it
 * differs from its own items: the Totaal from its rows, the line from the totals above it) and the checked
 * cell agrees with what that term should be, the checked cell is right: its difference is the term's slip,
 * reported once, on the term. A difference of one unit of the shown precision is no slip, whatever the
 * tolerance: every figure of a table is rounded on its own, so a total off by one unit from its rounded items
 * is not wrong, and no cell downstream is corrected for it: each relation that does not close by rounding is reported where it stands (a saldo, a copy), as
 * SamenTwente's published tables show them. The one exception is a line that is by construction the sum of
 * the items behind its terms (the result lines under the lists): it counts with the items (throughRounding).
 *
 * The record is kept per run and resolved after every rule has run, so the order of the rules does not
 * matter: a difference is decided once the differences of its terms are, the first broken link first.
 */
export interface SlipCandidate {
  readonly finding: Finding;
  readonly cell: string;
  /** The checked cell's value as it stands, and the exact value it should have from its terms as they stand. */
  readonly found: Decimal;
  readonly expected: Decimal;
  readonly plus: readonly string[];
  readonly minus: readonly string[];
  /**
   * True when a difference says that the checked cell is the slip: it closes its terms (a Totaal, a result
   * line, a copy of its source). False for a relation between the cells of one row (saldo = lasten - baten,
   * a share, a ratio), which does not say which of its cells is wrong, and for a comparison in doubt.
   */
  readonly decisive: boolean;
  /** Terms that are off from their items only by rounding count with their items too (CompareInput). */
  readonly throughRounding: boolean;
  /** The difference is at most one unit of the shown precision: rounding alone can make it. */
  readonly roundingOnly: boolean;
  /** The finding with another expected value: undefined when the cell then agrees. */
  redo(expected: Decimal): Finding | undefined;
}

export function refKey(ref: Ref): string {
  return `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
}

export class SlipRecord {
  private readonly candidates: SlipCandidate[] = [];

  add(candidate: SlipCandidate): void {
    this.candidates.push(candidate);
  }

  /** The findings without the knock-on ones; a knock-on that is still off by rounding is that afrondingsverschil. */
  resolve(findings: Finding[]): Finding[] {
    const all = this.candidates;
    if (all.length === 0) return findings;
    const onCell = new Map<string, number[]>();
    all.forEach((c, i) => onCell.set(c.cell, [...(onCell.get(c.cell) ?? []), i]));
    const deps = all.map((c, i) => [
      ...new Set(
        [...c.plus, ...c.minus].flatMap((k) => onCell.get(k) ?? []).filter((j) => j !== i)
      ),
    ]);
    const dependents = all.map(() => [] as number[]);
    deps.forEach((ds, i) => ds.forEach((d) => dependents[d].push(i)));
    const waiting = deps.map((ds) => ds.length);
    /** Per candidate once decided: the value its cell should have when it is a slip, else null. */
    const slip: (Decimal | null | undefined)[] = all.map(() => undefined);
    /** Per candidate: its slip is only an afrondingsverschil. */
    const roundingSlip: boolean[] = all.map(() => false);
    const replaced = new Map<Finding, Finding | undefined>();

    const shouldBe = (
      key: string,
      throughRounding: boolean
    ): { found: Decimal; expected: Decimal } | undefined => {
      const values = (onCell.get(key) ?? [])
        .filter((j) => throughRounding || !roundingSlip[j])
        .map((j) => slip[j])
        .filter((v) => v);
      // A cell with two different corrections is in doubt: nothing is substituted for it.
      if (values.length === 0 || values.some((v) => !v!.equals(values[0]!))) return undefined;
      return { found: all[onCell.get(key)![0]].found, expected: values[0]! };
    };
    const rounding = (f: Finding | undefined) => f?.messageId === "afrondingsverschil";
    const decide = (i: number) => {
      const c = all[i];
      let expected = c.expected;
      let corrected = false;
      for (const [keys, sign] of [
        [c.plus, 1],
        [c.minus, -1],
      ] as const)
        for (const key of keys) {
          const s = shouldBe(key, c.throughRounding);
          if (!s) continue;
          expected = expected.plus(s.expected.minus(s.found).times(sign));
          corrected = true;
        }
      // A one-unit difference says no cell is wrong: it is corrected downstream only where a line is by
      // construction the sum of the items behind it (throughRounding).
      roundingSlip[i] = c.roundingOnly;
      if (!corrected) {
        slip[i] = c.decisive ? c.expected : null;
        return;
      }
      const redone = c.redo(expected);
      if (redone === undefined || (rounding(redone) && !rounding(c.finding))) {
        // Right once its terms are: a knock-on, gone; or it only differs by rounding from the right figure.
        replaced.set(c.finding, redone);
        slip[i] = null;
      } else slip[i] = c.decisive ? expected : null; // a slip of its own: reported as the figures stand
    };

    const queue = all.map((_, i) => i).filter((i) => waiting[i] === 0);
    let next = 0;
    for (let done = 0; done < all.length;) {
      // A cycle (two cells each the other's term) is broken in reading order of the rules.
      if (queue.length === 0) {
        while (slip[next] !== undefined) next++;
        queue.push(next);
      }
      const i = queue.shift()!;
      if (slip[i] !== undefined) continue;
      decide(i);
      done++;
      for (const j of dependents[i]) if (--waiting[j] === 0) queue.push(j);
    }
    if (replaced.size === 0) return findings;
    return findings.flatMap((f) => {
      if (!replaced.has(f)) return [f];
      const r = replaced.get(f);
      return r ? [r] : [];
    });
  }
}
