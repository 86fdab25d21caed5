import { Decimal, DecimalInput } from "./decimal";
import { CalcError } from "./errors";

/**
 * Rounds like Excel's ROUND: half away from zero, to `decimals` places. Negative `decimals` round to tens,
 * hundreds, thousands (as for tables in EUR x 1.000).
 *
 * @example
 * round(76966.4, 0);   // 76966
 * round(2.5, 0);       // 3
 * round(-2.5, 0);      // -3
 * round(188500, -3);   // 189000
 */
export function round(value: DecimalInput, decimals = 0): Decimal {
  assertDecimals(decimals);
  const d = value instanceof Decimal ? value : new Decimal(value);
  if (decimals >= 0) return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return d.toNearest(new Decimal(10).pow(-decimals), Decimal.ROUND_HALF_UP);
}

/** The range of decimals the project supports: Excel itself stops at 15 significant digits. */
export const MIN_DECIMALS = -9;
export const MAX_DECIMALS = 10;

export function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < MIN_DECIMALS || decimals > MAX_DECIMALS) {
    throw new CalcError(
      `Het aantal decimalen moet een geheel getal van ${MIN_DECIMALS} tot en met ${MAX_DECIMALS} zijn, niet ${decimals}.`
    );
  }
}
