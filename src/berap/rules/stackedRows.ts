import { Decimal } from "../../calc";
import { normalizeLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { closest, isLeftEmpty, valueOf } from "./helpers";
import { Comparing } from "./rule";

/*
 * A table stacked per programme: under each programme's heading a Lasten, a Baten and a Saldo row, and at the
 * bottom "Totaal lasten", "Totaal baten" and "Totaal saldo". Such a Saldo (or "Gemeentelijke bijdrage", as a
 * technische begrotingswijziging prints it) is the relation of the two rows of its block, never their sum,
 * and a "Totaal X" adds the rows labelled X, not every row above it.
 */

const LASTEN = /^(totaal\s+)?lasten\b/;
const BATEN = /^(totaal\s+)?baten\b/;
// The saldo of a block, also as the gemeentelijke bijdrage it is (a technische begrotingswijziging).
const SALDO =
  /^((geraamd|gerealiseerd|begroot)\s+(totaal\s+)?)?(saldo|gemeentelijke bijdragen?|bijdragen? (van )?(de )?gemeenten|netto lasten)\b/;

/** The rows `total` names ("Totaal lasten": the rows labelled "Lasten"), when at least two are; else undefined. */
export function rowsNamedBy(total: GridRow, rows: readonly GridRow[]): GridRow[] | undefined {
  const label = normalizeLabel(total.label);
  const named = label.replace(/^totaal\s+/, "");
  if (named === label || named === "") return undefined;
  const parts = rows.filter((r) => normalizeLabel(r.label) === named);
  return parts.length >= 2 ? parts : undefined;
}

/** The Lasten and Baten rows right above a Saldo row (in either order), or undefined when it closes no such pair. */
function pairAbove(rows: readonly GridRow[], at: number): SaldoPair | undefined {
  if (at < 2 || !SALDO.test(normalizeLabel(rows[at].label))) return undefined;
  const [a, b] = [rows[at - 2], rows[at - 1]];
  const [la, lb] = [normalizeLabel(a.label), normalizeLabel(b.label)];
  if (LASTEN.test(la) && BATEN.test(lb)) return { lasten: a, baten: b };
  if (BATEN.test(la) && LASTEN.test(lb)) return { lasten: b, baten: a };
  return undefined;
}

/** A Saldo row's Lasten and Baten rows. */
export interface SaldoPair {
  readonly lasten: GridRow;
  readonly baten: GridRow;
}

/**
 * A table's Saldo rows, by their index among its rows, each with its pair, and how they read it: `sign` 1
 * for lasten - baten (the gemeentelijke bijdrage, as the domain brief has it), -1 for baten - lasten; by the
 * cells that bear either out, lasten - baten when none or as many do. `confirmed` is false when no cell of
 * the table bears the convention out.
 */
export function saldoRows(grid: Grid): {
  pairs: Map<number, SaldoPair>;
  convention: { sign: 1 | -1; confirmed: boolean };
} {
  const pairs = new Map<number, SaldoPair>();
  let lastenMinusBaten = 0;
  let batenMinusLasten = 0;
  grid.rows.forEach((row, i) => {
    const pair = pairAbove(grid.rows, i);
    if (!pair) return;
    pairs.set(i, pair);
    row.cells.forEach((cell, c) => {
      const [saldo, lasten, baten] = [cell, pair.lasten.cells[c], pair.baten.cells[c]].map(valueOf);
      if (saldo === undefined || lasten === undefined || baten === undefined) return;
      // Only a cell that fits one way bears it out (a saldo 0 of equal lasten and baten fits both).
      const [one, other] = [lasten.minus(baten).equals(saldo), baten.minus(lasten).equals(saldo)];
      if (one && !other) lastenMinusBaten++;
      if (other && !one) batenMinusLasten++;
    });
  });
  const sign = batenMinusLasten > lastenMinusBaten ? -1 : 1;
  return {
    pairs,
    convention: { sign, confirmed: Math.max(lastenMinusBaten, batenMinusLasten) > 0 },
  };
}

/** The saldo a pair gives in column `c` by the table's convention, or undefined when a term is unreadable. */
export function saldoOf(pair: SaldoPair, c: number, sign: 1 | -1): Decimal | undefined {
  const [lasten, baten] = [valueOf(pair.lasten.cells[c]), valueOf(pair.baten.cells[c])];
  if (lasten === undefined || baten === undefined) return undefined;
  return sign === 1 ? lasten.minus(baten) : baten.minus(lasten);
}

/** Checks a Saldo row against the Lasten and Baten rows above it; returns how many cells it recomputed. */
export function checkSaldo(
  ctx: Comparing,
  grid: Grid,
  row: GridRow,
  pair: SaldoPair,
  convention: ReturnType<typeof saldoRows>["convention"],
  certain: boolean
): number {
  let checked = 0;
  row.cells.forEach((cell, c) => {
    const found = valueOf(cell);
    let sign = convention.sign;
    let expected = saldoOf(pair, c, sign);
    if (found === undefined || expected === undefined) return;
    if (isLeftEmpty(cell)) return;
    checked++;
    if (expected.equals(found)) return;
    // No cell bore the way round out: the difference shown is the smaller of the two ways.
    if (!convention.confirmed && closest([expected, expected.negated()], found) === 1) {
      sign = -sign as 1 | -1;
      expected = expected.negated();
    }
    const [plus, minus] = sign === 1 ? [pair.lasten, pair.baten] : [pair.baten, pair.lasten];
    ctx.compare({
      ref: cell.ref,
      found: cell.amount,
      expected,
      what: `${grid.title}, ${row.label.trim()}, ${grid.headers[c]}`,
      cells: [plus.cells[c].ref, minus.cells[c].ref],
      terms: { plus: [plus.cells[c].ref], minus: [minus.cells[c].ref] },
      grid,
      // One relation of two cells: which of the three is the slip, a Totaal across the rows says.
      ambiguous: true,
      // Which way the table subtracts, no cell of it bore out: a difference is then no fout.
      uncertain: !certain || !convention.confirmed,
    });
  });
  return checked;
}
