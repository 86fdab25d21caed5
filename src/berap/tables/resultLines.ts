import { readAmount } from "../model/amount";
import { Sheet } from "../model/workbook";
import { normalizeLabel } from "./labels";
import { ResultLine, ResultLineKind } from "./types";

/** The result lines of a programme, by their label; the figure is the first filled cell to the right. */
const LINES: [RegExp, ResultLineKind][] = [
  // "Verwacht bedrijfsresultaat", also with a word between: "Verwacht\nregulier\nbedrijfsresultaat".
  [/^verwacht (?:[a-z]+ ){0,2}bedrijfsresultaat/, "bedrijfsresultaat"],
  [/^(overschot|tekort|voordeel|nadeel) (op de )?cao/, "cao"],
  // Older Beraps: "Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel" is the last line.
  [/^verwacht resultaat incl.*\brente/, "jaarrekening"],
  [/^verwacht resultaat incl/, "incl-cao"],
  [/(rentevoordeel|rente) schatkistbankieren|^verwacht voordeel rente|^rentevoordeel$/, "rente"],
  [/^verwacht jaarrekening ?resultaat/, "jaarrekening"],
  [/^verwacht resultaat /, "blokresultaat"],
];

export function recognizeResultLines(
  sheet: Sheet,
  inTable: (row: number, col: number) => boolean
): ResultLine[] {
  const lines: ResultLine[] = [];
  for (const row of sheet.filledRows()) {
    const cells = sheet.rowCells(row).filter(([col]) => !inTable(row, col));
    for (let i = 0; i < cells.length; i++) {
      const [col, cell] = cells[i];
      if (typeof cell.value !== "string") continue;
      const norm = normalizeLabel(cell.value);
      const match = LINES.find(([pattern]) => pattern.test(norm));
      if (!match) continue;
      const next = cells.slice(i + 1).find(([c]) => c <= col + 8);
      if (!next) continue;
      const [valueCol, valueCell] = next;
      const label = cell.value.trim();
      lines.push({
        kind: match[1],
        label,
        value: {
          ref: { sheet: sheet.name, row, col: valueCol },
          amount: readAmount(valueCell),
          formula: valueCell.formula !== undefined,
        },
        block:
          match[1] === "blokresultaat" ? label.replace(/^verwacht resultaat\s*/i, "") : undefined,
      });
      break;
    }
  }
  return lines;
}
