import { readAmount } from "../model/amount";
import { Sheet } from "../model/workbook";
import { normalizeLabel } from "./labels";
import { AmountCell, GridRow } from "./types";

/**
 * Reads the rows under a header: a label from the label column and an amount per value column. Single
 * blank spacer rows and section titles without figures are passed over; the table ends at two rows in a
 * row without figures, at a row of column headers (the next table), or at the end of the sheet.
 */
export function readGridRows(
  sheet: Sheet,
  headerRow: number,
  labelCol: number,
  valueCols: number[],
  lastRow = sheet.maxRow
): GridRow[] {
  const rows: GridRow[] = [];
  let idle = 0;
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const cells: AmountCell[] = valueCols.map((col) => {
      const cell = sheet.get(r, col);
      return {
        ref: { sheet: sheet.name, row: r, col },
        amount: readAmount(cell),
        formula: cell?.formula !== undefined,
      };
    });
    const label = labelText(sheet, r, labelCol);
    const figures = cells.filter((c) => c.amount.kind !== "nihil").length;
    const texts = cells.filter((c) => c.amount.kind === "onleesbaar").length;
    if (texts >= 2 && texts === figures) break; // a header row: the next table starts
    if (figures === 0 && !(label && hasDash(sheet, r, valueCols))) {
      idle++;
      if (idle >= 2) break;
      continue;
    }
    idle = 0;
    rows.push({ row: r, label, labelRef: { sheet: sheet.name, row: r, col: labelCol }, cells });
  }
  // Trailing label-only rows were skipped above; a table never ends in a spacer.
  return rows;
}

/** The label of a row: the text in the label column, or the nearest text to its left (merged or indented). */
export function labelText(sheet: Sheet, row: number, labelCol: number): string {
  for (let c = labelCol; c >= 1; c--) {
    const v = sheet.value(row, c);
    if (typeof v === "string" && v.trim() !== "") return v.replace(/\s+$/, "");
  }
  return "";
}

function hasDash(sheet: Sheet, row: number, cols: number[]): boolean {
  return cols.some((c) => /^\s*[-\u2013]\s*$/.test(sheet.text(row, c)));
}

/** Finds the first column of `row` whose header matches `pattern` (on the normalized text). */
export function findHeaderCol(
  sheet: Sheet,
  row: number,
  pattern: RegExp,
  from = 1
): number | undefined {
  for (const [col, cell] of sheet.rowCells(row)) {
    if (col < from || typeof cell.value !== "string") continue;
    if (pattern.test(normalizeLabel(cell.value))) return col;
  }
  return undefined;
}

/** The nearest title above a header: a lone text in one of the few rows above it. */
export function titleAbove(sheet: Sheet, headerRow: number, nearCol: number): string {
  for (let r = headerRow - 1; r >= Math.max(1, headerRow - 4); r--) {
    const texts = sheet
      .rowCells(r)
      .filter(
        ([c, cell]) =>
          typeof cell.value === "string" && c <= nearCol + 1 && !isNote(String(cell.value))
      );
    if (texts.length > 0) return String(texts[0][1].value).trim();
  }
  return "";
}

/** "duizend" when the closest unit note above says "x EUR 1.000" (or "x € 1.000"), "euro" for "hele euro's". */
export function unitAbove(sheet: Sheet, row: number): "duizend" | "euro" {
  const rows = sheet.filledRows();
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i] > row) continue;
    for (const [, cell] of sheet.rowCells(rows[i])) {
      if (typeof cell.value !== "string") continue;
      const t = normalizeLabel(cell.value);
      if (/x (eur|euro)? ?1 000|x 1 000|duizend/.test(t)) return "duizend";
      if (/hele euro|in euro/.test(t)) return "euro";
    }
  }
  return "duizend";
}

/** Unit notes and source lines are not titles: "Bedragen x EUR 1.000", "Bron: ...", long sentences. */
function isNote(text: string): boolean {
  const t = normalizeLabel(text);
  return /bedragen|x eur|hele euro|^bron|^voorstel|^norm/.test(t) || text.length > 80;
}
