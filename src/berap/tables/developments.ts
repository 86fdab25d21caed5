import { readAmount } from "../model/amount";
import { Financiering, parseFinanciering, parseFinancieringCode, parseSoort } from "../../calc";
import { TableHeader } from "./headers";
import { ignoresHiddenRows } from "./hiddenRows";
import { isTotalLabel, normalizeLabel, programmeOf } from "./labels";
import { bodyKind } from "./regions";
import { SheetView } from "./sheetView";
import { Development, DevelopmentList, RecognitionProblem } from "./types";

/** The columns of one list: soort, omschrijving, an optional financing column and the amount. */
interface ListColumns {
  readonly soort: number;
  readonly omschrijving: number;
  readonly financiering?: number;
  readonly bedrag: number;
  readonly right: number;
}

/**
 * Reads a list of ontwikkelingen from its header: a title above saying positief/voordelig or
 * negatief/nadelig, item rows, and a Totaal row. A list may hold blocks (Bedrijfsvoering, Concern), each
 * with a heading row, its items, its own Totaal and "Verwacht resultaat <blok>"; each block becomes a list.
 */
export function readDevelopmentLists(
  sheet: SheetView,
  located: { header: TableHeader; left: number; right: number },
  problems: RecognitionProblem[],
  programmeAt: (row: number) => string | undefined
): DevelopmentList[] {
  const { header } = located;
  const headerRow = header.row;
  const cols = listColumns(sheet, header, located.right);
  if (!cols) {
    problems.push({
      sheet: sheet.name,
      ref: { sheet: sheet.name, row: headerRow, col: header.columns[0].col },
      message:
        "tabel niet herkend: naast de kolommen Soort en Omschrijving staat geen kolom met bedragen",
    });
    return [];
  }
  const title = listTitle(sheet, headerRow, cols.soort, cols.bedrag);
  const omschrijvingHeader = normalizeLabel(sheet.text(headerRow, cols.omschrijving));
  const sign = signOf(normalizeLabel(title.text)) ?? signOf(omschrijvingHeader);
  if (!sign) {
    problems.push({
      sheet: sheet.name,
      ref: { sheet: sheet.name, row: headerRow, col: cols.soort },
      message:
        "tabel niet herkend: boven de lijst met ontwikkelingen staat niet of ze positief of negatief zijn",
    });
    return [];
  }
  const programme = programmeAt(headerRow);
  const lists: DevelopmentList[] = [];
  // A title that names no sign but a block ("Bedrijfsvoering" above a pair of lists, over one list or both)
  // is the list's block; else the block is a lone heading right above the title.
  let block =
    title.row !== headerRow && !signOf(normalizeLabel(title.text)) && isBlockName(title.text)
      ? title.text
      : blockAbove(sheet, title.row);
  let items: Development[] = [];
  let idle = 0;
  // Some controllers put the Totaal first, right under the header, with the items below it.
  let totalAbove: Development["bedrag"] | undefined;
  const close = (total?: Development["bedrag"]) => {
    total ??= totalAbove;
    totalAbove = undefined;
    const { shown, hiddenRows } = leaveOutHidden(sheet, items, total);
    if (items.length > 0 || total)
      lists.push({
        sheet: sheet.name,
        sign,
        block,
        headerRow,
        programme,
        items: shown,
        total,
        hiddenRows,
      });
    items = [];
  };
  for (let r = headerRow + 1; r <= sheet.maxRow; r++) {
    const soort = sheet.text(r, cols.soort);
    const omschrijving = sheet.text(r, cols.omschrijving);
    const cell = sheet.get(r, cols.bedrag);
    const amount = readAmount(cell);
    const ref = (c: number) => ({ sheet: sheet.name, row: r, col: c });
    if (isTotalLabel(omschrijving) || isTotalLabel(soort)) {
      const total = { ref: ref(cols.bedrag), amount, formula: cell?.formula !== undefined };
      if (items.length === 0 && !totalAbove && parseSoort(sheet.text(r + 1, cols.soort))) {
        totalAbove = total;
        continue;
      }
      close(total);
      const next = nextBlock(sheet, r + 1, cols);
      if (!next) break;
      block = next.heading;
      r = next.row;
      idle = 0;
      continue;
    }
    const heading = headingText(sheet, r, cols);
    if (heading !== undefined && isItem(sheet, r + 1, cols)) {
      // A block heading, in this list's columns or (for the list on the right) left of them.
      close();
      block = heading;
      continue;
    }
    // Below a Totaal that stands above them, the items are the rows with a soort, up to the first other row.
    if (totalAbove && !parseSoort(soort)) break;
    if (!soort && !omschrijving && amount.kind === "nihil" && !cell) {
      // Side-by-side lists differ in length: blank rows down to the shorter list's Totaal belong to it.
      if (totalFollows(sheet, r + 1, cols)) continue;
      if (++idle >= 2) break;
      continue;
    }
    if (normalizeLabel(soort) === "soort") break;
    idle = 0;
    items.push({
      row: r,
      soort: { text: soort || String(sheet.value(r, cols.soort) ?? ""), ref: ref(cols.soort) },
      omschrijving: { text: omschrijving, ref: ref(cols.omschrijving) },
      financiering:
        cols.financiering !== undefined
          ? { text: sheet.text(r, cols.financiering), ref: ref(cols.financiering) }
          : undefined,
      bedrag: { ref: ref(cols.bedrag), amount, formula: cell?.formula !== undefined },
    });
  }
  close();
  return lists;
}

/**
 * A development's financing: its own column's code or word, else the code its Omschrijving ends with. A
 * description that only is a financing word ("Projecten") names no financing.
 */
export function financingOf(d: Development): Financiering | undefined {
  return (
    (d.financiering && parseFinanciering(d.financiering.text)) ??
    parseFinancieringCode(d.omschrijving.text)
  );
}

function signOf(text: string): "positief" | "negatief" | undefined {
  if (/positie|voordel/.test(text)) return "positief";
  if (/negatie|nadel/.test(text)) return "negatief";
  return undefined;
}

function listColumns(
  sheet: SheetView,
  header: TableHeader,
  right: number
): ListColumns | undefined {
  const at = (role: string) => header.columns.find((c) => c.role === role)?.col;
  const soort = at("soort")!;
  const omschrijving = at("omschrijving")!;
  let financiering = at("financiering");
  let bedrag = at("bedrag");
  if (bedrag === undefined) {
    // An amount header may be just "€" or empty: the first column after the description holding amounts
    // (passing over the list's own financing column).
    const from = omschrijving + 1;
    const to = Math.min(
      right,
      from + 2 + (financiering !== undefined && financiering < from + 3 ? 1 : 0)
    );
    for (let c = from; c <= to && bedrag === undefined; c++)
      if (c !== financiering && bodyKind(sheet, header.row, c) === "bedragen") bedrag = c;
  }
  if (bedrag === undefined) return undefined;
  // A list's financing column stands between its description and its amount: a "Financiering" header
  // beyond the amount is the label header of the table beside the list (Resultaat per financiering).
  if (financiering !== undefined && financiering > bedrag) financiering = undefined;
  return {
    soort,
    omschrijving,
    financiering,
    bedrag,
    right: Math.max(bedrag, soort, omschrijving),
  };
}

/** The list's title: text over the list's columns in the three rows above the header. */
function listTitle(
  sheet: SheetView,
  headerRow: number,
  col: number,
  lastCol: number
): { text: string; row: number } {
  for (let r = headerRow - 1; r >= Math.max(1, headerRow - 3); r--) {
    for (let c = Math.max(1, col - 1); c <= lastCol; c++) {
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
function blockAbove(sheet: SheetView, titleRow: number): string | undefined {
  const r = titleRow - 1;
  if (r < 1) return undefined;
  const texts = sheet
    .rowCells(r)
    .filter(([, c]) => typeof c.value === "string" && c.value.trim() !== "");
  if (texts.length !== 1) return undefined;
  const text = String(texts[0][1].value).trim();
  return isBlockName(text) ? text : undefined;
}

function isBlockName(text: string): boolean {
  const t = normalizeLabel(text);
  return (
    t !== "" &&
    !/eur|euro|bedragen|berap|programma|^verwacht|cao|rente|^resultaat|ontwikkelingen/.test(t) &&
    !programmeOf(text) &&
    !isTotalLabel(text)
  );
}

/**
 * The texts of a row that belong to this list: those in its own columns, or else (a full-width heading
 * for the list on the right) those left of them. A heading repeated over each list belongs to each.
 */
function rowTexts(sheet: SheetView, row: number, cols: ListColumns): string[] {
  const texts = sheet
    .rowCells(row)
    .filter(([c, cell]) => c <= cols.right && typeof cell.value === "string" && cell.value.trim());
  const first = Math.min(cols.soort, cols.omschrijving);
  const own = texts.filter(([c]) => c >= first);
  return (own.length > 0 ? own : texts).map(([, cell]) => String(cell.value).trim());
}

/** A row with one text in the list's columns (or left of them) and no amount: a block heading's text. */
function headingText(sheet: SheetView, row: number, cols: ListColumns): string | undefined {
  if (readAmount(sheet.get(row, cols.bedrag)).kind !== "nihil") return undefined;
  const texts = rowTexts(sheet, row, cols);
  if (texts.length !== 1) return undefined;
  const text = texts[0];
  return !parseSoort(text) && isBlockName(text) ? text : undefined;
}

function isItem(sheet: SheetView, row: number, cols: ListColumns): boolean {
  return (
    parseSoort(sheet.text(row, cols.soort)) !== undefined ||
    (sheet.text(row, cols.omschrijving) !== "" &&
      readAmount(sheet.get(row, cols.bedrag)).kind === "getal")
  );
}

/**
 * After a Totaal: the next block of the same list, when one follows. Result lines ("Verwacht resultaat
 * Bedrijfsvoering") and blank rows are passed over; the next block starts at a heading followed by items.
 */
function nextBlock(
  sheet: SheetView,
  from: number,
  cols: ListColumns
): { heading: string; row: number } | undefined {
  for (let r = from; r <= Math.min(sheet.maxRow, from + 6); r++) {
    const texts = rowTexts(sheet, r, cols);
    if (texts.length === 0) continue;
    if (texts.some((t) => /^verwacht/.test(normalizeLabel(t)))) continue;
    if (texts.length === 1 && headingText(sheet, r, cols) && isItem(sheet, r + 1, cols))
      return { heading: texts[0], row: r };
    return undefined;
  }
  return undefined;
}

/** True when the next filled row in the list's columns is its Totaal row. */
function totalFollows(sheet: SheetView, fromRow: number, cols: ListColumns): boolean {
  for (let r = fromRow; r <= sheet.maxRow; r++) {
    const texts = [sheet.text(r, cols.soort), sheet.text(r, cols.omschrijving)];
    const filled = texts.some((t) => t !== "") || sheet.get(r, cols.bedrag) !== undefined;
    if (filled) return texts.some((t) => isTotalLabel(t));
  }
  return false;
}

/**
 * A list whose Totaal leaves hidden rows out (SUBTOTAL(109, ...)) is read as Excel adds it up: without its
 * hidden developments, whose rows are returned so that they can be named. A SUM Totaal keeps them all.
 */
function leaveOutHidden(
  sheet: SheetView,
  items: Development[],
  total: Development["bedrag"] | undefined
): { shown: Development[]; hiddenRows?: number[] } {
  const hidden = sheet.sheet.hiddenRows;
  if (!total || hidden.size === 0 || !items.some((i) => hidden.has(i.row))) return { shown: items };
  const formula = sheet.get(total.ref.row, total.ref.col)?.formula;
  if (!ignoresHiddenRows(formula, sheet.sheet.filtered)) return { shown: items };
  return {
    shown: items.filter((i) => !hidden.has(i.row)),
    hiddenRows: items.filter((i) => hidden.has(i.row)).map((i) => i.row),
  };
}
