import { Sheet } from "../model/workbook";
import { isTotalLabel, normalizeLabel, programmeOf, ProgrammeName } from "./labels";

/**
 * Which programme each row of a sheet belongs to: the nearest programme title above it ("Financiële update
 * GGD Twente", "2. OZJT", "Projectenbudget OZJT"), or else the programme the sheet's name or top title
 * names. A consolidated title ("Samenvatting", "Totaal SamenTwente") ends the programmes above it.
 */
export function programmeLocator(sheet: Sheet): (row: number) => ProgrammeName | undefined {
  const fallback = programmeOf(sheet.name) ?? programmeOf(sheetTitle(sheet));
  const marks: { row: number; programme: ProgrammeName | undefined }[] = [];
  for (const row of sheet.filledRows()) {
    const cells = sheet.rowCells(row);
    if (cells.some(([, c]) => typeof c.value === "number")) continue;
    const texts = cells
      .map(([, c]) => (typeof c.value === "string" ? c.value.trim() : ""))
      .filter((t) => t !== "");
    if (texts.length === 0 || texts.length > 2) continue;
    const programme = programmeOf(texts[0]);
    if (programme && !isTotalLabel(texts[0])) marks.push({ row, programme });
    else if (
      !isTotalLabel(texts[0]) &&
      /samenvatting|geconsolideerd|samentwente|overzicht|\btotaal\b/.test(normalizeLabel(texts[0]))
    )
      marks.push({ row, programme: undefined });
  }
  return (row) => {
    let found: ProgrammeName | undefined = fallback;
    for (const m of marks) {
      if (m.row > row) break;
      found = m.programme;
    }
    return found;
  };
}

/** The first text in the top rows of a sheet. */
export function sheetTitle(sheet: Sheet): string {
  for (let r = 1; r <= Math.min(3, sheet.maxRow); r++) {
    const cell = sheet
      .rowCells(r)
      .find(([, c]) => typeof c.value === "string" && normalizeLabel(String(c.value)) !== "");
    if (cell) return String(cell[1].value);
  }
  return "";
}
