import { ColumnRole, defineKind } from "./kind";

const PERIOD = /\bt m\b|\bverzuim\w* .*\b20\d\d\b/;
/** A bare year ("2023", typed as a number or as text) names a period only under "Verzuimduur". */
const YEAR = /^(19|20)\d\d$/;

const periods: ColumnRole[] = [1, 2, 3, 4].flatMap((n) => [
  { role: `periode${n}`, words: PERIOD },
  { role: `periode${n}`, words: YEAR, withLabel: true },
]);

/**
 * Sickness absence: percentages per duration class, one column per period ("t/m aug 2025", "2025"). The
 * table names itself ("Ziekteverzuim" above it, "Verzuimduur" over its labels, "Ziekteverzuim t/m aug 2023"
 * over a column): "t/m aug" alone heads a realisatie column too ("Realisatie t/m aug").
 */
export const ziekteverzuim = defineKind({
  id: "ziekteverzuim",
  title: "Ziekteverzuim",
  roles: periods,
  required: ["periode1"],
  // "Ziekteverzuim per programma" heads the labels of a table of rates per programme, not a period column.
  labelWords: /^verzuimduur|^verzuim|^ziekteverzuim per\b/,
  tableWords: /verzuim/,
  genericTotals: true,
});
