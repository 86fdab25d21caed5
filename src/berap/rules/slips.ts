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
 * A relation within one row (lasten - baten = saldo, na = voor + wijziging) does not say which of its cells
 * is wrong, but with a comparison across the rows it does: when the column Totaal fails by the same amount,
 * the one cell both share is the slip (a Verschil typed 126 for 162, the Wijziging of one programme 9.000
 * too high), reported once on that cell; the row's and the column's differences, on cells that are right,
 * are gone.
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
  /**
   * True for a relation between the cells of one row that is certain as a relation (not in doubt): its
   * difference names no slip by itself, but a decisive comparison across the rows (a column Totaal) that
   * agrees once this cell has the value the row gives it confirms that this cell is the slip.
   */
  readonly rowRelation?: boolean;
  /** Terms that are off from their items only by rounding count with their items too (CompareInput). */
  readonly throughRounding: boolean;
  /** The difference is at most one unit of the shown precision: rounding alone can make it. */
  readonly roundingOnly: boolean;
  /** The finding with another expected value: undefined when the cell then agrees. */
  redo(expected: Decimal): Finding | undefined;
  /**
   * A term of the comparison as a cell of its table: its value, and the finding on it with what it should be
   * (undefined when it then agrees); undefined when the term is no figure of the comparison's table.
   */
  term?(key: string): { found: Decimal; blame(expected: Decimal): Finding | undefined } | undefined;
}

/** The terms of a comparison with their sign: +1 added, -1 subtracted. */
function signedTerms(c: SlipCandidate): [string, number][] {
  return [
    ...c.plus.map((k): [string, number] => [k, 1]),
    ...c.minus.map((k): [string, number] => [k, -1]),
  ];
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
      for (const [key, sign] of signedTerms(c)) {
        const s = shouldBe(key, c.throughRounding);
        if (!s) continue;
        expected = expected.plus(s.expected.minus(s.found).times(sign));
        corrected = true;
      }
      // A one-unit difference says no cell is wrong: it is corrected downstream only where a line is by
      // construction the sum of the items behind it (throughRounding).
      roundingSlip[i] = c.roundingOnly;
      if (!corrected) {
        if (c.decisive && confirmsRowSlips(i, expected)) return;
        slip[i] = c.decisive ? c.expected : null;
        return;
      }
      const redone = c.redo(expected);
      if (redone !== undefined && c.decisive && confirmsRowSlips(i, expected)) return;
      if (redone === undefined || (rounding(redone) && !rounding(c.finding))) {
        // Right once its terms are: a knock-on, gone; or it only differs by rounding from the right figure.
        replaced.set(c.finding, redone);
        slip[i] = null;
      } else slip[i] = c.decisive ? expected : null; // a slip of its own: reported as the figures stand
    };

    /**
     * Two relations that meet in one cell: the row relation of a term (Verschil = nieuw - vorig) and this
     * decisive comparison across the rows (its column Totaal). When the comparison agrees once those terms
     * have the values their rows give them, the terms are the slips (one cell explains both differences),
     * and this comparison is their knock-on: gone, and the terms count with their values downstream.
     */
    const confirmsRowSlips = (i: number, expected: Decimal): boolean => {
      const c = all[i];
      const confirmed: number[] = [];
      let fixed = expected;
      for (const [key, sign] of signedTerms(c)) {
        if (shouldBe(key, c.throughRounding)) continue; // already counted with its correction
        const rows = (onCell.get(key) ?? []).filter(
          (j) => all[j].rowRelation && !all[j].roundingOnly && slip[j] === null
        );
        // One row relation per cell, or several that agree on what it should be.
        if (rows.length === 0 || rows.some((j) => !all[j].expected.equals(all[rows[0]].expected)))
          continue;
        const r = all[rows[0]];
        fixed = fixed.plus(r.expected.minus(r.found).times(sign));
        confirmed.push(...rows);
      }
      if (confirmed.length === 0 || c.redo(fixed) !== undefined) return false;
      replaced.set(c.finding, undefined);
      slip[i] = null;
      for (const j of confirmed) slip[j] = all[j].expected;
      return true;
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
    // A row slip confirmed by a column Totaal after a relation through it was decided (the na lasten of one
    // programme, in its saldo and in the Totaal lasten): that relation is its knock-on all the same.
    all.forEach((c, i) => {
      if (slip[i] !== null || replaced.has(c.finding)) return;
      let expected = c.expected;
      for (const [key, sign] of signedTerms(c)) {
        const s = shouldBe(key, c.throughRounding);
        if (s) expected = expected.plus(s.expected.minus(s.found).times(sign));
      }
      if (!expected.equals(c.expected) && c.redo(expected) === undefined)
        replaced.set(c.finding, undefined);
    });
    meetInTerms(all, slip, replaced);
    if (replaced.size === 0) return findings;
    return findings.flatMap((f) => {
      if (!replaced.has(f)) return [f];
      const r = replaced.get(f);
      return r ? [r] : [];
    });
  }
}

/**
 * Two relations that meet in a term: a row relation (na = voor + wijziging) and a decisive comparison across
 * the rows (the column Totaal) both fail, and one change of a cell they share closes both (the Wijziging
 * 2027 of one programme typed 9.000 too high: its row's na and the column Totaal each differ by 9.000). That
 * cell is the slip: one finding on it, with the value both relations give it, replaces both differences,
 * which were on cells that are right.
 */
function meetInTerms(
  all: readonly SlipCandidate[],
  slip: readonly (Decimal | null | undefined)[],
  replaced: Map<Finding, Finding | undefined>
): void {
  const signs = (c: SlipCandidate) => new Map(signedTerms(c));
  const open = (i: number) => !all[i].roundingOnly && !replaced.has(all[i].finding);
  const rows = all
    .map((_, i) => i)
    // A row relation, or a decisive comparison named as a slip (a row's Totaal column beside a column's
    // Totaal row): two totals each off by the same amount through one shared cell are that cell's slip.
    .filter(
      (i) => open(i) && (all[i].rowRelation ? slip[i] === null : all[i].decisive && !!slip[i])
    );
  if (rows.length === 0) return;
  const blamed = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    if (!c.decisive || !open(i) || slip[i] === null) continue;
    const inC = signs(c);
    const offC = c.found.minus(c.expected);
    const matches: { j: number; key: string; change: Decimal }[] = [];
    for (const j of rows) {
      const r = all[j];
      if (j === i || r.cell === c.cell || !open(j)) continue;
      for (const [key, t] of signs(r)) {
        const s = inC.get(key);
        if (s === undefined || blamed.has(key)) continue;
        // The change of the term that closes each relation: t * (found - expected) for the row's result cell
        // to agree, s * (found - expected) for the column's.
        const change = r.found.minus(r.expected).times(t);
        if (!change.isZero() && change.equals(offC.times(s))) matches.push({ j, key, change });
      }
    }
    // One cell only: two candidates would each explain the column, and neither is certain. Several row
    // relations through the same cell with the same change (a Wijziging baten in its row's saldo and in
    // its na) only confirm it.
    if (matches.length === 0) continue;
    const { j, key, change } = matches[0];
    if (matches.some((m) => m.key !== key || !m.change.equals(change))) continue;
    // The finding on the shared cell is named by the nearer of the two relations (a list Totaal below its
    // ontwikkeling, not the matrix on another sheet): the same whatever order the rules ran in.
    const namer = [all[j], c]
      .filter((x) => x.term?.(key))
      .sort((a, b) => distance(a.cell, key) - distance(b.cell, key))[0];
    const term = namer?.term?.(key);
    const finding = term?.blame(term.found.plus(change));
    if (!finding) continue;
    blamed.add(key);
    replaced.set(c.finding, undefined);
    for (const m of matches) replaced.set(all[m.j].finding, undefined);
    replaced.set(all[j].finding, finding);
  }
}

/** How far apart two cells are: rows plus columns on one sheet, any cell on another sheet farther. */
function distance(a: string, b: string): number {
  const [sa, ra, ca] = a.split("\u0000");
  const [sb, rb, cb] = b.split("\u0000");
  if (sa !== sb) return Number.MAX_SAFE_INTEGER;
  return Math.abs(Number(ra) - Number(rb)) + Math.abs(Number(ca) - Number(cb));
}
