/**
 * How the open workbook is read in requests that Excel on the web accepts. Excel on the web limits every
 * request and response to 5 MB, and a range to 5.000.000 cells for a read
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization,
 * "Excel add-ins"; https://learn.microsoft.com/office/dev/add-ins/excel/performance, "Payload size limit
 * best practices"). Requests are sized by cell count: at most {@link CELLS_PER_REQUEST} cells, each loaded
 * with its value, formula, number format and value type.
 *
 * A sheet's used range can be far larger than what is filled (one stray cell at row 100.000 makes a used
 * range of 100.000 rows). Such a sheet is read by its filled areas, found with getSpecialCells (constants and
 * formulas), merged into a few rectangles that waste little; a dense sheet is read as its used range.
 * Pure planning, no Office.js: tested directly and through the fake Excel.
 */

/** A rectangle of cells, 0-based like Excel's rowIndex and columnIndex. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Cells per request. The load per cell is its value (up to 32.767 characters, usually a few), formula, number
 * format and value type: some 60-100 bytes in JSON for a Berap sheet, so 20.000 cells stay near 2 MB and
 * leave room for long texts under the 5 MB limit.
 */
export const CELLS_PER_REQUEST = 20_000;

/** Above this many areas a sheet's area list alone would be a large response: read the used range. */
export const MAX_AREAS = 2_000;

export const cellsOf = (r: Rect): number => r.rows * r.cols;

/**
 * Whether to read a sheet by its filled areas instead of its used range: when the used range holds more than
 * twice the filled cells plus one request's worth (reading a dense sheet's used range at once is cheaper than
 * asking for its areas), and the areas are few enough to list.
 */
export function readByAreas(used: Rect, filledCells: number, areaCount: number): boolean {
  return cellsOf(used) > 2 * filledCells + CELLS_PER_REQUEST && areaCount <= MAX_AREAS;
}

function union(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rows: Math.max(a.row + a.rows, b.row + b.rows) - row,
    cols: Math.max(a.col + a.cols, b.col + b.cols) - col,
  };
}

/**
 * Merges filled areas into rectangles: an area joins a rectangle when the union holds at most twice the filled
 * cells plus a small slack (a table with blank cells is one rectangle, a stray cell far away stays on its own).
 * Every filled cell lies in exactly one returned rectangle's bounds or more; overlap is harmless (a cell read
 * twice is set twice to the same value).
 */
export function mergeAreas(areas: readonly Rect[], slack = 1_000): Rect[] {
  const sorted = [...areas].sort((a, b) => a.row - b.row || a.col - b.col);
  const blocks: { rect: Rect; filled: number }[] = [];
  for (const area of sorted) {
    const filled = cellsOf(area);
    let joined = false;
    // Latest blocks first: areas come in row order, so a neighbour is usually the last block.
    for (let i = blocks.length - 1; i >= 0 && !joined; i--) {
      const merged = union(blocks[i].rect, area);
      if (cellsOf(merged) <= 2 * (blocks[i].filled + filled) + slack) {
        blocks[i] = { rect: merged, filled: blocks[i].filled + filled };
        joined = true;
      }
    }
    if (!joined) blocks.push({ rect: area, filled });
  }
  return blocks.map((b) => b.rect);
}

/** Cuts a rectangle into bands of whole rows of at most `budget` cells each. */
export function splitRows(rect: Rect, budget = CELLS_PER_REQUEST): Rect[] {
  const rowsPerBand = Math.max(1, Math.floor(budget / rect.cols));
  const bands: Rect[] = [];
  for (let start = 0; start < rect.rows; start += rowsPerBand) {
    bands.push({ ...rect, row: rect.row + start, rows: Math.min(rowsPerBand, rect.rows - start) });
  }
  return bands;
}

/** Packs items (bands of any sheet) into requests of at most `budget` cells, in order. */
export function packRequests<T extends { rect: Rect }>(
  items: readonly T[],
  budget = CELLS_PER_REQUEST
): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let cells = 0;
  for (const item of items) {
    const size = cellsOf(item.rect);
    if (current.length > 0 && cells + size > budget) {
      requests.push(current);
      current = [];
      cells = 0;
    }
    current.push(item);
    cells += size;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
