import { phaseOf } from "./budgetPhase";
import { isNote, readGridRows, titleAbove } from "./grid";
import { leaveOutHiddenRows } from "./hiddenRows";
import { withGroupAbove } from "./headers";
import { normalizeLabel } from "./labels";
import { Area, bodyKind, inAreas, SheetRegions } from "./regions";
import { HeaderCell, isDateFormat, isYearCell, SheetView } from "./sheetView";
import { DevelopmentList, Grid, ResultLine } from "./types";

/**
 * Numeric regions no kind recognised: a header row of texts over columns of amounts, with a label column.
 * They become grids of kind "onbekend": the generic rule checks their totals and says they were not
 * recognised, naming header and place.
 */
export function findUnknownRegions(
  sheet: SheetView,
  regions: SheetRegions,
  lines: readonly ResultLine[],
  lists: readonly DevelopmentList[]
): Grid[] {
  const areas: Area[] = [
    ...regions.grids.map((g) => ({
      top: g.headerRow - 1,
      bottom: g.rows[g.rows.length - 1].row,
      left: g.left,
      right: g.right,
    })),
    ...regions.lists.map((l) => {
      const rows = lists
        .filter((x) => x.headerRow === l.header.row)
        .flatMap((x) => [...x.items.map((i) => i.row), x.total?.ref.row ?? 0]);
      return {
        top: l.header.row - 1,
        bottom: Math.max(l.header.row, ...rows) + 1,
        left: l.left,
        right: l.right,
      };
    }),
    ...lines.map((l) => ({
      top: l.value.ref.row,
      bottom: l.value.ref.row,
      left: 1,
      right: l.value.ref.col,
    })),
  ];
  const covered = (row: number, col: number) => inAreas(areas, row, col);
  const found: Grid[] = [];
  for (const row of sheet.filledRows()) {
    // A header row: at least two cells outside the tables read already, texts or years, no other number.
    const texts = headerRow(sheet, row, covered);
    if (!texts) continue;
    // A group row over a header row of years ("Wijziging" over 2026 | 2027 ...) is part of that header.
    const next = sheet.filledRows().find((r) => r > row);
    if (next !== undefined && headerRow(sheet, next, covered)?.some((h) => h.year)) continue;
    // Years from the first column on: the label header ("Programma") stands in the group row above.
    const labelAbove = texts[0]?.year
      ? sheet
          .headerCells(row - 1)
          .filter((h) => h.col < texts[0].col && !covered(row - 1, h.col))
          .pop()
      : undefined;
    const valueHeaders = (labelAbove ? texts : texts.slice(1)).filter(
      (h) => bodyKind(sheet, row, h.col, true) === "bedragen"
    );
    if (valueHeaders.length === 0) continue;
    // Of several text columns before the amounts ("Omschrijving | Karakter | Bedrag"), the label column is
    // the one whose rows are closed by Totaal, Subtotaal or Saldo; else the nearest.
    const before = labelAbove ? [labelAbove] : texts.filter((h) => h.col < valueHeaders[0].col);
    const labelHeader =
      before.filter((h) => holdsClosingLabel(sheet, row, h.col)).pop() ?? before.pop();
    const labelCol = labelHeader?.col ?? Math.max(1, valueHeaders[0].col - 1);
    const valueCols = valueHeaders.map((h) => h.col);
    // Years under a group row ("Wijziging" over 2026 | 2027): the group names the column, and stands under the title.
    const grouped = valueHeaders.some((h) => h.year) && sheet.headerCells(row - 1).length >= 2;
    const headers = grouped ? withGroupAbove(sheet, row, valueHeaders) : valueHeaders;
    const roles = phaseRoles(headers);
    const { rows, hidden } = leaveOutHiddenRows(
      sheet,
      readGridRows(sheet, row, {
        labelCols: [labelCol],
        valueCols,
        roles: roles ?? valueCols.map(() => undefined),
        left: labelCol,
      }),
      valueCols
    );
    const withFigures = rows.filter((r) => r.cells.some((c) => c.amount.kind === "getal"));
    if (withFigures.length < 2) continue;
    const right = valueCols[valueCols.length - 1];
    const grid: Grid = {
      kind: roles ? "begrotingswijziging" : "onbekend",
      sheet: sheet.name,
      title:
        titleAbove(sheet, grouped ? row - 1 : row, labelCol, right) ||
        (labelHeader && !isNote(labelHeader.text) ? labelHeader.text : valueHeaders[0].text),
      headerRow: row,
      headers: headers.map((h) => h.text),
      roles: roles ?? valueCols.map(() => undefined),
      rows,
      left: labelCol,
      right,
      unit: sheet.unitAbove(row),
      ...(hidden.length > 0 ? { hiddenRows: hidden } : {}),
    };
    found.push(grid);
    areas.push({ top: row, bottom: rows[rows.length - 1].row, left: labelCol, right });
  }
  return found;
}

type RegionHeader = HeaderCell & { readonly year?: boolean };

/**
 * A begrotingswijziging over several years: every column a year under its phase ("Begroting voor
 * wijziging 2026", "Wijziging 2026", "Begroting na wijziging 2026"), all three phases present. The roles
 * are the phase and the year ("na-2026"), as the kind's per-year relation reads them; undefined else.
 */
function phaseRoles(headers: readonly RegionHeader[]): string[] | undefined {
  if (!headers.every((h) => h.year)) return undefined;
  const roles = headers.map((h) => {
    const named = /^(.+) (\d{4})$/.exec(h.text);
    const phase = named ? phaseOf(named[1]) : undefined;
    return phase ? `${phase}-${named![2]}` : undefined;
  });
  if (roles.some((r) => r === undefined) || new Set(roles).size !== roles.length) return undefined;
  const phases = new Set(roles.map((r) => r!.split("-")[0]));
  return phases.size === 3 ? (roles as string[]) : undefined;
}

/**
 * The header cells of a row outside the tables read already, when the row can head a table: at least two
 * cells, texts or years typed as numbers (2026 | 2027 ..., Excel keeps a typed year as a number, often in
 * the amounts' format "#,##0"), and no other number; undefined else.
 */
function headerRow(
  sheet: SheetView,
  row: number,
  covered: (row: number, col: number) => boolean
): RegionHeader[] | undefined {
  const years: RegionHeader[] = [];
  let open = 0;
  for (const [col, c] of sheet.rowCells(row)) {
    if (covered(row, col)) continue;
    open++;
    // A date in a date format is header text (sheetView.headerCells gives it as "31-08-2025").
    if (typeof c.value !== "number" || isDateFormat(c.numFmt)) continue;
    if (!isYearCell(c)) return undefined;
    // Consecutive years, or the same years again under the next group: 2026 | 2027 | 2026 | 2027.
    const [first, last] = [years[0], years[years.length - 1]].map((y) => Number(y?.text));
    if (years.length > 0 && c.value !== last + 1 && c.value !== first) return undefined;
    years.push({ col, text: String(c.value), norm: String(c.value), year: true });
  }
  if (open < 2) return undefined;
  // headerCells may give a year among texts as a text too (sheetView): here it counts once, as a year.
  const yearCols = new Set(years.map((y) => y.col));
  const texts = sheet.headerCells(row).filter((h) => !covered(row, h.col) && !yearCols.has(h.col));
  return years.length === 0 ? texts : [...texts, ...years].sort((a, b) => a.col - b.col);
}

/** True when the column under a header holds a closing label (Totaal, Subtotaal, Saldo) before a blank gap. */
function holdsClosingLabel(sheet: SheetView, headerRow: number, col: number): boolean {
  let blank = 0;
  for (let r = headerRow + 1; r <= Math.min(sheet.maxRow, headerRow + 60) && blank < 2; r++) {
    const text = sheet.text(r, col);
    blank = sheet.isBlankRow(r) ? blank + 1 : 0;
    if (/^(sub)?totaal\b|^saldo\b/.test(normalizeLabel(text))) return true;
  }
  return false;
}
