/**
 * The workbook model the validation engine reads: sheets of cells, independent of Office.js and of any file
 * library. Adapters in src/workbook/ fill it from an .xlsx file or from the open workbook in Excel.
 *
 * Rows and columns are 1-based, as in Excel. Only cells that hold something are stored.
 */

/** An Excel error value as it appears in a cell: "#DIV/0!", "#REF!", "#N/A", ... */
export interface ErrorValue {
  readonly error: string;
}

export type CellValue = number | string | boolean | ErrorValue | null;

export interface Cell {
  readonly value: CellValue;
  /** The formula without the leading "=", when the cell has one; `value` is then its cached result. */
  readonly formula?: string;
  /** Excel number format code, such as "#,##0" or "0.0%". */
  readonly numFmt?: string;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function isErrorValue(value: CellValue): value is ErrorValue {
  return (
    typeof value === "object" && value !== null && typeof (value as ErrorValue).error === "string"
  );
}

export class Sheet {
  readonly name: string;
  private readonly rows = new Map<number, Map<number, Cell>>();
  readonly merges: CellRange[] = [];
  maxRow = 0;
  maxCol = 0;

  constructor(name: string) {
    this.name = name;
  }

  // Sorted views, built on first use and dropped on every change: recognition asks for them many times.
  private sortedRows?: number[];
  private readonly sortedCells = new Map<number, [number, Cell][]>();

  set(row: number, col: number, cell: Cell): void {
    if (cell.value === null && cell.formula === undefined) return;
    this.sortedRows = undefined;
    this.sortedCells.delete(row);
    let r = this.rows.get(row);
    if (!r) {
      r = new Map();
      this.rows.set(row, r);
    }
    r.set(col, cell);
    if (row > this.maxRow) this.maxRow = row;
    if (col > this.maxCol) this.maxCol = col;
  }

  get(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  value(row: number, col: number): CellValue {
    return this.get(row, col)?.value ?? null;
  }

  /** The text of a cell, trimmed; "" for anything that is not text. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    return typeof v === "string" ? v.trim() : "";
  }

  /** The filled cells of a row, in column order. */
  rowCells(row: number): readonly [number, Cell][] {
    let cells = this.sortedCells.get(row);
    if (!cells) {
      const r = this.rows.get(row);
      cells = [];
      // Readers add cells left to right: only a row filled out of order needs sorting.
      let ordered = true;
      if (r)
        for (const entry of r) {
          if (cells.length > 0 && entry[0] < cells[cells.length - 1][0]) ordered = false;
          cells.push(entry);
        }
      if (!ordered) cells.sort((a, b) => a[0] - b[0]);
      this.sortedCells.set(row, cells);
    }
    return cells;
  }

  /** The numbers of the rows that hold anything, ascending. */
  filledRows(): readonly number[] {
    this.sortedRows ??= [...this.rows.keys()].sort((a, b) => a - b);
    return this.sortedRows;
  }

  isBlankRow(row: number): boolean {
    return this.rowCells(row).every(
      ([, c]) => c.value === null || (typeof c.value === "string" && c.value.trim() === "")
    );
  }

  get cellCount(): number {
    let n = 0;
    for (const r of this.rows.values()) n += r.size;
    return n;
  }
}

export interface Workbook {
  readonly sheets: Sheet[];
}

/** "A1" notation: column 1 is A, 27 is AA. */
export function columnName(col: number): string {
  let name = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

/** The row and column of an "A1" address ("$B$7" too); undefined when it is not one. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return undefined;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}
