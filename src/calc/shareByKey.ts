import { Decimal, DecimalInput } from "./decimal";
import { CalcError } from "./errors";
import { assertDecimals, round } from "./round";

/** A share computed from a printed key, and the range of shares that key allows. */
export interface ShareByKey {
  /** amount x key, rounded half up to the share's decimals. */
  readonly share: Decimal;
  /** The smallest and largest share a key within half a unit of the printed one gives, rounded the same way. */
  readonly min: Decimal;
  readonly max: Decimal;
}

const HALF = new Decimal(0.5);

/**
 * The largest difference `count` figures, each rounded half up to `decimals` on its own, can add up to:
 * half a unit of the last digit each.
 *
 * @example
 * roundingBand(14, 0); // 7: fourteen shares in whole euros
 * roundingBand(14, 4); // 0,0007: fourteen keys shown as 11,57% (0,1157)
 */
export function roundingBand(count: number, decimals: number): Decimal {
  assertDecimals(decimals);
  return HALF.times(new Decimal(10).pow(-decimals)).times(count);
}

/**
 * The share of `amount` a key printed as a fraction gives (11,57% is 0,1157), and the range of shares the
 * printed key allows. A key shown with `keyDecimals` decimals stands for any key within half a unit of its
 * last digit (a key of 83.087 / 640.787 inwoners is printed as 12,97%), so a share made from the unrounded
 * key can differ from amount x printed key by up to that half unit of the amount.
 *
 * @example
 * // 250.000 over Hengelo's 12,97%: 32.425; any share from 32.413 (12,965%) to 32.438 (12,975%) fits.
 * shareByKey(250000, 0.1297, { keyDecimals: 4 }); // { share: 32425, min: 32413, max: 32438 }
 * // By inwoners, 250.000 x 83.087 / 640.787 = 32.416,3: it fits the printed key.
 */
export function shareByKey(
  amount: DecimalInput,
  key: DecimalInput,
  options: { keyDecimals: number; decimals?: number }
): ShareByKey {
  const { keyDecimals, decimals = 0 } = options;
  assertDecimals(keyDecimals);
  assertDecimals(decimals);
  const a = new Decimal(amount);
  const k = new Decimal(key);
  const half = roundingBand(1, keyDecimals);
  const low = round(a.times(k.minus(half)), decimals);
  const high = round(a.times(k.plus(half)), decimals);
  return {
    share: round(a.times(k), decimals),
    min: Decimal.min(low, high),
    max: Decimal.max(low, high),
  };
}

/**
 * The key a share shows: share / amount, rounded half up to `keyDecimals` (the precision the key is printed
 * with), for the key a table's share was made with.
 *
 * @example
 * keyOfShare(28935, 250000, 4); // 0,1157: 11,57%
 */
export function keyOfShare(
  share: DecimalInput,
  amount: DecimalInput,
  keyDecimals: number
): Decimal {
  assertDecimals(keyDecimals);
  const a = new Decimal(amount);
  if (a.isZero())
    throw new CalcError("Een aandeel van een bedrag van 0 geeft geen verdeelsleutel.");
  return round(new Decimal(share).div(a), keyDecimals);
}
