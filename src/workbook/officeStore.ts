import { Decision, STORE_SHEET, storeRows } from "../berap/decisions";
import { supportsExcelApi } from "./office";

/**
 * The controller's decisions written into the open workbook: the store sheet of src/berap/decisions/store.ts,
 * very hidden so that it travels with the file without being in anyone's way, and removed when no decision
 * is left. What Excel does here, from Microsoft's docs and issues:
 *
 * - `worksheets.add` puts the sheet after the others and does not activate it ("If you wish to activate the
 *   newly added worksheet, call .activate()": https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets);
 *   some builds navigate to an added sheet anyway (office-js#1770), so the user's active sheet is checked
 *   afterwards and activated again if it changed.
 * - `visibility = VeryHidden` (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility):
 *   the sheet is not in Excel's Unhide list. The worksheet collection still lists it, so readOpenWorkbook
 *   reads it like any other sheet.
 * - A very hidden sheet cannot be deleted as it is: Excel answers GeneralException, by design (office-js#365,
 *   documented in office-js-docs-pr#754). It is made hidden first, in the same batch, then deleted.
 * - With the workbook's structure protected (`workbook.protection.protected`, ExcelApi 1.7,
 *   https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection) no sheet can be added or
 *   deleted: that is asked first and said in one Dutch sentence.
 * - Every cell gets the Text format "@" before its value, in the same batch, so a reason or sheet name that
 *   starts with =, +, - or @ stays text (Excel reads a value in the format its cell has).
 * - No `mergeUndoGroup`: adding a very hidden sheet in a merged undo group crashes Excel on undo (office-js#6001).
 */
export const STRUCTURE_PROTECTED =
  "De besluiten zijn niet opgeslagen: de structuur van de werkmap is beveiligd (Controleren > Werkmap beveiligen), dus er kan geen blad worden toegevoegd of verwijderd. Hef de beveiliging op en probeer het opnieuw.";

export async function writeDecisionStore(
  context: Excel.RequestContext,
  decisions: readonly Decision[]
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(STORE_SHEET);
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const protection = supportsExcelApi("1.7") ? context.workbook.protection : undefined;
  protection?.load("protected");
  await context.sync();
  if (protection?.protected) throw new Error(STRUCTURE_PROTECTED);

  if (decisions.length === 0) {
    if (existing.isNullObject) return;
    existing.visibility = "Hidden";
    existing.delete();
    try {
      await context.sync();
    } catch (error) {
      throw explained(error);
    }
    return;
  }

  const added = existing.isNullObject;
  const ws = added ? worksheets.add(STORE_SHEET) : existing;
  ws.visibility = "VeryHidden";
  ws.getRange().clear();
  const rows = storeRows(decisions);
  const range = ws.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  range.numberFormat = rows.map((row) => row.map(() => "@"));
  range.values = rows;
  const now = worksheets.getActiveWorksheet();
  now.load("name");
  try {
    await context.sync();
  } catch (error) {
    throw explained(error);
  }
  if (added && now.name !== active.name) {
    worksheets.getItem(active.name).activate();
    await context.sync();
  }
}

/** A refused batch in one Dutch sentence: the protected structure (when it could not be asked first), or why. */
function explained(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "AccessDenied") return new Error(STRUCTURE_PROTECTED);
  return new Error(
    `De besluiten konden niet in de werkmap worden opgeslagen: ${error instanceof Error ? error.message : String(error)}`
  );
}
