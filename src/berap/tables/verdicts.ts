import { normalizeLabel } from "./labels";
import { SheetView } from "./sheetView";
import { Grid, Ref } from "./types";

/** A printed verdict on the weerstandsvermogen: the band of SamenTwente's norm, or a class of the NAR scale. */
const VERDICT =
  /\b(binnen|onder|boven) (de )?bandbreedte\b|\bklasse [a-f]\b|\buitstekend\b|\bvoldoende\b|\bmatig\b/;

/**
 * The verdict texts printed with a weerstandsvermogen table: in its rows right of the labels (an Oordeel
 * column) and in the three rows under it ("Oordeel: binnen de bandbreedte", "NAR-klasse D: matig").
 */
export function verdictTexts(sheet: SheetView, grid: Grid): { text: string; ref: Ref }[] {
  const last = grid.rows.length ? grid.rows[grid.rows.length - 1].row : grid.headerRow;
  const labelCols = new Set(grid.rows.map((r) => r.labelRef.col));
  const out: { text: string; ref: Ref }[] = [];
  for (let r = grid.headerRow + 1; r <= Math.min(sheet.maxRow, last + 3); r++)
    for (const [col, cell] of sheet.rowCells(r)) {
      if (col < grid.left || col > grid.right + 3 || typeof cell.value !== "string") continue;
      if (r <= last && labelCols.has(col)) continue;
      if (VERDICT.test(normalizeLabel(cell.value)))
        out.push({ text: cell.value.trim(), ref: { sheet: sheet.name, row: r, col } });
    }
  return out;
}
