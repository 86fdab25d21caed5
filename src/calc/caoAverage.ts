import { Decimal } from "./decimal";
import { CaoStep, sortCaoSteps, yearFraction } from "./caoSteps";

/**
 * The 12-month average wage increase of a year with staged raises: every raise weighted by the part of the
 * year it counts in. Simple by default (the raises add up), as the Berap reports it; `compound` stacks each
 * raise on the wages already raised.
 *
 * @example
 * // Cao 2025: 2% per 1 April, 1,85% per 1 October.
 * caoAverage(cao2025);                       // 0,02 x 9/12 + 0,0185 x 3/12 = 0,019625 (reported as 1,96%)
 * caoAverage(cao2025, { compound: true });   // 0,02 x 9/12 + (1,02 x 1,0185 - 1,02) x 3/12 = 0,0197175
 */
export function caoAverage(
  steps: readonly CaoStep[],
  options: { compound?: boolean } = {}
): Decimal {
  let level = new Decimal(1);
  let average = new Decimal(0);
  for (const step of sortCaoSteps(steps)) {
    const rate = new Decimal(step.rate);
    const increase = options.compound ? level.times(rate) : rate;
    level = level.plus(increase);
    average = average.plus(increase.times(yearFraction(step.date)));
  }
  return average;
}
