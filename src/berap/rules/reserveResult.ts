import { Decimal } from "../../calc";
import { normalizeLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { closest, isLeftEmpty, sumOf, valueOf } from "./helpers";
import { Comparing } from "./rule";

/*
 * The overview of a begroting or jaarrekening closes under its saldo with the mutations of the reserves:
 *   Saldo van baten en lasten | Toevoegingen aan reserves | Onttrekkingen aan reserves | Geraamd resultaat
 * (or a "Mutaties reserves" row between them, itself the onttrekkingen less the toevoegingen). Such a
 * resultaat is the saldo plus or minus the mutations, never the sum of every row above it. Which way each
 * term counts (a saldo as baten - lasten or lasten - baten, toevoegingen printed positive or negative)
 * differs per workbook: the table's own columns decide it, and where they cannot, a difference is no fout.
 */

const SALDO =
  /^((geraamd|gerealiseerd|begroot)\s+)?(totaal\s+)?(saldo\b(?!.*\b(na|mutaties?|reserves?)\b)|resultaat\s+voor\s+bestemming)/;
const TOEVOEGING = /^(totaal\s+)?(toevoeging|dotatie)(en|s)?\b.*\breserves?\b/;
const ONTTREKKING = /^(totaal\s+)?onttrekking(en)?\b.*\breserves?\b/;
const MUTATIES =
  /^((saldo|totaal)\s+)?(van\s+)?(de\s+)?(mutaties?\b.*\breserves?\b|reservemutaties)/;
const RESULTAAT =
  /^((geraamd|gerealiseerd|begroot|verwacht|voorlopig)\s+)?(totaal\s+)?(resultaat\b(?!\s+voor\b)|saldo\s+na\s+(bestemming|mutaties|reserves?))/;

/** A relation of one row to groups of rows above it, each group added or subtracted as the table bears out. */
export interface SignedRelation {
  readonly row: GridRow;
  readonly groups: readonly (readonly GridRow[])[];
  /** True when the first group (a saldo) is always added. */
  readonly firstAdded: boolean;
}

/**
 * The relation row `at` closes: a resultaat under a saldo and reserve mutations, or a Mutaties reserves
 * row under toevoegingen and onttrekkingen; undefined for any other row.
 */
export function reserveRelationAt(
  rows: readonly GridRow[],
  at: number
): SignedRelation | undefined {
  const label = normalizeLabel(rows[at].label);
  const isResult = RESULTAAT.test(label);
  if (!isResult && !MUTATIES.test(label)) return undefined;
  const added: GridRow[] = [];
  const withdrawn: GridRow[] = [];
  const mutations: GridRow[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const above = normalizeLabel(rows[j].label);
    if (TOEVOEGING.test(above)) added.unshift(rows[j]);
    else if (ONTTREKKING.test(above)) withdrawn.unshift(rows[j]);
    else if (isResult && MUTATIES.test(above)) mutations.unshift(rows[j]);
    else if (
      isResult &&
      SALDO.test(above) &&
      added.length + withdrawn.length + mutations.length > 0
    ) {
      // A Mutaties row stands for the toevoegingen and onttrekkingen above it.
      const terms = mutations.length > 0 ? [mutations] : [added, withdrawn];
      const groups = [[rows[j]], ...terms.filter((g) => g.length > 0)];
      return { row: rows[at], groups, firstAdded: true };
    } else break;
  }
  if (isResult || added.length + withdrawn.length === 0) return undefined;
  const groups = [added, withdrawn].filter((g) => g.length > 0);
  return { row: rows[at], groups, firstAdded: false };
}

/**
 * Every way of adding or subtracting each group: 2^n sign vectors (all added first, the last group's sign
 * changing fastest), or 2^(n-1) with the first group always added (a resultaat counts its saldo as printed:
 * a balanced budget, resultaat 0, fits any vector negated).
 */
function signVectors(n: number, firstAdded: boolean): (1 | -1)[][] {
  const out: (1 | -1)[][] = [];
  for (let bits = 0; bits < 2 ** n; bits++) {
    const signs = Array.from({ length: n }, (_, g) => ((bits >> (n - 1 - g)) & 1 ? -1 : 1));
    if (!firstAdded || signs[0] === 1) out.push(signs);
  }
  return out;
}

/** Σ sign × group sum, or undefined when a term cannot be read. */
function signedSum(sums: readonly (Decimal | undefined)[], signs: readonly number[]) {
  let total = new Decimal(0);
  for (const [g, sum] of sums.entries()) {
    if (sum === undefined) return undefined;
    total = signs[g] === 1 ? total.plus(sum) : total.minus(sum);
  }
  return total;
}

/**
 * Checks a relation's row: in each column against the sign vector most columns bear out. Certain only when
 * that vector is borne out by at least half of the columns (one of two: a slip in the other) and the vectors
 * that fit as many columns agree on the checked one; `only` limits it to those columns (by index). Returns
 * how many cells it recomputed.
 */
export function checkSignedRelation(
  ctx: Comparing,
  grid: Grid,
  relation: SignedRelation,
  certain: boolean,
  only?: readonly number[]
): number {
  const { row, groups } = relation;
  const columns = row.cells
    .map((cell, c) => c)
    .filter((c) => readable(row, c) && (!only || only.includes(c)));
  // Each group's sum per column, added once: every sign vector combines the same sums.
  const sums = row.cells.map((_, c) => groups.map((g) => sumOf(g.map((r) => r.cells[c]))));
  const vectors = signVectors(groups.length, relation.firstAdded);
  const fits = vectors.map(
    (signs) =>
      columns.filter((c) => signedSum(sums[c], signs)?.equals(valueOf(row.cells[c])!)).length
  );
  const most = Math.max(...fits);
  const winners = vectors.filter((_, v) => fits[v] === most);
  const confirmed = most >= 1 && most * 2 >= columns.length;
  let checked = 0;
  for (const c of columns) {
    const expected = winners.map((signs) => signedSum(sums[c], signs));
    if (expected.some((e) => e === undefined)) continue;
    checked++;
    const cell = row.cells[c];
    const found = valueOf(cell)!;
    if (expected.some((e) => e!.equals(found))) continue;
    // Winners that disagree on this column: which way the table counts is not known here, and the
    // difference shown is the smallest one.
    const agreed = expected.every((e) => e!.equals(expected[0]!));
    const best = closest(expected as Decimal[], found);
    const signs = winners[best];
    const refs = (sign: number) =>
      groups.flatMap((g, i) => (signs[i] === sign ? g.map((r) => r.cells[c].ref) : []));
    ctx.compare({
      ref: cell.ref,
      found: cell.amount,
      expected: expected[best]!,
      what: `${grid.title}, ${row.label.trim()}, ${grid.headers[c]}`,
      cells: groups.flatMap((g) => g.map((r) => r.cells[c].ref)),
      terms: { plus: refs(1), minus: refs(-1) },
      grid,
      // Not ambiguous: like a Totaal, the closing row is the slip, and a resultaat under a Mutaties row found
      // wrong counts that row as it should be (one finding per slip).
      uncertain: !certain || !confirmed || !agreed,
    });
  }
  return checked;
}

/** A cell of the row worth recomputing: readable, and not left empty. */
function readable(row: GridRow, c: number): boolean {
  return valueOf(row.cells[c]) !== undefined && !isLeftEmpty(row.cells[c]);
}
