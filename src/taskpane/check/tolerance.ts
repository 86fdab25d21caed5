import { formatDutchNumber } from "../../calc";

/**
 * The tolerance: the largest difference, in units of the precision a figure is shown with, that is an
 * afrondingsverschil. A difference between two figures shown with the same precision is always a whole
 * number of units, so the tolerance is whole too; above 5 units a difference is no rounding any more.
 */
export const TOLERANCE = { min: 0, max: 5, default: 1 } as const;

/** Kept in the workbook (Excel) or per file name (standalone). */
export const TOLERANCE_SETTING = "berapControle.tolerantie";

export const TOLERANCE_HINT =
  "Hele eenheden van de getoonde precisie, 0 tot 5: 1 = € 1.000 in tabellen x € 1.000, € 1 in tabellen in hele euro's, 0,1%-punt bij een percentage met één decimaal. Een groter verschil is een fout.";

/** "Gecontroleerd met tolerantie 1: ..." above the results. */
export function toleranceUsed(units: number): string {
  if (units === 0) return "Gecontroleerd met tolerantie 0: elk verschil is een fout.";
  return `Gecontroleerd met tolerantie ${units}: een verschil tot en met € ${formatDutchNumber(units * 1000)} in tabellen x € 1.000 (${units} ${units === 1 ? "eenheid" : "eenheden"} van de getoonde precisie) is een afrondingsverschil.`;
}
