import { Cell, CellValue, Sheet, Workbook } from "../berap/model/workbook";

/**
 * Reads the open workbook into the engine's model with as few round trips as Office allows: one sync for
 * the sheet names, one for every sheet's used range, one for the contents of all sheets, read in blocks of
 * rows so a large sheet never becomes one huge request. Three syncs in all, whatever the number of sheets.
 */
export async function readOpenWorkbook(
  context: Excel.RequestContext,
  blockRows = 5000
): Promise<Workbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { ws, range };
  });
  await context.sync();

  const blocks: { sheet: Sheet; firstRow: number; firstCol: number; range: Excel.Range }[] = [];
  const sheets = used.map(({ ws, range }) => {
    const sheet = new Sheet(ws.name);
    if (range.isNullObject) return sheet;
    for (let start = 0; start < range.rowCount; start += blockRows) {
      const rows = Math.min(blockRows, range.rowCount - start);
      const block = ws.getRangeByIndexes(
        range.rowIndex + start,
        range.columnIndex,
        rows,
        range.columnCount
      );
      block.load("values,formulas,numberFormat,valueTypes");
      blocks.push({
        sheet,
        firstRow: range.rowIndex + start + 1,
        firstCol: range.columnIndex + 1,
        range: block,
      });
    }
    return sheet;
  });
  if (blocks.length > 0) await context.sync();

  for (const { sheet, firstRow, firstCol, range } of blocks) {
    range.values.forEach((row, r) =>
      row.forEach((raw, c) => {
        const cell = toCell(
          raw,
          range.valueTypes[r][c],
          range.formulas[r][c],
          range.numberFormat[r][c]
        );
        if (cell) sheet.set(firstRow + r, firstCol + c, cell);
      })
    );
  }
  return { sheets };
}

function toCell(
  raw: unknown,
  type: Excel.RangeValueType | string,
  formula: unknown,
  numFmt: unknown
): Cell | undefined {
  let value: CellValue;
  if (type === "Empty") value = null;
  else if (type === "Error") value = { error: String(raw) };
  else if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean")
    value = raw;
  else value = raw === null || raw === undefined ? null : String(raw);
  const f = typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : undefined;
  if (value === null && f === undefined) return undefined;
  const format = typeof numFmt === "string" && numFmt !== "General" ? numFmt : undefined;
  return { value, formula: f, numFmt: format };
}

/** Activates a sheet and selects one cell: the click-through from a finding. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address || "A1").select();
  await context.sync();
}
