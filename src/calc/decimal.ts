import DecimalJs from "decimal.js";

/**
 * The one Decimal constructor of the project.
 *
 * A private clone, so no other code (or library) can change its settings: 40 significant digits is far more
 * than any Berap figure needs, and ROUND_HALF_UP in decimal.js rounds a tie away from zero, exactly like
 * Excel's ROUND (2,5 -> 3; -2,5 -> -3).
 *
 * @example
 * new Decimal("0.1").plus("0.2").toString(); // "0.3", where 0.1 + 0.2 in floats is 0.30000000000000004
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -21,
  toExpPos: 21,
});
// A value and a type of the same name, as decimal.js itself exports them.
// eslint-disable-next-line no-redeclare
export type Decimal = InstanceType<typeof Decimal>;

/** What the calc functions accept as a number: a Decimal, a JavaScript number or a plain decimal string. */
export type DecimalInput = Decimal | number | string;

/** Sums any number of values exactly. `sum([0.1, 0.2])` is exactly 0,3. */
export function sum(values: readonly DecimalInput[]): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}
