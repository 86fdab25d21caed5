import { Decimal, DecimalInput } from "./decimal";

/**
 * The *cao-ontwikkeling*: what the budgeted wage increase (the looncompensatie) leaves over once the actual
 * increase and the extra werkgeverslasten are paid. Positive is an *overschot*, negative a *tekort*.
 *
 * @example
 * // 2e Berap 2025: budgeted 5,3%, actual 1,96% plus about 0,6% werkgeverslasten on a wage base of 1.000.000.
 * caoSurplus(1000000, 0.053, 0.0196, 0.006); // 1.000.000 x (0,053 - 0,0256) = 27.400
 */
export function caoSurplus(
  wageBase: DecimalInput,
  budgetedIncrease: DecimalInput,
  actualIncrease: DecimalInput,
  employerCharges: DecimalInput = 0
): Decimal {
  const actualCost = new Decimal(actualIncrease).plus(employerCharges);
  return new Decimal(wageBase).times(new Decimal(budgetedIncrease).minus(actualCost));
}
