import { Workbook } from "../berap/model/workbook";
import { DEFAULT_LIMITS, ReadLimits, readWorkbook } from "./reader";

export { WorkbookReadError } from "./reader";
export type { ReadFailureKind, ReadLimits } from "./reader";

/**
 * Reads an .xlsx file into the engine's workbook model, in Node and in the browser, with the bounded reader of
 * ./reader (zip sizes checked before inflating, a cap on cells and sheets, a time budget). Formulas are kept
 * with their cached results; merged areas are listed in `merges` as rectangles, never expanded.
 */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS
): Promise<Workbook> {
  return readWorkbook(data, limits);
}
