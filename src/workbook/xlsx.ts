import ExcelJS from "exceljs";
import { CellValue, parseA1, Sheet, Workbook } from "../berap/model/workbook";

/**
 * Reads an .xlsx file into the engine's workbook model with ExcelJS, in Node and in the browser. Formulas
 * are kept with their cached results; merged areas keep only their top-left cell (where Excel keeps the
 * value) and are listed in `merges`.
 */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(OLE)) {
    throw new WorkbookReadError(
      "het bestand is versleuteld of in het oude .xls-formaat; sla het op als .xlsx zonder wachtwoord"
    );
  }
  if (!starts(ZIP)) throw new WorkbookReadError("het bestand is geen Excel-werkmap (.xlsx)");
  const excel = new ExcelJS.Workbook();
  try {
    // ExcelJS accepts a Node Buffer or an ArrayBuffer; a Uint8Array view is passed as its own ArrayBuffer.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await excel.xlsx.load(buffer as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError(
      `de werkmap kan niet worden gelezen (${error instanceof Error ? error.message : String(error)})`
    );
  }
  return { sheets: excel.worksheets.map(toSheet) };
}

function toSheet(ws: ExcelJS.Worksheet): Sheet {
  const sheet = new Sheet(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // For formulas ask the cell itself: ExcelJS's `value` object drops a cached result of 0.
      const { value, formula } =
        cell.type === ExcelJS.ValueType.Formula
          ? { value: convert(cell.result as ExcelValue).value, formula: String(cell.formula ?? "") }
          : convert(cell.value);
      const numFmt = cell.numFmt || undefined;
      sheet.set(
        rowNumber,
        colNumber,
        formula === undefined ? { value, numFmt } : { value, formula, numFmt }
      );
    });
  });
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const ref of merges) {
    const [from, to] = ref.split(":").map(parseA1);
    if (from && (to ?? from))
      sheet.merges.push({
        top: from.row,
        left: from.col,
        bottom: (to ?? from).row,
        right: (to ?? from).col,
      });
  }
  return sheet;
}

type ExcelValue = ExcelJS.CellValue;

function convert(raw: ExcelValue): { value: CellValue; formula?: string } {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean")
    return { value: raw };
  if (raw instanceof Date) return { value: excelSerial(raw) };
  if (typeof raw === "object") {
    const o = raw as unknown as Record<string, unknown>;
    if ("error" in o) return { value: { error: String(o.error) } };
    if ("formula" in o || "sharedFormula" in o) {
      const formula = String(o.formula ?? o.sharedFormula ?? "");
      return { value: convert((o.result ?? null) as ExcelValue).value, formula };
    }
    if ("richText" in o && Array.isArray(o.richText)) {
      return { value: (o.richText as { text: string }[]).map((t) => t.text).join("") };
    }
    if ("text" in o) return { value: String(o.text) };
  }
  return { value: String(raw) };
}

/** Excel stores dates as days since 30 December 1899; the model keeps them as that number. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}
