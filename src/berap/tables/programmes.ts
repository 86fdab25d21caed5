import { isTotalLabel, normalizeLabel, programmeOf, ProgrammeName } from "./labels";
import { SheetView } from "./sheetView";

/**
 * Which programme each row of a sheet belongs to: the nearest programme title above it ("Financiële update
 * GGD Twente", "2. OZJT", "Projectenbudget OZJT"), or else the programme the sheet's name or top title
 * names. A consolidated title ("Samenvatting", "Totaal SamenTwente") ends the programmes above it.
 */
export function programmeLocator(sheet: SheetView): (row: number) => ProgrammeName | undefined {
  const fallback = programmeOf(sheet.name) ?? programmeOf(sheetTitle(sheet));
  const marks: { row: number; programme: ProgrammeName | undefined }[] = [];
  for (const row of sheet.filledRows()) {
    if (sheet.rowCells(row).some(([, c]) => typeof c.value === "number")) continue;
    const texts = sheet.headerCells(row);
    if (texts.length === 0 || texts.length > 2) continue;
    const mark = titleMark(texts[0].text);
    if (mark) marks.push({ row, programme: mark === CONSOLIDATED ? undefined : mark });
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

const CONSOLIDATED = "geconsolideerd";

// The same titles on every sheet: what a title marks is worked out once per text.
const marksOf = new Map<string, ProgrammeName | typeof CONSOLIDATED | null>();
function titleMark(text: string): ProgrammeName | typeof CONSOLIDATED | null {
  let mark = marksOf.get(text);
  if (mark === undefined) {
    const programme = programmeOf(text);
    mark = isTotalLabel(text)
      ? null
      : (programme ??
        (/samenvatting|geconsolideerd|samentwente|overzicht|\btotaal\b/.test(normalizeLabel(text))
          ? CONSOLIDATED
          : null));
    if (marksOf.size < 50_000) marksOf.set(text, mark);
  }
  return mark;
}

/** The first text in the top rows of a sheet. */
export function sheetTitle(sheet: SheetView): string {
  for (let r = 1; r <= Math.min(3, sheet.maxRow); r++) {
    const cell = sheet
      .rowCells(r)
      .find(([, c]) => typeof c.value === "string" && normalizeLabel(String(c.value)) !== "");
    if (cell) return String(cell[1].value);
  }
  return "";
}
