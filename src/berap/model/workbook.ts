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

/**
 * One filled row: its cells by column, and the same cells as a list in column order, kept up to date as
 * cells are added (readers add them left to right, so the list is built as the row is read, not afterwards
 * on every check). An overwritten cell drops the list, rebuilt on the next read.
 */
interface Row {
  readonly byCol: Map<number, Cell>;
  cells?: [number, Cell][];
  ordered: boolean;
}

const NO_CELLS: readonly [number, Cell][] = [];

export class Sheet {
  readonly name: string;
  private readonly rows = new Map<number, Row>();
  readonly merges: CellRange[] = [];
  /**
   * The rows hidden in Excel (by hand or by a filter): a SUBTOTAL(109, ...) total leaves them out, so the
   * engine must too. Filled by the adapters; empty when nothing is hidden.
   */
  readonly hiddenRows = new Set<number>();
  /** True when the sheet has an autofilter: its hidden rows are then filtered out, and SUBTOTAL(9, ...) skips them too. */
  filtered = false;
  maxRow = 0;
  maxCol = 0;
  // The filled rows in the order they were added; sorted on first use when they came out of order.
  private readonly rowNumbers: number[] = [];
  private rowsOrdered = true;
  // Formulas without a cached result, counted as cells are added (undefined after an overwrite: recounted).
  private uncalculated: number | undefined = 0;

  constructor(name: string) {
    this.name = name;
  }

  set(row: number, col: number, cell: Cell): void {
    if (cell.value === null && cell.formula === undefined) return;
    let r = this.rows.get(row);
    if (!r) {
      r = { byCol: new Map(), cells: [], ordered: true };
      this.rows.set(row, r);
      const rows = this.rowNumbers;
      if (rows.length > 0 && row < rows[rows.length - 1]) this.rowsOrdered = false;
      rows.push(row);
    }
    const size = r.byCol.size;
    r.byCol.set(col, cell);
    if (r.byCol.size === size) {
      r.cells = undefined; // an overwrite: the list is rebuilt when read
      this.uncalculated = undefined;
    } else if (r.cells) {
      const cells = r.cells;
      if (cells.length > 0 && col < cells[cells.length - 1][0]) r.ordered = false;
      cells.push([col, cell]);
    }
    if (cell.value === null && this.uncalculated !== undefined) this.uncalculated++;
    if (row > this.maxRow) this.maxRow = row;
    if (col > this.maxCol) this.maxCol = col;
  }

  get(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.byCol.get(col);
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
    const r = this.rows.get(row);
    if (!r) return NO_CELLS;
    let cells = r.cells;
    if (!cells) {
      cells = [...r.byCol];
      r.cells = cells;
      r.ordered = false;
    }
    if (!r.ordered) {
      cells.sort((a, b) => a[0] - b[0]);
      r.ordered = true;
    }
    return cells;
  }

  /** The numbers of the rows that hold anything, ascending. */
  filledRows(): readonly number[] {
    if (!this.rowsOrdered) {
      this.rowNumbers.sort((a, b) => a - b);
      this.rowsOrdered = true;
    }
    return this.rowNumbers;
  }

  /** How many formulas have no calculated value (a file written by a library, never opened in Excel). */
  uncalculatedFormulas(): number {
    if (this.uncalculated === undefined) {
      let n = 0;
      for (const r of this.rows.values())
        for (const cell of r.byCol.values()) if (cell.value === null) n++;
      this.uncalculated = n;
    }
    return this.uncalculated;
  }

  isBlankRow(row: number): boolean {
    return this.rowCells(row).every(
      ([, c]) => c.value === null || (typeof c.value === "string" && c.value.trim() === "")
    );
  }

  get cellCount(): number {
    let n = 0;
    for (const r of this.rows.values()) n += r.byCol.size;
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
