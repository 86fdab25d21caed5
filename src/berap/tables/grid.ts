import { readAmount } from "../model/amount";
import { Sheet } from "../model/workbook";
import { normalizeLabel } from "./labels";
import { AmountCell, GridRow } from "./types";

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
export function readGridRows(sheet: Sheet, headerRow: number, spec: RowSpec): GridRow[] {
  const rows: GridRow[] = [];
  const roleIndex = new Map<string, number>();
  spec.roles.forEach((role, i) => role !== undefined && roleIndex.set(role, i));
  const lastRow = spec.lastRow ?? sheet.maxRow;
  let idle = 0;
  // Rows with a label and no figure (an empty nil row, a group heading) count only when the table goes on.
  let pending: GridRow[] = [];
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const cells: AmountCell[] = spec.valueCols.map((col) => {
      const cell = sheet.get(r, col);
      return {
        ref: { sheet: sheet.name, row: r, col },
        amount: readAmount(cell),
        formula: cell?.formula !== undefined,
      };
    });
    const label = labelOf(sheet, r, spec);
    const figures = cells.filter((c) => c.amount.kind !== "nihil").length;
    const texts = cells.filter((c) => c.amount.kind === "onleesbaar").length;
    if (texts >= 2 && texts === figures) break; // a header row: the next table starts
    if (idle > 0 && texts > 0 && texts === figures) break; // after a blank row, a title row with text
    const row: GridRow = {
      row: r,
      label: label.text,
      labelRef: { sheet: sheet.name, row: r, col: label.col },
      cells,
      cell: (role) => {
        const i = roleIndex.get(role);
        return i === undefined ? undefined : cells[i];
      },
    };
    if (figures === 0 && !(label.text && hasDash(sheet, r, spec.valueCols))) {
      // A label without figures right under the table's rows may be a nil row (empty cells) or a group
      // heading; after a blank row it is the next table's title.
      if (label.text && (idle === 0 || rows.length + pending.length === 0)) {
        pending.push(row);
        idle = 0;
      } else if (++idle >= 2) break;
      continue;
    }
    idle = 0;
    rows.push(...pending, row);
    pending = [];
  }
  return rows;
}

/**
 * The label of a row: the texts of its label columns joined ("I" and "Incidenteel" give "I Incidenteel"),
 * or else the nearest text to the left within the table (a merged or indented label).
 */
function labelOf(sheet: Sheet, row: number, spec: RowSpec): { text: string; col: number } {
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
  const from = spec.labelCols.length > 0 ? spec.labelCols[0] : spec.valueCols[0] - 1;
  for (let c = from; c >= spec.left; c--) {
    const v = sheet.value(row, c);
    if (typeof v === "string" && v.trim() !== "") return { text: v.replace(/\s+$/, ""), col: c };
  }
  return { text: "", col: Math.max(1, from) };
}

function hasDash(sheet: Sheet, row: number, cols: readonly number[]): boolean {
  return cols.some((c) => /^\s*[-\u2013\u2014]\s*$/.test(sheet.text(row, c)));
}

/** The nearest title above a header, within the table's columns: a text in one of the few rows above it. */
export function titleAbove(sheet: Sheet, headerRow: number, left: number, right: number): string {
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
    const texts = sheet
      .rowCells(r)
      .filter(
        ([c, cell]) =>
          typeof cell.value === "string" &&
          cell.value.trim() !== "" &&
          c >= left &&
          c <= right &&
          !isNote(String(cell.value))
      );
    if (texts.length > 0) return String(texts[0][1].value).trim();
  }
  return "";
}

export interface UnitNotes {
  /** "duizend" when the closest unit note above says "x EUR 1.000" (or "x € 1.000"), "euro" for "hele euro's". */
  above(row: number): "duizend" | "euro";
}

/** The unit notes of a sheet, read once: every table asks for the note above it. */
export function unitNotes(sheet: Sheet): UnitNotes {
  const notes: [number, "duizend" | "euro"][] = [];
  for (const row of sheet.filledRows()) {
    for (const [, cell] of sheet.rowCells(row)) {
      if (typeof cell.value !== "string") continue;
      const t = normalizeLabel(cell.value);
      if (/x (eur|euro)? ?1 000|x 1 000|duizend/.test(t)) notes.push([row, "duizend"]);
      else if (/hele euro|in euro/.test(t)) notes.push([row, "euro"]);
    }
  }
  return {
    above(row) {
      let unit: "duizend" | "euro" = "duizend";
      for (const [r, u] of notes) {
        if (r > row) break;
        unit = u;
      }
      return unit;
    },
  };
}

/** Unit notes and source lines are not titles: "Bedragen x EUR 1.000", "Bron: ...", long sentences. */
export function isNote(text: string): boolean {
  const t = normalizeLabel(text);
  return (
    /bedragen|x eur|x 1 000|hele euro|^bron|^voorstel|^norm/.test(t) ||
    text.length > 80 ||
    isFigure(text) // a figure typed as text ("9.954") names no table
  );
}

function isFigure(text: string): boolean {
  return /^[\s\d.,%()€+\-\u2013\u2014]*$/.test(text);
}
