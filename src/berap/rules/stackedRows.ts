import { Decimal } from "../../calc";
import { normalizeLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { valueOf } from "./helpers";
import { Comparing } from "./rule";

/*
 * A table stacked per programme: under each programme's heading a Lasten, a Baten and a Saldo row, and at the
 * bottom "Totaal lasten", "Totaal baten" and "Totaal saldo". Such a Saldo is the relation of the two rows of
 * its block, never their sum, and a "Totaal X" adds the rows labelled X, not every row above it.
 */

const LASTEN = /^(totaal\s+)?lasten\b/;
const BATEN = /^(totaal\s+)?baten\b/;
const SALDO = /^saldo\b/;

/** The rows `total` names ("Totaal lasten": the rows labelled "Lasten"), when at least two are; else undefined. */
export function rowsNamedBy(total: GridRow, rows: readonly GridRow[]): GridRow[] | undefined {
  const label = normalizeLabel(total.label);
  const named = label.replace(/^totaal\s+/, "");
  if (named === label || named === "") return undefined;
  const parts = rows.filter((r) => normalizeLabel(r.label) === named);
  return parts.length >= 2 ? parts : undefined;
}

/** The Lasten and Baten rows right above a Saldo row (in either order), or undefined when it closes no such pair. */
export function pairAbove(
  rows: readonly GridRow[],
  at: number
): { lasten: GridRow; baten: GridRow } | undefined {
  if (at < 2 || !SALDO.test(normalizeLabel(rows[at].label))) return undefined;
  const [a, b] = [rows[at - 2], rows[at - 1]];
  const [la, lb] = [normalizeLabel(a.label), normalizeLabel(b.label)];
  if (LASTEN.test(la) && BATEN.test(lb)) return { lasten: a, baten: b };
  if (BATEN.test(la) && LASTEN.test(lb)) return { lasten: b, baten: a };
  return undefined;
}

/**
 * How a table's Saldo rows read their pair: 1 for lasten - baten (the gemeentelijke bijdrage, as the domain
 * brief has it), -1 for baten - lasten; by the cells that bear either out, lasten - baten when none or as
 * many do. `confirmed` is false when no cell of the table bears the convention out.
 */
export function saldoConvention(grid: Grid): { sign: 1 | -1; confirmed: boolean } {
  let lastenMinusBaten = 0;
  let batenMinusLasten = 0;
  grid.rows.forEach((row, i) => {
    const pair = pairAbove(grid.rows, i);
    if (!pair) return;
    row.cells.forEach((cell, c) => {
      const [saldo, lasten, baten] = [cell, pair.lasten.cells[c], pair.baten.cells[c]].map(valueOf);
      if (saldo === undefined || lasten === undefined || baten === undefined) return;
      if (lasten.minus(baten).equals(saldo)) lastenMinusBaten++;
      if (baten.minus(lasten).equals(saldo)) batenMinusLasten++;
    });
  });
  const sign = batenMinusLasten > lastenMinusBaten ? -1 : 1;
  return { sign, confirmed: Math.max(lastenMinusBaten, batenMinusLasten) > 0 };
}

/** The saldo a pair gives in column `c` by the table's convention, or undefined when a term is unreadable. */
export function saldoOf(
  pair: { lasten: GridRow; baten: GridRow },
  c: number,
  sign: 1 | -1
): Decimal | undefined {
  const [lasten, baten] = [valueOf(pair.lasten.cells[c]), valueOf(pair.baten.cells[c])];
  if (lasten === undefined || baten === undefined) return undefined;
  return sign === 1 ? lasten.minus(baten) : baten.minus(lasten);
}

/** Checks a Saldo row against the Lasten and Baten rows above it; returns how many cells it recomputed. */
export function checkSaldo(
  ctx: Comparing,
  grid: Grid,
  row: GridRow,
  pair: { lasten: GridRow; baten: GridRow },
  convention: ReturnType<typeof saldoConvention>,
  certain: boolean
): number {
  let checked = 0;
  row.cells.forEach((cell, c) => {
    const found = valueOf(cell);
    const expected = saldoOf(pair, c, convention.sign);
    if (found === undefined || expected === undefined) return;
    if (cell.amount.kind === "nihil" && cell.amount.empty) return;
    checked++;
    if (expected.equals(found)) return;
    const [plus, minus] =
      convention.sign === 1 ? [pair.lasten, pair.baten] : [pair.baten, pair.lasten];
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
