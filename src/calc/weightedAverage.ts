import { Decimal, DecimalInput } from "./decimal";
import { CalcError } from "./errors";

/**
 * The average of `values`, each counting as much as its weight: sum(weight x value) / sum(weight). How a
 * rate over several rows adds up (ziekteverzuim per programma, weighted by fte): never their sum.
 * Without weights, every value counts once (the plain mean).
 *
 * @example
 * weightedAverage([0.061, 0.04], [412.5, 25]); // 0,0598 (6,0%): (412,5 x 6,1% + 25 x 4,0%) / 437,5
 * weightedAverage([0.05, 0.07]);                // 0,06
 */
export function weightedAverage(
  values: readonly DecimalInput[],
  weights?: readonly DecimalInput[]
): Decimal {
  if (values.length === 0) throw new CalcError("Geen waarden om het gemiddelde van te nemen.");
  if (weights && weights.length !== values.length)
    throw new CalcError("Er zijn evenveel gewichten als waarden nodig.");
  let total = new Decimal(0);
  let weight = new Decimal(0);
  values.forEach((v, i) => {
    const w = new Decimal(weights ? weights[i] : 1);
    total = total.plus(w.times(v));
    weight = weight.plus(w);
  });
  if (weight.isZero()) throw new CalcError("De gewichten tellen op tot 0: geen gemiddelde.");
  return total.div(weight);
}
