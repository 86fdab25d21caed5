import { Decimal, DecimalInput } from "./decimal";
import { CalcError } from "./errors";

export type WeerstandOordeel = "onder bandbreedte" | "binnen bandbreedte" | "boven bandbreedte";

/** SamenTwente's own norm: a ratio weerstandsvermogen from 0,8 up to and including 1,0. */
export const BANDBREEDTE_SAMENTWENTE = { ondergrens: 0.8, bovengrens: 1.0 } as const;

/**
 * Places a ratio against a band whose bounds count as inside.
 *
 * @example
 * weerstandOordeel(0.8);  // "binnen bandbreedte"
 * weerstandOordeel(1.1);  // "boven bandbreedte"
 * weerstandOordeel(0.75); // "onder bandbreedte"
 */
export function weerstandOordeel(
  ratio: DecimalInput,
  ondergrens: DecimalInput = BANDBREEDTE_SAMENTWENTE.ondergrens,
  bovengrens: DecimalInput = BANDBREEDTE_SAMENTWENTE.bovengrens
): WeerstandOordeel {
  const low = new Decimal(ondergrens);
  const high = new Decimal(bovengrens);
  if (low.gt(high)) {
    throw new CalcError(
      `De ondergrens (${low.toString()}) ligt boven de bovengrens (${high.toString()}).`
    );
  }
  const r = new Decimal(ratio);
  if (r.lt(low)) return "onder bandbreedte";
  if (r.gt(high)) return "boven bandbreedte";
  return "binnen bandbreedte";
}
