import { SheetView } from "./sheetView";
import { GridRow } from "./types";

/**
 * A table whose totals are SUBTOTAL(109, ...) leaves its hidden rows out of them: Excel's 101-111 ignore
 * every hidden row, 1-11 only the rows a filter hides, and AGGREGATE with option 1, 3, 5 or 7 ignores hidden
 * rows as well (https://support.microsoft.com/office/subtotal-function-7b027003-f060-4ade-9040-e478765b9939).
 * Such a table is read as Excel adds it up: without its hidden rows, which are returned so they can be named.
 * A table of SUM totals keeps every row, hidden or not, as SUM does.
 */
export function leaveOutHiddenRows(
  sheet: SheetView,
  rows: GridRow[],
  valueCols: readonly number[]
): { rows: GridRow[]; hidden: number[] } {
  const hidden = sheet.sheet.hiddenRows;
  if (hidden.size === 0 || !rows.some((r) => hidden.has(r.row))) return { rows, hidden: [] };
  const skipsHidden = rows.some((r) =>
    valueCols.some((c) => ignoresHiddenRows(sheet.get(r.row, c)?.formula, sheet.sheet.filtered))
  );
  if (!skipsHidden) return { rows, hidden: [] };
  return {
    rows: rows.filter((r) => !hidden.has(r.row)),
    hidden: rows.filter((r) => hidden.has(r.row)).map((r) => r.row),
  };
}

/** True for a formula that leaves hidden rows out of its sum: SUBTOTAL(109, ...), AGGREGATE(9, 5, ...). */
export function ignoresHiddenRows(formula: string | undefined, filtered: boolean): boolean {
  if (!formula) return false;
  const subtotal = /^\s*(?:_xlfn\.)?SUBTOTAL\(\s*(\d+)\s*[,;]/i.exec(formula);
  if (subtotal) {
    const fn = Number(subtotal[1]);
    return (fn >= 101 && fn <= 111) || (filtered && fn >= 1 && fn <= 11);
  }
  const aggregate = /^\s*(?:_xlfn\.)?AGGREGATE\(\s*\d+\s*[,;]\s*(\d+)\s*[,;]/i.exec(formula);
  return aggregate !== null && [1, 3, 5, 7].includes(Number(aggregate[1]));
}
