import { isNote, readGridRows, titleAbove } from "./grid";
import { normalizeLabel } from "./labels";
import { Area, bodyKind, inAreas, SheetRegions } from "./regions";
import { SheetView } from "./sheetView";
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
    // A header row: at least two cells outside the tables read already, none of them a number.
    let open = 0;
    let number = false;
    for (const [col, c] of sheet.rowCells(row)) {
      if (covered(row, col)) continue;
      open++;
      if (typeof c.value === "number") number = true;
    }
    if (open < 2 || number) continue;
    const texts = sheet.headerCells(row).filter((h) => !covered(row, h.col));
    const valueHeaders = texts
      .slice(1)
      .filter((h) => bodyKind(sheet, row, h.col, true) === "bedragen");
    if (valueHeaders.length === 0) continue;
    // Of several text columns before the amounts ("Omschrijving | Karakter | Bedrag"), the label column is
    // the one whose rows are closed by Totaal, Subtotaal or Saldo; else the nearest.
    const before = texts.filter((h) => h.col < valueHeaders[0].col);
    const labelHeader =
      before.filter((h) => holdsClosingLabel(sheet, row, h.col)).pop() ?? before.pop();
    const labelCol = labelHeader?.col ?? Math.max(1, valueHeaders[0].col - 1);
    const valueCols = valueHeaders.map((h) => h.col);
    const rows = readGridRows(sheet, row, {
      labelCols: [labelCol],
      valueCols,
      roles: valueCols.map(() => undefined),
      left: labelCol,
    });
    const withFigures = rows.filter((r) => r.cells.some((c) => c.amount.kind === "getal"));
    if (withFigures.length < 2) continue;
    const right = valueCols[valueCols.length - 1];
    const grid: Grid = {
      kind: "onbekend",
      sheet: sheet.name,
      title:
        titleAbove(sheet, row, labelCol, right) ||
        (labelHeader && !isNote(labelHeader.text) ? labelHeader.text : valueHeaders[0].text),
      headerRow: row,
      headers: valueHeaders.map((h) => h.text),
      roles: valueCols.map(() => undefined),
      rows,
      left: labelCol,
      right,
      unit: sheet.unitAbove(row),
    };
    found.push(grid);
    areas.push({ top: row, bottom: rows[rows.length - 1].row, left: labelCol, right });
  }
  return found;
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
