/*
 * One shape for what three readers read, so the comparison can check them cell by cell: per sheet name, each
 * filled cell's address and value as text ("n:12.5", "s:tekst", "b:1", "e:#DIV/0!"), with a formula marker.
 */
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { cellAddress, Workbook } from "../../src/berap/model/workbook";

export type Normalized = Record<string, Record<string, string>>;

/** What a reader read and how long the read itself took (the normalising is not timed). */
export interface Timed {
  readonly ms: number;
  readonly sheets: Normalized;
}

async function timed<T>(
  read: () => Promise<T> | T,
  normalize: (t: T) => Normalized
): Promise<Timed> {
  const start = process.hrtime.bigint();
  const result = await read();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, sheets: normalize(result) };
}

// Long texts are compared by digest, once per distinct text: a cell may repeat a megabyte string 10.000 times.
const digests = new Map<string, string>();
function str(text: string): string {
  if (text.length < 64) return `s:${text}`;
  let d = digests.get(text);
  if (!d) {
    if (digests.size > 10_000) digests.clear();
    d = `s#${createHash("sha1").update(text).digest("hex")}`;
    digests.set(text, d);
  }
  return d;
}

function num(n: number): string {
  return `n:${Number(n.toPrecision(12))}`;
}

export function fromOwn(bytes: Buffer): Promise<Timed> {
  const { readXlsx } = require("../../src/workbook/xlsx");
  return timed(() => readXlsx(bytes) as Promise<Workbook>, normalizeModel);
}

export function normalizeModel(workbook: Workbook): Normalized {
  const out: Normalized = {};
  for (const sheet of workbook.sheets) {
    const cells: Record<string, string> = {};
    for (const row of sheet.filledRows())
      for (const [col, cell] of sheet.rowCells(row)) {
        const v = cell.value;
        const text =
          v === null
            ? ""
            : typeof v === "number"
              ? num(v)
              : typeof v === "string"
                ? str(v)
                : typeof v === "boolean"
                  ? `b:${v ? 1 : 0}`
                  : `e:${v.error}`;
        if (text !== "" && text !== "s:") cells[cellAddress(row, col)] = text;
      }
    out[sheet.name] = cells;
  }
  return out;
}

/** ExcelJS as the project used it up to now (the old src/workbook/xlsx.ts, values only). */
export function fromExcelJs(bytes: Buffer): Promise<Timed> {
  const excel = new ExcelJS.Workbook();
  return timed(
    () => excel.xlsx.load(bytes as unknown as ArrayBuffer),
    () => normalizeExcelJs(excel)
  );
}

function normalizeExcelJs(excel: ExcelJS.Workbook): Normalized {
  const out: Normalized = {};
  for (const ws of excel.worksheets) {
    const cells: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const raw = (cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value) as unknown;
        const text = excelJsText(raw);
        if (text !== "" && text !== "s:") cells[cell.address] = text;
      })
    );
    out[ws.name] = cells;
  }
  return out;
}

function excelJsText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return num(raw);
  if (typeof raw === "string") return str(raw);
  if (typeof raw === "boolean") return `b:${raw ? 1 : 0}`;
  if (raw instanceof Date) return num((raw.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
  const o = raw as Record<string, unknown>;
  if ("error" in o) return `e:${String(o.error)}`;
  if ("richText" in o && Array.isArray(o.richText))
    return str((o.richText as { text: string }[]).map((t) => t.text).join(""));
  if ("formula" in o || "sharedFormula" in o) return excelJsText(o.result);
  if ("text" in o) return `s:${String(o.text)}`;
  return `s:${String(raw)}`;
}

interface SheetJsCell {
  t: string;
  v?: unknown;
  w?: string;
}

/** SheetJS CE (@e965/xlsx 0.20.3), loaded from SHEETJS_PATH or node_modules: not a project dependency. */
export function fromSheetJs(bytes: Buffer): Promise<Timed> {
  const XLSX = require(process.env.SHEETJS_PATH ?? "@e965/xlsx");
  const options = {
    type: "buffer",
    cellFormula: true,
    cellNF: true,
    cellDates: false,
    dense: true,
  };
  return timed(() => XLSX.read(bytes, options), normalizeSheetJs);
}

function normalizeSheetJs(wb: any): Normalized {
  const out: Normalized = {};
  for (const name of wb.SheetNames as string[]) {
    const ws = wb.Sheets[name];
    if (ws["!type"] === "chart") continue;
    const cells: Record<string, string> = {};
    const data = (ws["!data"] ?? []) as (SheetJsCell | undefined)[][];
    data.forEach((row, r) =>
      (row ?? []).forEach((cell, c) => {
        if (!cell) return;
        const text =
          cell.t === "n"
            ? num(Number(cell.v))
            : cell.t === "s"
              ? str(String(cell.v ?? ""))
              : cell.t === "b"
                ? `b:${cell.v ? 1 : 0}`
                : cell.t === "e"
                  ? `e:${cell.w ?? ""}`
                  : cell.t === "d"
                    ? `s:${String(cell.v)}`
                    : "";
        if (text !== "" && text !== "s:") cells[cellAddress(r + 1, c + 1)] = text;
      })
    );
    out[name] = cells;
  }
  return out;
}
