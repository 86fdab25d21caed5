import { Decimal } from "./decimal";
import { CaoStep, sortCaoSteps } from "./caoSteps";

/**
 * The level the raises reach at year end, compounded: what carries into next year's budget (the
 * *structurele doorwerking*).
 *
 * @example
 * caoStructural(cao2025); // 1,02 x 1,0185 - 1 = 0,03887
 */
export function caoStructural(steps: readonly CaoStep[]): Decimal {
  let level = new Decimal(1);
  for (const step of sortCaoSteps(steps)) level = level.times(new Decimal(step.rate).plus(1));
  return level.minus(1);
}
