import { CalcError } from "../calc";

/**
 * Turns anything a calculation throws into the error Excel shows in the cell. Excel displays a custom message
 * only with #VALUE! and #N/A, so lookups that find nothing get #N/A and everything else #VALUE!.
 *
 * A bug of ours (anything that is not a CalcError) still becomes #VALUE! with a Dutch message instead of a
 * raw exception, so a controller never sees a stack trace in a tooltip.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof CalcError) {
    const code =
      error.code === "niet-gevonden"
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Onverwachte fout in de berekening: ${detail}`
  );
}

/** The largest number Excel holds in a cell (Excel specifications and limits: 9,99999999999999E+307). */
const EXCEL_MAX = 9.99999999999999e307;

function outOfRange(value: unknown): boolean {
  return typeof value === "number" && !(Math.abs(value) <= EXCEL_MAX);
}

/**
 * Excel cannot show Infinity or NaN (a custom function returning them shows a number it never computed, or
 * #NUM! without a word), so a result outside Excel's range becomes #WAARDE! with a Dutch reason.
 */
function withinExcelRange<T>(result: T): T {
  const bad =
    outOfRange(result) ||
    (Array.isArray(result) && result.some((row) => Array.isArray(row) && row.some(outOfRange)));
  if (bad)
    throw new CalcError(
      "De uitkomst valt buiten wat Excel kan weergeven (groter dan 9,99E+307); controleer de invoer."
    );
  return result;
}

/** Runs a function body and reports any failure, and any result Excel cannot hold, as an Excel error. */
export function excelCall<T>(body: () => T): T {
  try {
    return withinExcelRange(body());
  } catch (error) {
    throw toExcelError(error);
  }
}
