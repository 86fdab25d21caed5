import { readAmount } from "../model/amount";
import { normalizeLabel } from "./labels";
import { HeaderCell, SheetView } from "./sheetView";
import { ResultLine, ResultLineKind } from "./types";

/** The result lines of a programme, by their label; the figure is the first filled cell to the right. */
const LINES: [RegExp, ResultLineKind][] = [
  // "Verwacht bedrijfsresultaat", also with a word between: "Verwacht\nregulier\nbedrijfsresultaat".
  [/^verwacht (?:[a-z]+ ){0,2}bedrijfsresultaat/, "bedrijfsresultaat"],
  [/^(overschot|tekort|voordeel|nadeel) (op de )?cao/, "cao"],
  // Older Beraps: "Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel" is the last line.
  [/^verwacht resultaat incl.*\brente/, "jaarrekening"],
  [/^verwacht resultaat incl/, "incl-cao"],
  // The interest line, worded as a voordeel, a nadeel or neither; its figure is signed (a nadeel negative).
  [
    /(rentevoordeel|rentenadeel|rente) schatkistbankieren|^verwacht (voordeel|nadeel) rente|^rente(voordeel|nadeel)?$/,
    "rente",
  ],
  [/^verwacht jaarrekening ?resultaat/, "jaarrekening"],
  [/^verwacht resultaat /, "blokresultaat"],
];

export function recognizeResultLines(
  sheet: SheetView,
  inTable: (row: number, col: number) => boolean
): ResultLine[] {
  const lines: ResultLine[] = [];
  for (const row of sheet.filledRows()) {
    // Most rows hold no result line's label: they are passed over on their (cached) texts alone.
    if (!namesLine(sheet.headerCells(row), row, inTable)) continue;
    const cells = sheet.rowCells(row).filter(([col]) => !inTable(row, col));
    for (let i = 0; i < cells.length; i++) {
      const [col, cell] = cells[i];
      if (typeof cell.value !== "string") continue;
      const kind = lineKind(normalizeLabel(cell.value));
      if (!kind) continue;
      const next = cells.slice(i + 1).find(([c]) => c <= col + 8);
      if (!next) continue;
      const [valueCol, valueCell] = next;
      const label = cell.value.trim();
      lines.push({
        kind,
        label,
        value: {
          ref: { sheet: sheet.name, row, col: valueCol },
          amount: readAmount(valueCell),
          formula: valueCell.formula !== undefined,
        },
        block: kind === "blokresultaat" ? label.replace(/^verwacht resultaat\s*/i, "") : undefined,
      });
      break;
    }
  }
  return lines;
}

/** A plain loop, not `some`: asked of every row of every sheet. */
function namesLine(
  cells: readonly HeaderCell[],
  row: number,
  inTable: (row: number, col: number) => boolean
): boolean {
  for (const h of cells) if (lineKind(h.norm) && !inTable(row, h.col)) return true;
  return false;
}

// The same labels on every programme sheet: each text's kind is worked out once.
const kinds = new Map<string, ResultLineKind | null>();
function lineKind(norm: string): ResultLineKind | null {
  let kind = kinds.get(norm);
  if (kind === undefined) {
    kind = LINES.find(([pattern]) => pattern.test(norm))?.[1] ?? null;
    if (kinds.size < 50_000) kinds.set(norm, kind);
  }
  return kind;
}
