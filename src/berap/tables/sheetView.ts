import { Cell, CellRange, CellValue, Sheet } from "../model/workbook";
import { normalizeLabel } from "./labels";

/** A text cell of a row. `norm` is the text normalized (case, accents, line breaks ignored). */
export interface HeaderCell {
  readonly col: number;
  readonly text: string;
  readonly norm: string;
}

const NO_TEXTS: readonly HeaderCell[] = [];

export type BodyKind = "bedragen" | "tekst" | "gemengd" | "leeg";

/**
 * One sheet as recognition reads it, during one check: the sheet's cells plus what recognition asks of a
 * row or column again and again (its text cells normalized, whether it is blank, what the body under a
 * header holds, the unit note above it), each worked out once. Recognition asks these questions from every
 * header, list and region; answering them from the cells each time made it the larger half of a check.
 * A view lives for one check only, so a sheet changed afterwards is never answered from an old view.
 */
export class SheetView {
  readonly name: string;
  readonly merges: readonly CellRange[];
  readonly maxRow: number;
  readonly maxCol: number;
  private readonly texts = new Map<number, readonly HeaderCell[]>();
  private readonly blank = new Map<number, boolean>();
  private readonly bodies = new Map<number, BodyKind>();
  private unitRows?: [number, Unit][];

  constructor(readonly sheet: Sheet) {
    this.name = sheet.name;
    this.merges = sheet.merges;
    this.maxRow = sheet.maxRow;
    this.maxCol = sheet.maxCol;
  }

  get(row: number, col: number): Cell | undefined {
    return this.sheet.get(row, col);
  }

  value(row: number, col: number): CellValue {
    return this.sheet.value(row, col);
  }

  /** The text of a cell, trimmed; "" for anything that is not text. */
  text(row: number, col: number): string {
    return this.sheet.text(row, col);
  }

  rowCells(row: number): readonly [number, Cell][] {
    return this.sheet.rowCells(row);
  }

  filledRows(): readonly number[] {
    return this.sheet.filledRows();
  }

  /**
   * The non-blank text cells of a row, in column order, with their normalized text. A year typed as a
   * number (2023 | 2024 | 2025, as Excel stores it) is header text too, in a row whose other cells are texts.
   */
  headerCells(row: number): readonly HeaderCell[] {
    let out = this.texts.get(row);
    if (!out) {
      let found: HeaderCell[] | undefined;
      let years: HeaderCell[] | undefined;
      let figures = false;
      for (const [col, cell] of this.sheet.rowCells(row)) {
        if (typeof cell.value === "number") {
          // A date typed in a header ("31-08-2025"): Excel stores it as a day number shown in a date format.
          if (isDateFormat(cell.numFmt)) {
            const text = dutchDate(cell.value);
            (found ??= []).push({ col, text, norm: normalizeLabel(text) });
            continue;
          }
          if (isYearCell(cell))
            (years ??= []).push({ col, text: String(cell.value), norm: String(cell.value) });
          else figures = true;
          continue;
        }
        if (typeof cell.value !== "string") continue;
        const text = cell.value.trim();
        if (text !== "") (found ??= []).push({ col, text, norm: normalizeLabel(text) });
      }
      if (found && years && !figures) found = [...found, ...years].sort((a, b) => a.col - b.col);
      // Rows of figures are most rows of a large sheet: they share one empty list.
      out = found ?? NO_TEXTS;
      this.texts.set(row, out);
    }
    return out;
  }

  isBlankRow(row: number): boolean {
    let blank = this.blank.get(row);
    if (blank === undefined) {
      blank = this.sheet.isBlankRow(row);
      this.blank.set(row, blank);
    }
    return blank;
  }

  /** `compute` once per header cell and strictness: several tables and checks ask for the same column. */
  bodyKind(headerRow: number, col: number, strict: boolean, compute: () => BodyKind): BodyKind {
    const key = (headerRow * 32768 + col) * 2 + (strict ? 1 : 0);
    let kind = this.bodies.get(key);
    if (kind === undefined) {
      kind = compute();
      this.bodies.set(key, kind);
    }
    return kind;
  }

  /** "duizend" when the closest unit note above says "x EUR 1.000" (or "x € 1.000"), "euro" for "hele euro's". */
  unitAbove(row: number): Unit {
    this.unitRows ??= this.readUnitNotes();
    let unit: Unit = "duizend";
    for (const [r, u] of this.unitRows) {
      if (r > row) break;
      unit = u;
    }
    return unit;
  }

  private readUnitNotes(): [number, Unit][] {
    const notes: [number, Unit][] = [];
    for (const row of this.sheet.filledRows())
      for (const cell of this.headerCells(row)) {
        const unit = unitOf(cell.norm);
        if (unit) notes.push([row, unit]);
      }
    return notes;
  }
}

export type Unit = "duizend" | "euro";

/**
 * True for a number format that shows a date ("mm-dd-yy", "d-m-yyyy", "[$-413]d mmmm yyyy"): day, month or
 * year codes outside quoted text and brackets, and no digit placeholders.
 */
const dateFormats = new Map<string, boolean>();
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let date = dateFormats.get(fmt);
  if (date === undefined) {
    const codes = fmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    date = /[dmy]/i.test(codes) && !/[0#?]/.test(codes);
    if (dateFormats.size < 1000) dateFormats.set(fmt, date);
  }
  return date;
}

/** An Excel day number (1900 date system) as a Dutch date: 45900 is "31-08-2025". */
function dutchDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}-${two(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
}

/**
 * A cell that reads as a year in a header: a whole number from 1990 to 2100 (2025 as Excel stores a typed
 * year), not shown as a percentage. The one year test of recognition: header cells, a row of years under
 * a header, a header of years alone.
 */
export function isYearCell(cell: Cell | undefined): boolean {
  const v = cell?.value;
  return (
    typeof v === "number" &&
    Number.isInteger(v) &&
    v >= 1990 &&
    v <= 2100 &&
    !(cell!.numFmt ?? "").includes("%")
  );
}

// Unit notes repeat ("Bedragen x € 1.000" on every sheet): each text is classified once.
const units = new Map<string, Unit | null>();
function unitOf(norm: string): Unit | null {
  let unit = units.get(norm);
  if (unit === undefined) {
    unit = /x (eur|euro)? ?1 000|x 1 000|duizend/.test(norm)
      ? "duizend"
      : /hele euro|in euro/.test(norm)
        ? "euro"
        : null;
    if (units.size < 50_000) units.set(norm, unit);
  }
  return unit;
}
