import { programmeSheet, TestCell, workbook } from "../../support/ruleTester";

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

/**
 * GGD Twente-like lists for the result lines, rows 6-7 of `programmeSheet` (Totaal on row 8): 174 + 92 = 266
 * positive, -145 - 44 = -189 negative, bedrijfsresultaat 266 - 189 = 77.
 */
export const ggdPositief: TestCell[][] = [
  ["I", "Forensische Geneeskunde (G)", 174],
  ["M", "Seksuele Gezondheid (G)", 92],
];
export const ggdNegatief: TestCell[][] = [
  ["S", "Huisvesting JGZ (G)", -145],
  ["I", "Kosten voormalig personeel (G)", -44],
];

/** The result lines under those lists: bedrijfsresultaat on row 10, the cao line on 11, the last on 12. */
export const resultLines = (
  result: TestCell,
  cao: [string, TestCell],
  jaar: TestCell
): [string, TestCell][] => [
  ["Verwacht bedrijfsresultaat", result],
  cao,
  ["Verwacht jaarrekeningresultaat", jaar],
];

/**
 * GGD Twente: lists on rows 6-8, Verwacht bedrijfsresultaat 96 on row 11; the matrix header on row 14,
 * R 15, P 16, G 17, then `extra` rows, then the bottom row. By hand from the lists: R: I 50; P: M 83;
 * G: I 213 - 105 = 108, S -145, totaal -37; bottom I 158, M 83, S -145, totaal 96.
 */
export function ggdWithMatrix(g: TestCell[], extra: TestCell[][]) {
  const s = programmeSheet(
    "GGD Twente",
    pos,
    neg,
    [346, -250],
    [["Verwacht bedrijfsresultaat", 96]]
  );
  const matrix: TestCell[][] = [
    [],
    ["Resultaat per financiering"],
    [, "Incidenteel (I)", "Meerjarig (M)", "Structureel (S)", "Totaal"],
    ["R Rijksbijdrage", 50, "-", "-", 50],
    ["P Projecten", "-", 83, "-", 83],
    ["G Gemeentelijke bijdrage", ...g],
    ...extra,
    ["Verwacht bedrijfsresultaat", 158, 83, -145, 96],
  ];
  return workbook({ ...s, rows: [...s.rows, ...matrix] });
}
