import { readAmount } from "../model/amount";
import { Sheet } from "../model/workbook";
import { isGridHeader } from "./recognizeGrids";
import { isTotalLabel, normalizeLabel, programmeOf } from "./labels";
import { Development, DevelopmentList, RecognitionProblem } from "./types";

/**
 * Finds the lists of ontwikkelingen: a header "Soort | Omschrijving | amount", a title above saying
 * positief/voordelig or negatief/nadelig, item rows, and a closing Totaal row. Lists may stand side by side.
 */
export function recognizeDevelopmentLists(
  sheet: Sheet,
  problems: RecognitionProblem[]
): DevelopmentList[] {
  const lists: DevelopmentList[] = [];
  for (const row of sheet.filledRows()) {
    for (const [col, cell] of sheet.rowCells(row)) {
      if (typeof cell.value !== "string" || normalizeLabel(cell.value) !== "soort") continue;
      if (!/^omschrijving/.test(normalizeLabel(sheet.text(row, col + 1)))) {
        if (isGridHeader(sheet, row)) continue; // a doorwerking table also starts with "Soort"
        problems.push({
          sheet: sheet.name,
          ref: { sheet: sheet.name, row, col },
          message: "tabel niet herkend: naast de kolom Soort ontbreekt de kolom Omschrijving",
        });
        continue;
      }
      const list = readList(sheet, row, col, problems);
      if (list) lists.push(list);
    }
  }
  return lists;
}

function readList(
  sheet: Sheet,
  headerRow: number,
  col: number,
  problems: RecognitionProblem[]
): DevelopmentList | undefined {
  const title = listTitle(sheet, headerRow, col);
  const t = normalizeLabel(title.text);
  const sign = /positie|voordel/.test(t)
    ? "positief"
    : /negatie|nadel/.test(t)
      ? "negatief"
      : undefined;
  if (!sign) {
    problems.push({
      sheet: sheet.name,
      ref: { sheet: sheet.name, row: headerRow, col },
      message:
        "tabel niet herkend: boven de lijst met ontwikkelingen staat niet of ze positief of negatief zijn",
    });
    return undefined;
  }
  const amountCol = col + 2;
  const items: Development[] = [];
  let total;
  let idle = 0;
  for (let r = headerRow + 1; r <= sheet.maxRow; r++) {
    const soort = sheet.text(r, col);
    const omschrijving = sheet.text(r, col + 1);
    const cell = sheet.get(r, amountCol);
    const amount = readAmount(cell);
    const ref = (c: number) => ({ sheet: sheet.name, row: r, col: c });
    if (isTotalLabel(omschrijving) || isTotalLabel(soort)) {
      total = { ref: ref(amountCol), amount, formula: cell?.formula !== undefined };
      break;
    }
    if (!soort && !omschrijving && amount.kind === "nihil" && !cell) {
      // Side-by-side lists differ in length: blank rows down to the shorter list's Totaal belong to it.
      if (totalFollows(sheet, r + 1, col)) continue;
      if (++idle >= 2) break;
      continue;
    }
    if (normalizeLabel(soort) === "soort") break;
    idle = 0;
    items.push({
      row: r,
      soort: { text: soort || String(sheet.value(r, col) ?? ""), ref: ref(col) },
      omschrijving: { text: omschrijving, ref: ref(col + 1) },
      bedrag: { ref: ref(amountCol), amount, formula: cell?.formula !== undefined },
    });
  }
  return { sheet: sheet.name, sign, block: blockAbove(sheet, title.row), headerRow, items, total };
}

/** The list's title: text within a column of the Soort column, in the three rows above the header. */
function listTitle(sheet: Sheet, headerRow: number, col: number): { text: string; row: number } {
  for (let r = headerRow - 1; r >= Math.max(1, headerRow - 3); r--) {
    for (let c = Math.max(1, col - 1); c <= col + 2; c++) {
      const text = sheet.text(r, c);
      if (text) return { text, row: r };
    }
  }
  return { text: "", row: headerRow };
}

/**
 * The block (Bedrijfsvoering, Concern) a list belongs to: a lone heading in the row right above the list
 * titles, that is not the sheet title or a unit note.
 */
function blockAbove(sheet: Sheet, titleRow: number): string | undefined {
  const r = titleRow - 1;
  if (r < 1) return undefined;
  const texts = sheet
    .rowCells(r)
    .filter(([, c]) => typeof c.value === "string" && c.value.trim() !== "");
  if (texts.length !== 1) return undefined;
  const text = String(texts[0][1].value).trim();
  const t = normalizeLabel(text);
  if (/eur|euro|bedragen|berap|programma/.test(t) || programmeOf(text)) return undefined;
  return text;
}

/** True when the next filled row in the list's three columns is its Totaal row. */
function totalFollows(sheet: Sheet, fromRow: number, col: number): boolean {
  for (let r = fromRow; r <= sheet.maxRow; r++) {
    const texts = [sheet.text(r, col), sheet.text(r, col + 1)];
    const filled = texts.some((t) => t !== "") || sheet.get(r, col + 2) !== undefined;
    if (filled) return texts.some((t) => isTotalLabel(t));
  }
  return false;
}
