import { STORE_SHEET } from "../berap/decisions";
import { Cell, CellValue, Sheet, Workbook } from "../berap/model/workbook";
import { mayLeaveOutHiddenRows, readHiddenRows } from "./officeHiddenRows";
import {
  CELLS_PER_REQUEST,
  cellsOf,
  mergeAreas,
  packRequests,
  readByAreas,
  Rect,
  splitRows,
} from "./readPlan";

/**
 * Whether the running Excel supports a requirement set, asked of Office itself
 * (`Office.context.requirements.isSetSupported`,
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime). False outside
 * Office, so a feature that needs the set is offered only where it works.
 */
export function supportsExcelApi(version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
    );
  } catch {
    return false;
  }
}

export interface ReadOptions {
  /** Cells per request (see readPlan.ts). */
  readonly cellsPerRequest?: number;
  /**
   * Find the filled areas of sparse sheets with getSpecialCellsOrNullObject, which needs ExcelApi 1.9
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells). Default: asked
   * of Office; without it every sheet is read as its used range, still in requests of bounded size.
   */
  readonly specialCells?: boolean;
  /** Ask whether a sheet has an autofilter (Worksheet.autoFilter, ExcelApi 1.9). Default: asked of Office. */
  readonly autoFilter?: boolean;
}

interface SheetProbe {
  readonly ws: Excel.Worksheet;
  readonly sheet: Sheet;
  readonly used: Excel.Range;
}

interface Band {
  readonly ws: Excel.Worksheet;
  readonly sheet: Sheet;
  readonly rect: Rect;
}

/**
 * Reads the open workbook into the engine's model in requests Excel on the web accepts (see readPlan.ts):
 * one request for the sheet names; one for every sheet's used range; for sheets whose used range is more than
 * one request, one for their number of filled cells and areas, and one for the areas of the sparse ones;
 * then the cells in as many requests as their count needs. The number of requests grows with the cells
 * read, never with the number of sheets or areas. Sheets with SUBTOTAL totals then have their hidden rows
 * asked, in a few requests more (officeHiddenRows.ts).
 */
export async function readOpenWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<Workbook> {
  const budget = options.cellsPerRequest ?? CELLS_PER_REQUEST;
  const specialCells = options.specialCells ?? supportsExcelApi("1.9");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  // The decisions' very hidden store sheet (officeStore.ts). The collection lists every sheet whatever its
  // visibility; asked for by name as well, in the same request, so the store is read even by an Excel that
  // would leave very hidden sheets out of the list. (getItemOrNullObject is ExcelApi 1.4; the shared runtime
  // the add-in requires exists only in Excel builds far newer than that.)
  const store = worksheets.getItemOrNullObject(STORE_SHEET);
  store.load("name");
  await context.sync();
  const listed = worksheets.items;
  const all =
    store.isNullObject || listed.some((ws) => ws.name === store.name) ? listed : [...listed, store];

  const probes: SheetProbe[] = all.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    return { ws, sheet: new Sheet(ws.name), used };
  });
  await context.sync();

  // A used range of more than one request may be mostly empty: count its filled cells and areas, searching
  // within the used range as Microsoft's sample does (excel-add-ins-ranges-special-cells).
  const bands: Band[] = [];
  const large: { probe: SheetProbe; used: Rect; special: Excel.RangeAreas[] }[] = [];
  for (const probe of probes) {
    if (probe.used.isNullObject) continue;
    const used = rectOf(probe.used);
    if (specialCells && cellsOf(used) > budget) {
      const range = probe.ws.getRangeByIndexes(used.row, used.col, used.rows, used.cols);
      const special = (["Constants", "Formulas"] as const).map((type) => {
        const areas = range.getSpecialCellsOrNullObject(type);
        areas.load("cellCount,areaCount");
        return areas;
      });
      large.push({ probe, used, special });
    } else {
      for (const rect of splitRows(used, budget)) bands.push({ ...probe, rect });
    }
  }
  const sparse: { probe: SheetProbe; areas: Excel.RangeAreas[] }[] = [];
  if (large.length > 0) {
    await context.sync();
    for (const { probe, used, special } of large) {
      const found = special.filter((a) => !a.isNullObject);
      const filled = found.reduce((n, a) => n + a.cellCount, 0);
      const areaCount = found.reduce((n, a) => n + a.areaCount, 0);
      if (readByAreas(used, filled, areaCount)) {
        for (const a of found)
          a.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
        sparse.push({ probe, areas: found });
      } else {
        for (const rect of splitRows(used, budget)) bands.push({ ...probe, rect });
      }
    }
  }
  if (sparse.length > 0) {
    await context.sync();
    for (const { probe, areas } of sparse) {
      const rects = areas.flatMap((a) => a.areas.items.map(rectOf));
      for (const block of mergeAreas(rects))
        for (const rect of splitRows(block, budget)) bands.push({ ...probe, rect });
    }
  }

  // Requests in order; one whose response still exceeds the limit (cells of long text) is halved and retried.
  const queue = packRequests(bands, budget);
  while (queue.length > 0) {
    const request = queue.shift()!;
    const loaded = request.map((band) => {
      const { row, col, rows, cols } = band.rect;
      const range = band.ws.getRangeByIndexes(row, col, rows, cols);
      range.load("values,formulas,numberFormat,valueTypes");
      return { band, range };
    });
    try {
      // One sync per request of up to `budget` cells (Excel on the web's 5 MB limit), never per cell: the
      // requests are sequential on purpose, so only one response is held at a time.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = isPayloadTooLarge(error) ? halve(request) : undefined;
      if (!halves) throw error;
      queue.unshift(...halves);
      continue;
    }
    for (const { band, range } of loaded) copyCells(band.sheet, band.rect, range);
  }
  // Hidden rows matter only where a SUBTOTAL(109, ...) total may leave them out (officeHiddenRows.ts).
  const subtotalled = probes
    .filter((p) => !p.used.isNullObject && mayLeaveOutHiddenRows(p.sheet))
    .map((p) => ({ ws: p.ws, sheet: p.sheet, used: rectOf(p.used) }));
  if (subtotalled.length > 0)
    await readHiddenRows(context, subtotalled, options.autoFilter ?? supportsExcelApi("1.9"));
  return { sheets: probes.map((p) => p.sheet) };
}

/**
 * Excel on the web's answer to a response over 5 MB
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling, error codes).
 */
function isPayloadTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** A request in two: its bands, else its one band's rows, else its columns; undefined for a single cell. */
function halve(request: Band[]): Band[][] | undefined {
  if (request.length > 1) {
    const middle = Math.ceil(request.length / 2);
    return [request.slice(0, middle), request.slice(middle)];
  }
  const [band] = request;
  const { row, col, rows, cols } = band.rect;
  if (rows > 1) {
    const top = Math.ceil(rows / 2);
    return [
      [{ ...band, rect: { row, col, rows: top, cols } }],
      [{ ...band, rect: { row: row + top, col, rows: rows - top, cols } }],
    ];
  }
  if (cols > 1) {
    const left = Math.ceil(cols / 2);
    return [
      [{ ...band, rect: { row, col, rows, cols: left } }],
      [{ ...band, rect: { row, col: col + left, rows, cols: cols - left } }],
    ];
  }
  return undefined;
}

function rectOf(range: Excel.Range): Rect {
  return {
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}

/** Copies a loaded block into the model; Excel's indexes are 0-based, the model's rows and columns 1-based. */
function copyCells(sheet: Sheet, rect: Rect, range: Excel.Range): void {
  const { values, valueTypes, formulas, numberFormat } = range;
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const cell = toCell(values[r][c], valueTypes[r][c], formulas[r][c], numberFormat[r][c]);
      if (cell) sheet.set(rect.row + r + 1, rect.col + c + 1, cell);
    }
  }
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
