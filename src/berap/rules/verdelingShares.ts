import { CalcError, Decimal, distribute, formatDutchNumber, gemeenten } from "../../calc";
import { AmountCell, Grid, GridRow } from "../tables/types";
import { check, valueOf } from "./helpers";
import { Rule, RuleContext } from "./rule";
import { isFout, oneShareOff } from "./verdelingAmountOff";
import { borneOut, Outcome, outcomeOf, Reading } from "./verdelingReadings";
import {
  bodyOf,
  builtInKey,
  Keyed,
  municipality,
  notChecked,
  reportUnknown,
} from "./verdelingRows";

/*
 * The shares of a distribution over the municipalities, for the rule verdeling-gemeenten: every listed
 * municipality's share checked under the reading of the key the table bears out, and the slips in the key
 * itself. The rows and sums are in verdelingRows.ts, the readings in verdelingReadings.ts.
 */

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
    let column = chosen.expected.get(c);
    if (!column) continue;
    const off = oneShareOff(ctx, rule, keyed, fixed, total, chosen, c);
    if (off) {
      // The Totaal adds up a slipped share: it is a slip of its own, and the shares follow their amount.
      column = { method: column.method, shares: off.shares };
      check(ctx, total.cells[c], off.total, `${grid.title}, ${total.label}, ${grid.headers[c]}`, {
        cells: keyed.map((k) => k.row.cells[c]),
        grid,
      });
      corrections.set(total.cells[c], off.total);
    }
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
