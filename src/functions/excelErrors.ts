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

/** Runs a function body and reports any failure as an Excel error. */
export function excelCall<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}
