import { CellValue, parseA1, Sheet } from "../../berap/model/workbook";
import { WorkbookReadError } from "./errors";
import { Deadline, dutchInteger, ReadLimits } from "./limits";
import { shiftFormula } from "./formula";
import { cellText, parseXmlPart } from "./xml";
import { ZipArchive } from "./zip";

/**
 * One worksheet part into the model: values, cached formula results, formulas and number formats, and merged
 * ranges kept as rectangles, clipped to the used range. Validations, hyperlinks and conditional formats are
 * not read at all: the engine does not need them, so a whole-sheet one costs nothing.
 */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export interface SheetContext {
  readonly strings: readonly string[];
  readonly formats: readonly (string | undefined)[];
  readonly limits: ReadLimits;
  readonly deadline: Deadline;
  /** Filled cells read so far in the workbook, against `limits.maxCells`. */
  cells: number;
}

interface SharedFormula {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export function readSheet(zip: ZipArchive, name: string, part: string, ctx: SheetContext): Sheet {
  const sheet = new Sheet(name);
  const shared = new Map<string, SharedFormula>();
  const merges: string[] = [];
  let row = 0;
  let col = 0;
  // The used range: every cell element counts, an empty styled one too (a merged area's other cells are such).
  let usedRows = 0;
  let usedCols = 0;
  // The cell being read.
  let type = "";
  let style = 0;
  let value: string[] | undefined;
  let formula: string[] | undefined;
  let sharedIndex: string | undefined;
  let inlineText = false;
  let phonetic = 0;
  let collect: string[] | undefined;

  const finishCell = () => {
    const cellValue = value === undefined ? null : toValue(type, value.join(""), ctx.strings);
    let text = formula?.join("");
    if (sharedIndex !== undefined) {
      const master = shared.get(sharedIndex);
      if (text) shared.set(sharedIndex, { row, col, text });
      else if (master) text = shiftFormula(master.text, row - master.row, col - master.col);
    }
    if (cellValue === null && text === undefined) return;
    if (row > MAX_ROW || col > MAX_COL || row < 1 || col < 1) return;
    if (++ctx.cells > ctx.limits.maxCells)
      throw new WorkbookReadError(
        "te-groot",
        `het bestand is te groot: meer dan ${dutchInteger(ctx.limits.maxCells)} gevulde cellen`
      );
    const numFmt = ctx.formats[style];
    sheet.set(
      row,
      col,
      text === undefined
        ? { value: cellValue, numFmt }
        : { value: cellValue, formula: text, numFmt }
    );
  };

  parseXmlPart(
    zip,
    part,
    {
      open(tag, a) {
        switch (tag) {
          case "row":
            row = a.r ? Number(a.r) : row + 1;
            col = 0;
            if ((a.hidden === "1" || a.hidden === "true") && row >= 1 && row <= MAX_ROW)
              sheet.hiddenRows.add(row);
            break;
          case "autoFilter":
            sheet.filtered = true;
            break;
          case "c": {
            const at = a.r ? parseA1(a.r) : undefined;
            if (at) ({ row, col } = at);
            else col++;
            if (row <= MAX_ROW && row > usedRows) usedRows = row;
            if (col <= MAX_COL && col > usedCols) usedCols = col;
            type = a.t ?? "n";
            style = a.s ? Number(a.s) : 0;
            value = formula = sharedIndex = undefined;
            break;
          }
          case "v":
            collect = value = [];
            break;
          case "f":
            collect = formula = [];
            sharedIndex = a.t === "shared" ? (a.si ?? "") : undefined;
            break;
          case "is":
            value = [];
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (value !== undefined && phonetic === 0) inlineText = true;
            break;
          case "mergeCell":
            if (a.ref && merges.length < ctx.limits.maxMergesPerSheet) merges.push(a.ref);
            break;
        }
      },
      close(tag) {
        if (tag === "v" || tag === "f") collect = undefined;
        else if (tag === "t") inlineText = false;
        else if (tag === "rPh") phonetic--;
        else if (tag === "c") finishCell();
      },
      text(text) {
        if (collect) collect.push(text);
        else if (inlineText) value?.push(text);
      },
    },
    ctx.deadline
  );
  addMerges(sheet, merges, usedRows, usedCols);
  return sheet;
}

function toValue(type: string, raw: string, strings: readonly string[]): CellValue {
  switch (type) {
    case "s":
      return raw.trim() === "" ? null : (strings[Number(raw)] ?? null);
    case "str":
    case "inlineStr":
      return cellText(raw);
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return { error: raw.trim() };
    case "d": {
      const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      return Number.isFinite(time) ? (time - Date.UTC(1899, 11, 30)) / 86_400_000 : raw;
    }
    default: {
      if (raw.trim() === "") return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}

/** Merged ranges as rectangles, clipped to the sheet's used range; a range outside it is dropped. */
function addMerges(
  sheet: Sheet,
  refs: readonly string[],
  usedRows: number,
  usedCols: number
): void {
  for (const ref of refs) {
    const [from, to = from] = ref.split(":").map((a) => parseA1(a));
    if (!from || !to) continue;
    const top = Math.min(from.row, to.row);
    const left = Math.min(from.col, to.col);
    if (top > usedRows || left > usedCols) continue;
    sheet.merges.push({
      top,
      left,
      bottom: Math.min(Math.max(from.row, to.row), usedRows),
      right: Math.min(Math.max(from.col, to.col), usedCols),
    });
  }
}
