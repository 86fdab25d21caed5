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

/**
 * True when two Decimals are the same number, exactly as `a.equals(b)`, without the copy of `b` that
 * decimal.js's comparison makes first. A check asks this of nearly every figure. It reads the Decimals'
 * documented fields (sign `s`, exponent `e`, digits `d`, normalised: no leading zero word), and leaves
 * zeros, NaN and infinities to decimal.js.
 *
 * @example
 * sameDecimal(new Decimal(1413), new Decimal("1413.0")); // true
 * sameDecimal(new Decimal(0.1).plus(0.2), new Decimal(0.3)); // true
 * sameDecimal(new Decimal(307), new Decimal(-307)); // false
 */
export function sameDecimal(a: Decimal, b: Decimal): boolean {
  const x = a.d;
  const y = b.d;
  if (!x || !y || x[0] === 0 || y[0] === 0) return a.equals(b);
  if (a.s !== b.s || a.e !== b.e) return false;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false;
  // Digits beyond the shorter one can only be trailing zeros for the numbers to be equal.
  for (let i = n; i < x.length; i++) if (x[i] !== 0) return false;
  for (let i = n; i < y.length; i++) if (y[i] !== 0) return false;
  return true;
}
