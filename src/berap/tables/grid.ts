import { readAmount } from "../model/amount";
import { normalizeLabel } from "./labels";
import { SheetView } from "./sheetView";
import { AmountCell, GridRow, Ref } from "./types";

/** Where a table's rows are read: its label columns, its value columns with their roles, its left edge. */
export interface RowSpec {
  readonly labelCols: readonly number[];
  readonly valueCols: readonly number[];
  readonly roles: readonly (string | undefined)[];
  /** A label is never sought left of this column (the neighbouring table's). */
  readonly left: number;
  readonly lastRow?: number;
}

/**
 * Reads the rows under a header: a label from the label columns and an amount per value column. Single
 * blank spacer rows and section titles without figures are passed over; the table ends at two rows in a
 * row without figures, at a row of column headers (the next table), or at the end of the sheet.
 */
export function readGridRows(sheet: SheetView, headerRow: number, spec: RowSpec): GridRow[] {
  const rows: GridRow[] = [];
  const roleIndex = new Map<string, number>();
  spec.roles.forEach((role, i) => role !== undefined && roleIndex.set(role, i));
  const lastRow = spec.lastRow ?? sheet.maxRow;
  let idle = 0;
  // Rows with a label and no figure (an empty nil row, a group heading) count only when the table goes on.
  let pending: GridRow[] = [];
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const cells: AmountCell[] = [];
    let figures = 0;
    let texts = 0;
    for (const col of spec.valueCols) {
      const cell = sheet.get(r, col);
      const amount = readAmount(cell);
      cells.push({
        ref: { sheet: sheet.name, row: r, col },
        amount,
        formula: cell?.formula !== undefined,
      });
      if (amount.kind !== "nihil") figures++;
      if (amount.kind === "onleesbaar") texts++;
    }
    if (texts >= 2 && texts === figures) break; // a header row: the next table starts
    // The header repeated, years and all ("Baten per programma | 2026 | 2027"): the next table starts.
    if (figures >= 2 && repeatsHeader(sheet, r, headerRow, spec.valueCols)) break;
    if (idle > 0 && texts > 0 && texts === figures) break; // after a blank row, a title row with text
    const label = labelOf(sheet, r, spec);
    const row = new TableRow(
      r,
      label.text,
      { sheet: sheet.name, row: r, col: label.col },
      cells,
      roleIndex
    );
    if (figures === 0 && !(label.text && hasDash(sheet, r, spec.valueCols))) {
      // A label without figures right under the table's rows may be a nil row (empty cells) or a group
      // heading; after a blank row it is the next table's title.
      if (label.text && (idle === 0 || rows.length + pending.length === 0)) {
        pending.push(row);
        idle = 0;
      } else if (++idle >= 2) {
        // Blank rows and a section heading ("Verklaring ontwikkeling:") end the table only when its
        // columns do not go on below them.
        if (!continuesBelow(sheet, r + 1, spec, lastRow)) break;
        if (label.text) pending.push(row);
        idle = 0;
      }
      continue;
    }
    idle = 0;
    if (pending.length > 0) {
      rows.push(...pending);
      pending = [];
    }
    rows.push(row);
  }
  return rows;
}

/** True when each filled value cell of row `r` holds what the header holds above it (a year, say). */
function repeatsHeader(sheet: SheetView, r: number, headerRow: number, cols: readonly number[]) {
  return cols.every((col) => {
    const v = sheet.value(r, col);
    if (v === null || v === "") return true;
    const h = sheet.value(headerRow, col);
    return h !== null && String(h).trim() === String(v).trim();
  });
}

/** How far below a gap the table's rows are sought, and how many blank rows in a row they may hold. */
const LOOK_AHEAD = 60;
const MAX_BLANKS = 2;

/**
 * After blank rows or a section heading: true when the table goes on below, that is when the next rows
 * with figures stand in its value columns (no header row of a next table first) and end in a closing row
 * of their own (Totaal, Subtotaal, Saldo) before another gap.
 */
function continuesBelow(sheet: SheetView, from: number, spec: RowSpec, lastRow: number): boolean {
  let blanks = 0;
  for (let r = from; r <= Math.min(lastRow, from + LOOK_AHEAD); r++) {
    let figures = 0;
    let texts = 0;
    for (const col of spec.valueCols) {
      const amount = readAmount(sheet.get(r, col));
      if (amount.kind !== "nihil") figures++;
      if (amount.kind === "onleesbaar") texts++;
    }
    if (texts > 0 && texts === figures) return false; // a header or title over the columns: a next table
    const label = labelOf(sheet, r, spec).text;
    if (figures === 0) {
      if (label === "" && ++blanks > MAX_BLANKS) return false;
      continue;
    }
    if (CLOSING.test(normalizeLabel(label))) return true;
    blanks = 0;
  }
  return false;
}

const CLOSING = /^(sub)?totaal\b|^saldo\b/;

/** A row of a table; its cells by role through the table's one role index (no closure per row). */
export class TableRow implements GridRow {
  constructor(
    readonly row: number,
    readonly label: string,
    readonly labelRef: Ref,
    readonly cells: AmountCell[],
    private readonly roleIndex: ReadonlyMap<string, number>
  ) {}

  cell(role: string): AmountCell | undefined {
    const i = this.roleIndex.get(role);
    return i === undefined ? undefined : this.cells[i];
  }
}

/**
 * The label of a row: the texts of its label columns joined ("I" and "Incidenteel" give "I Incidenteel"),
 * or else the nearest text to the left within the table (a merged or indented label).
 */
function labelOf(sheet: SheetView, row: number, spec: RowSpec): { text: string; col: number } {
  if (spec.labelCols.length === 1) {
    // One label column (most tables): its text as it is, without a list of parts to join.
    const c = spec.labelCols[0];
    const v = sheet.value(row, c);
    if (typeof v === "string" && v.trim() !== "") return { text: v.replace(/\s+$/, ""), col: c };
  }
  const parts: string[] = [];
  let first = 0;
  for (const c of spec.labelCols) {
    const v = sheet.value(row, c);
    if (typeof v === "string" && v.trim() !== "") {
      parts.push(parts.length === 0 ? v.replace(/\s+$/, "") : v.trim());
      first ||= c;
    } else if (typeof v === "number" && parts.length === 0 && spec.labelCols.length > 1) {
      parts.push(String(v)); // a numeric code in front of the description
      first ||= c;
    }
  }
  if (parts.length > 0) return { text: parts.join(" "), col: first };
  // A totals row labelled in the description column beside the code column ("Totaal Verwacht bedrijfsresultaat").
  for (let c = spec.labelCols[spec.labelCols.length - 1] + 1; c < spec.valueCols[0]; c++) {
    const v = sheet.value(row, c);
    if (typeof v === "string" && v.trim() !== "") return { text: v.trim(), col: c };
  }
  const from = spec.labelCols.length > 0 ? spec.labelCols[0] : spec.valueCols[0] - 1;
  for (let c = from; c >= spec.left; c--) {
    const v = sheet.value(row, c);
    if (typeof v === "string" && v.trim() !== "") return { text: v.replace(/\s+$/, ""), col: c };
  }
  return { text: "", col: Math.max(1, from) };
}

function hasDash(sheet: SheetView, row: number, cols: readonly number[]): boolean {
  return cols.some((c) => /^\s*[-\u2013\u2014]\s*$/.test(sheet.text(row, c)));
}

/** The nearest title above a header, within the table's columns: a text in one of the few rows above it. */
export function titleAbove(
  sheet: SheetView,
  headerRow: number,
  left: number,
  right: number
): string {
  for (let r = headerRow - 1; r >= Math.max(1, headerRow - 4); r--) {
    // A row with figures is the last row of a table above, not a title: the search ends there.
    const inSpan = sheet.rowCells(r).filter(([c]) => c >= left && c <= right);
    if (inSpan.some(([, cell]) => typeof cell.value === "number")) return "";
    if (
      inSpan.some(
        ([, cell]) =>
          typeof cell.value === "string" && /\d/.test(cell.value) && isFigure(cell.value)
      )
    )
      return "";
    for (const cell of sheet.headerCells(r)) {
      if (cell.col < left || cell.col > right) continue;
      if (!isNote(cell.text)) return cell.text;
      // A title with its unit note: "Investeringen (bedragen x € 1.000)", "Begrotingswijziging 2025, bedragen in €".
      const bare = withoutUnitNote(cell.text);
      if (bare && !isNote(bare)) return bare;
    }
  }
  return "";
}

/** The text before a unit note that follows it ("Investeringen (bedragen x € 1.000)" -> "Investeringen"). */
function withoutUnitNote(text: string): string {
  return text
    .replace(/\s*[(,;:\u2013-]?\s*\(?\s*(bedragen|x\s*(€|eur)|in\s*(€|euro)).*$/i, "")
    .trim();
}

/**
 * Unit and key notes and source lines are not titles: "Bedragen x EUR 1.000", "bedragen in €", "(in €)",
 * "× € 1.000", "in euro's", "Verdeelsleutel: inwoners begroting 2025", "Bron: ...", long sentences.
 */
export function isNote(text: string): boolean {
  const t = normalizeLabel(text);
  return (
    /bedragen|x eur|x 1 ?000|hele euro|duizenden|^(x )?1 ?000$|^in$|^in euro|^(eur|euro s?)$/.test(
      t
    ) ||
    /^(verdeel)?sleutel\b|^bron|^voorstel|^norm/.test(t) ||
    text.length > 80 ||
    isFigure(text) // a figure typed as text ("9.954") names no table
  );
}

function isFigure(text: string): boolean {
  return /^[\s\d.,%()€+\-\u2013\u2014]*$/.test(text);
}
