import {
  Decimal,
  formatDutchNumber,
  formatDutchPercentage,
  roundingBand,
  shareByKey,
} from "../../calc";
import { cellAddress } from "../model/workbook";
import { AmountCell, Grid, GridRow } from "../tables/types";
import { valueOf } from "./helpers";
import { RuleContext } from "./rule";

/*
 * The verdeelsleutel of a verdeling-percentage table, read as fractions, and what a share must be by it:
 * the key half of that rule (verdeling-percentage.ts), apart so each file stays one concern.
 */
/** A key as a fraction (12,57% is 0,1257) and the decimals it is printed with, as a fraction. */
export interface Key {
  readonly row: GridRow;
  readonly cell: AmountCell;
  readonly value: Decimal;
  readonly decimals: number;
  /** 100 for a key typed in percents ("11,57" under "%"): the cell shows value x scale. */
  readonly scale: number;
  /** For a key of counts (jeugdigen, leerlingen): the count column's Totaal, the count is value x scale. */
  readonly of?: Decimal;
}

/** The keys of the rows, and the key column's Totaal read the same way. */
export interface KeyColumn {
  readonly keys: Key[];
  readonly total?: Key;
}

/** A column of amounts distributed by the key: its Totaal, what is distributed, and each row's share. */
export interface Column {
  readonly header: string;
  readonly total: AmountCell;
  /** The Totaal less the amounts of rows without a key (a fixed part): what the key distributes. */
  readonly base: Decimal;
  readonly fixed: Decimal;
  readonly shares: readonly (AmountCell | undefined)[];
}

export const HUNDRED = new Decimal(100);
export const ONE = new Decimal(1);

/**
 * The keys of the rows that have one, as fractions. Percent cells are fractions already; a key column of
 * plain numbers adding up to about 100 ("11,57" under "%") is in percents. Undefined, after saying so, when the
 * column is neither.
 */
export function readKeys(
  ctx: RuleContext,
  grid: Grid,
  keyCol: number,
  body: readonly GridRow[],
  total: GridRow
): KeyColumn | undefined {
  const keys: Key[] = [];
  for (const row of body) {
    const cell = row.cells[keyCol];
    if (!cell || cell.amount.kind === "nihil") continue;
    if (cell.amount.kind !== "getal") {
      report(ctx, grid, cell, "info", "nietGecontroleerd", {
        wat: `${grid.title}, ${row.label}`,
        cel: cellName(cell),
      });
      continue;
    }
    keys.push({ row, cell, value: cell.amount.value, decimals: cell.amount.decimals, scale: 1 });
  }
  if (keys.length === 0) return undefined;
  // A key column adds up to 100% (within a slip's reach, when its Totaal says 100%): percentages that do not
  // (growth per municipality) are no key.
  const sum = keys.reduce((s, k) => s.plus(k.value), new Decimal(0));
  const totalCell = total.cells[keyCol];
  const printed = valueOf(totalCell);
  const read = (scale: number): KeyColumn => {
    const scaled = (k: Key): Key =>
      scale === 1 ? k : { ...k, value: k.value.div(scale), decimals: k.decimals + 2, scale };
    const at =
      totalCell?.amount.kind === "getal" && printed
        ? {
            row: total,
            cell: totalCell,
            value: printed,
            decimals: totalCell.amount.decimals,
            scale: 1,
          }
        : undefined;
    return { keys: keys.map(scaled), total: at && scaled(at) };
  };
  const isWhole = (whole: Decimal) =>
    sum.minus(whole).abs().lte(whole.times(0.02)) ||
    (printed !== undefined && printed.equals(whole));
  const percent = keys.map((k) => k.cell.amount.kind === "getal" && k.cell.amount.percent);
  if (percent.every(Boolean) && isWhole(ONE)) return read(1);
  if (!percent.some(Boolean)) {
    if (isWhole(HUNDRED)) return read(100);
    if (isWhole(ONE)) return read(1);
    // A key of counts ("Verdeelsleutel (aantal jeugdigen)") whose Totaal is their sum: each row's share is
    // its count over that Totaal, exactly (the fraction is not rounded, so no rounding band of its own).
    if (printed && printed.equals(sum) && keys.every((k) => k.value.isInteger()))
      return countKeys(keys, total, totalCell!, sum);
  }
  report(ctx, grid, keys[0].cell, "info", "sleutelOnduidelijk", {
    tabel: grid.title,
    som: percent.every(Boolean) ? formatDutchPercentage(sum, 2) : formatDutchNumber(sum, 2),
  });
  return undefined;
}

/** Counts as keys: count / Totaal each, exact to the engine's 10 decimals. */
export function countKeys(
  keys: readonly Key[],
  total: GridRow,
  totalCell: AmountCell,
  sum: Decimal
) {
  const scale = sum.toNumber();
  const asKey = (k: Key): Key => ({ ...k, value: k.value.div(sum), decimals: 10, scale, of: sum });
  return {
    keys: keys.map(asKey),
    total: { row: total, cell: totalCell, value: ONE, decimals: 10, scale, of: sum },
  };
}

/** A key as the controller reads it: "12,97%", or for counts "2.500 op 10.000". */
export function keyText(key: Key): string {
  return key.of
    ? `${formatDutchNumber(key.value.times(key.of))} op ${formatDutchNumber(key.of)}`
    : formatDutchPercentage(key.value, Math.max(0, key.decimals - 2));
}

/**
 * True when a share fits its key as printed (within the key's rounding), give or take `slack` units of its
 * last digit (the tolerance; a share made sluitend, by largest remainder, may be one unit beyond); a missing
 * share is not judged.
 */
export function fits(
  share: AmountCell | undefined,
  base: Decimal,
  key: Decimal,
  keyDecimals: number,
  slack = 0
) {
  const value = valueOf(share);
  if (!share || value === undefined) return true;
  const decimals = decimalsOf(share);
  const { min, max } = shareByKey(base, key, { keyDecimals: Math.min(keyDecimals, 10), decimals });
  const give = roundingBand(2 * slack, decimals);
  return value.gte(min.minus(give)) && value.lte(max.plus(give));
}

export const decimalsOf = (cell: AmountCell | undefined) =>
  cell?.amount.kind === "getal" ? Math.min(cell.amount.decimals, 10) : 0;

export function report(
  ctx: RuleContext,
  grid: Grid,
  cell: AmountCell | undefined,
  ernst: "fout" | "waarschuwing" | "info",
  messageId: string,
  data: Record<string, string>,
  figures: { verwacht?: number; gevonden?: number } = {}
): void {
  ctx.report({ ref: cell?.ref, sheet: grid.sheet, ernst, messageId, data, grid, ...figures });
}

export const cellName = (cell: AmountCell) => cellAddress(cell.ref.row, cell.ref.col);
