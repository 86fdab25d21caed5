import { columnName } from "../../berap/model/workbook";

/**
 * A shared formula as it reads in a cell `rows` down and `cols` right of the cell that holds its text: every
 * relative reference moves, `$`-fixed parts stay. Text in quotes and sheet names are left alone; names that
 * merely look like references (LOG10, ATAN2) are not references when a "(" follows.
 */
const REFERENCE =
  /("[^"]*"|'[^']*'!?)|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(REFERENCE, (match, quoted, colFixed, col, rowFixed, row) => {
    if (quoted !== undefined) return match;
    const c = colFixed ? columnNumber(col) : columnNumber(col) + cols;
    const r = rowFixed ? Number(row) : Number(row) + rows;
    if (c < 1 || r < 1) return "#REF!";
    return `${colFixed}${columnName(c)}${rowFixed}${r}`;
  });
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
