import { CalcError, CaoStep } from "../calc";
import { Cell, excelDate, isBlankRow, requireNumber, toRows } from "./coerce";

/**
 * Reads a `stijgingen` range: two columns, ingangsdatum (an Excel date) and percentage (a fraction: 2% is
 * 0,02). Empty rows are skipped, so a controller may select a few rows more than needed.
 */
export function readStijgingen(range: Cell, argument: string): CaoStep[] {
  const rows = toRows(range);
  if (rows.some((r) => r.length !== 2)) {
    throw new CalcError(`${argument}: verwacht twee kolommen (ingangsdatum en percentage).`);
  }
  const steps: CaoStep[] = [];
  rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const date = excelDate(row[0], argument, i);
    const rate = requireNumber(row[1], argument, i);
    if (Math.abs(rate) >= 1) {
      throw new CalcError(
        `${argument}, rij ${i + 1}: ${String(rate).replace(".", ",")} is ${rate * 100}%; typ het percentage als 2% of 0,02.`
      );
    }
    steps.push({ date, rate });
  });
  if (steps.length === 0)
    throw new CalcError(`${argument}: er staan geen loonstijgingen in het bereik.`);
  return steps;
}
