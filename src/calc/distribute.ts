import { Decimal, DecimalInput } from "./decimal";
import { CalcError } from "./errors";
import { assertDecimals } from "./round";
import {
  divideRounded,
  fromUnits,
  powerOfTen,
  toScaledInteger,
  unitsToNumber,
} from "./scaledInteger";

/**
 * How the shares of a distribution are rounded.
 *
 * - `sluitend` (closing): largest-remainder rounding. The shares add up exactly to the amount rounded to the
 *   chosen decimals; the units left after rounding every share down go to the largest remainders (ties: the
 *   larger key, then the earlier row). This is what a controller books.
 * - `per_regel` (per row): every share rounded on its own, half away from zero. This is how SamenTwente's
 *   published tables were made; their column need not add up to the total.
 */
export type DistributionMethod = "sluitend" | "per_regel";

export const DISTRIBUTION_METHODS: readonly DistributionMethod[] = ["sluitend", "per_regel"];

export interface DistributionOptions {
  /** Decimals of every share; 0 gives whole euros, -3 thousands. Default 0. */
  decimals?: number;
  /** Default `sluitend`. */
  method?: DistributionMethod;
}

/** The shares as whole counts of 10^-decimals, the exact form everything else is derived from. */
export interface DistributionUnits {
  readonly units: bigint[];
  readonly decimals: number;
}

/**
 * Splits `amount` naar rato of `keys`, exactly.
 *
 * @example
 * // AB 12 November 2025, frictiekosten: Almelo has 74.164 of 640.787 inhabitants.
 * distribute(665000, inwoners2025, { method: "per_regel" })[0]; // 76966 (665.000 x 74.164 / 640.787 = 76.966,48...)
 * distribute(100, [1, 1, 1]);                                  // [34, 33, 33]: adds up to 100
 * distribute(100, [1, 1, 1], { method: "per_regel" });         // [33, 33, 33]: adds up to 99
 * distribute(-100, [1, 1, 1]);                                 // [-34, -33, -33]: the mirror image
 */
export function distribute(
  amount: DecimalInput,
  keys: readonly DecimalInput[],
  options: DistributionOptions = {}
): Decimal[] {
  const { units, decimals } = distributeUnits(amount, keys, options);
  return units.map((u) => fromUnits(u, decimals));
}

/** As {@link distribute}, as JavaScript numbers for Excel (each the double nearest the exact decimal share). */
export function distributeToNumbers(
  amount: DecimalInput,
  keys: readonly DecimalInput[],
  options: DistributionOptions = {}
): number[] {
  const { units, decimals } = distributeUnits(amount, keys, options);
  return units.map((u) => unitsToNumber(u, decimals));
}

/** As {@link distribute}, in units of 10^-decimals. */
export function distributeUnits(
  amount: DecimalInput,
  keys: readonly DecimalInput[],
  options: DistributionOptions = {}
): DistributionUnits {
  const decimals = options.decimals ?? 0;
  const method = options.method ?? "sluitend";
  assertDecimals(decimals);
  if (!DISTRIBUTION_METHODS.includes(method)) {
    throw new CalcError(`Onbekende methode '${String(method)}': kies "sluitend" of "per_regel".`);
  }
  if (keys.length === 0) throw new CalcError("De verdeelsleutel is leeg.");

  const scaledKeys = keys.map((key, i) => {
    const scaled = toScaledInteger(key);
    if (scaled.digits < 0n)
      throw new CalcError(`Rij ${i + 1} van de verdeelsleutel is negatief (${String(key)}).`);
    return scaled;
  });
  // A loop, not Math.max(...keys): a whole-column key (1.048.576 rows) would overflow the call stack.
  let keyScale = 0;
  for (const k of scaledKeys) if (k.scale > keyScale) keyScale = k.scale;
  const weights = scaledKeys.map((k) => k.digits * powerOfTen(keyScale - k.scale));
  let weightTotal = 0n;
  for (const w of weights) weightTotal += w;
  if (weightTotal === 0n)
    throw new CalcError(
      "De verdeelsleutel telt op tot 0: er is niets om naar rato van te verdelen."
    );

  // The exact share of row i, in units, is numerator_i / denominator with
  //   numerator_i = |amount digits| x weight_i x 10^max(decimals, 0)
  //   denominator = 10^amount scale x weight total x 10^max(-decimals, 0)
  const scaledAmount = toScaledInteger(amount);
  const negative = scaledAmount.digits < 0n;
  const magnitude = negative ? -scaledAmount.digits : scaledAmount.digits;
  const up = powerOfTen(Math.max(decimals, 0));
  const down = powerOfTen(scaledAmount.scale) * powerOfTen(Math.max(-decimals, 0));
  const denominator = down * weightTotal;
  const factor = magnitude * up;

  const units =
    method === "per_regel"
      ? weights.map((w) => divideRounded(factor * w, denominator))
      : largestRemainder(factor, weights, denominator, divideRounded(factor, down));
  if (negative) for (let i = 0; i < units.length; i++) units[i] = -units[i];
  return { units, decimals };
}

/** Rounds every share down, then hands the units still missing to the largest remainders. */
function largestRemainder(
  factor: bigint,
  weights: bigint[],
  denominator: bigint,
  target: bigint
): bigint[] {
  const n = weights.length;
  const units = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let assigned = 0n;
  for (let i = 0; i < n; i++) {
    const numerator = factor * weights[i];
    units[i] = numerator / denominator;
    remainders[i] = numerator % denominator;
    assigned += units[i];
  }
  // At most n units are missing: every row lost less than one unit to rounding down.
  const missing = Number(target - assigned);
  if (missing <= 0) return units;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) =>
      compareBigInt(remainders[b], remainders[a]) || compareBigInt(weights[b], weights[a]) || a - b
  );
  for (let k = 0; k < missing; k++) units[order[k]] += 1n;
  return units;
}

function compareBigInt(a: bigint, b: bigint): number {
  return a > b ? 1 : a < b ? -1 : 0;
}
