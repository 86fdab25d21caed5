import { readAmount } from "../model/amount";
import { TableRow, titleAbove } from "./grid";
import { weerstandsvermogen } from "./kinds/weerstandsvermogen";
import { SheetView } from "./sheetView";
import { AmountCell, Grid } from "./types";

/**
 * A weerstandsvermogen printed as a column of labels with their figures beside them, not as a table with
 * a header ("Benodigde weerstandscapaciteit | 2.500", "Beschikbare weerstandscapaciteit | 2.150", "Ratio
 * weerstandsvermogen | 0,86", "Oordeel | D matig"): read as a weerstandsvermogen table of one row, each
 * label a column of its role, so the same rule checks its ratio and its verdict. Needs benodigd and
 * beschikbaar within a few rows of each other in one label column; cells of tables read already are skipped.
 */
export function readVerticalWeerstand(
  sheet: SheetView,
  covered: (row: number, col: number) => boolean
): Grid[] {
  const grids: Grid[] = [];
  let after = 0;
  for (const row of sheet.filledRows()) {
    if (row <= after) continue;
    const start = labelled(sheet, row, covered);
    if (!start || start.role !== "benodigd") continue;
    const found = new Map<string, { label: string; cell: AmountCell; row: number }>();
    found.set(start.role, start);
    for (let r = row + 1; r <= Math.min(sheet.maxRow, row + 4); r++) {
      const next = labelled(sheet, r, covered, start.labelCol);
      if (next && !found.has(next.role)) found.set(next.role, next);
    }
    if (!found.has("beschikbaar")) continue;
    const roles = ["benodigd", "beschikbaar", "ratio"].filter((r) => found.has(r));
    const cells = roles.map((r) => found.get(r)!.cell);
    const last = Math.max(...roles.map((r) => found.get(r)!.row));
    const right = Math.max(...cells.map((c) => c.ref.col));
    // A header over the labels and figures ("Omschrijving | Bedrag") is no title: the title stands above it.
    const headed = row > 1 && sheet.headerCells(row - 1).length >= 2;
    const top = headed ? row - 1 : row;
    const title = titleAbove(sheet, top, start.labelCol, right) || weerstandsvermogen.title;
    // The row is named by the ratio's label (or beschikbaar's): the findings say "…, Ratio weerstandsvermogen, ratio".
    const named = found.get("ratio") ?? found.get("beschikbaar")!;
    grids.push({
      kind: "weerstandsvermogen",
      sheet: sheet.name,
      title,
      headerRow: top - 1,
      headers: roles.map((r) => found.get(r)!.label),
      roles,
      rows: [
        new TableRow(
          last,
          named.label,
          { sheet: sheet.name, row, col: start.labelCol },
          cells,
          new Map(roles.map((r, i) => [r, i]))
        ),
      ],
      left: start.labelCol,
      right,
      unit: sheet.unitAbove(row),
    });
    after = last;
  }
  return grids;
}

const ROLE_WORDS = new RegExp(weerstandsvermogen.roles.map((r) => r.words.source).join("|"));

/** A label naming a weerstand role, with the first figure right of it on its row. */
function labelled(
  sheet: SheetView,
  row: number,
  covered: (row: number, col: number) => boolean,
  labelCol?: number
) {
  // Most rows name no weerstand role: ruled out before their cells are copied and searched.
  if (!sheet.headerCells(row).some((h) => ROLE_WORDS.test(h.norm))) return undefined;
  const cells = sheet.rowCells(row).filter(([col]) => !covered(row, col));
  const at = cells.findIndex(
    ([col, c]) => typeof c.value === "string" && (labelCol ?? col) === col
  );
  if (at < 0) return undefined;
  const [col, cell] = cells[at];
  const norm = sheet.headerCells(row).find((h) => h.col === col)?.norm ?? "";
  const role = weerstandsvermogen.roles.find((r) => r.words.test(norm))?.role;
  if (!role) return undefined;
  for (const [valueCol, c] of cells.slice(at + 1)) {
    const amount = readAmount(c);
    if (amount.kind !== "getal") continue;
    const ref = { sheet: sheet.name, row, col: valueCol };
    return {
      role,
      label: String(cell.value).trim(),
      labelCol: col,
      row,
      cell: { ref, amount, formula: c.formula !== undefined },
    };
  }
  return undefined;
}
