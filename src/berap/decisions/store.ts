import { CellValue, isErrorValue, Sheet } from "../model/workbook";
import { Besluit, Decision, MAX_REASON_LENGTH } from "./decision";

/**
 * The decisions live in the workbook itself, on one very hidden sheet, so they travel with the file: the pane
 * in Excel, the pane on a saved copy and berap-check all read the same store. Every cell on it is text
 * (written with number format "@" or as an inline string), so a sheet name or reason from the workbook can
 * never become a formula. The engine never checks this sheet.
 *
 * Layout: row 1 a title and a line for whoever unhides the sheet, row 2 the column names, then one row per
 * decision. The columns are found by name, so a later version may add some.
 */
export const STORE_SHEET = "Berap-controle besluiten";

const TITLE = "Berap-controle: geaccepteerde en genegeerde bevindingen";
const NOTE =
  "Dit blad hoort bij de invoegtoepassing Berap-controle. Wijzig het niet; een besluit intrekken kan in het taakvenster.";

const COLUMNS = [
  "Regel",
  "Blad",
  "Cel",
  "Verwacht",
  "Gevonden",
  "Besluit",
  "Reden",
  "Datum",
  "Bericht",
] as const;
type Column = (typeof COLUMNS)[number];

const FIELD: Record<Column, keyof Decision> = {
  Regel: "regel",
  Blad: "blad",
  Cel: "cel",
  Verwacht: "verwacht",
  Gevonden: "gevonden",
  Besluit: "besluit",
  Reden: "reden",
  Datum: "datum",
  Bericht: "bericht",
};

/** The store's rows, every cell text: what the Office adapter and the .xlsx writer put on the sheet. */
export function storeRows(decisions: readonly Decision[]): string[][] {
  return [
    [TITLE, NOTE, ...Array<string>(COLUMNS.length - 2).fill("")],
    [...COLUMNS],
    ...decisions.map((d) => COLUMNS.map((c) => d[FIELD[c]])),
  ];
}

export interface StoreContents {
  readonly decisions: Decision[];
  /** Rows that could not be read as a decision, in Dutch: "rij 7: besluit 'ok' onbekend". */
  readonly problems: string[];
}

const BESLUITEN: readonly Besluit[] = ["geaccepteerd", "genegeerd"];

/** Reads the decisions from the store sheet; a row it cannot read is named, never guessed. */
export function readStore(sheet: Sheet): StoreContents {
  const decisions: Decision[] = [];
  const problems: string[] = [];
  let header: Map<Column, number> | undefined;
  let headerRow = 0;
  for (let row = 1; row <= sheet.maxRow && !header; row++) {
    const names = new Map<Column, number>();
    for (let col = 1; col <= sheet.maxCol; col++) {
      const name = text(sheet.value(row, col));
      if ((COLUMNS as readonly string[]).includes(name)) names.set(name as Column, col);
    }
    if (names.has("Regel") && names.has("Besluit")) {
      header = names;
      headerRow = row;
    }
  }
  if (!header) {
    if (sheet.maxRow > 0) problems.push("de kolomnamen (Regel, Besluit, ...) ontbreken");
    return { decisions, problems };
  }
  for (let row = headerRow + 1; row <= sheet.maxRow; row++) {
    const get = (c: Column) => (header.has(c) ? text(sheet.value(row, header.get(c)!)) : "");
    if (COLUMNS.every((c) => get(c) === "")) continue;
    const besluit = get("Besluit") as Besluit;
    if (!BESLUITEN.includes(besluit)) {
      problems.push(`rij ${row}: besluit '${get("Besluit").slice(0, 40)}' is onbekend`);
      continue;
    }
    if (get("Regel") === "") {
      problems.push(`rij ${row}: de regel ontbreekt`);
      continue;
    }
    decisions.push({
      besluit,
      regel: get("Regel"),
      blad: get("Blad"),
      cel: get("Cel"),
      verwacht: get("Verwacht"),
      gevonden: get("Gevonden"),
      bericht: get("Bericht"),
      reden: get("Reden").slice(0, MAX_REASON_LENGTH),
      datum: get("Datum"),
    });
  }
  return { decisions, problems };
}

/** A cell as the store's text: a number someone retyped reads as the same text the pane wrote. */
function text(value: CellValue): string {
  if (value === null || isErrorValue(value)) return "";
  return typeof value === "number" ? String(value) : String(value).trim();
}
