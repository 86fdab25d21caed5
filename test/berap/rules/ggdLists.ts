import { TestCell } from "../../support/ruleTester";

/**
 * The lists of one programme that the matrix and doorwerking tests build their tables from, rows 6-8 of
 * `programmeSheet` (Totaal 346 and -250). By hand: R: I 50; P: M 83; G: I 213 - 105 = 108, S -145.
 * Totals: I 158, M 83, S -145, all 96. Per soort: I voordelig 263, nadelig -105; M 83; S -145.
 */
export const pos: TestCell[][] = [
  ["I", "Vaccineren (R)", 50],
  ["M", "Projecten (P)", 83],
  ["I", "Formatie (G)", 213],
];
export const neg: TestCell[][] = [
  ["S", "Huisvesting (G)", -145],
  ["I", "Verlofsparen (G)", -105],
];
