import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import * as fs from "fs";
import * as path from "path";

/*
 * A report written by berap-check --rapport, read back from disk: its rows as ExcelJS reads them (failing the
 * test on any formula cell) and the raw sheet XML, and where its links go.
 */
export interface ReportFileRow {
  /** The row's number on the sheet (an empty row is not in the list). */
  row: number;
  values: (string | number | undefined)[];
  numFmts: (string | undefined)[];
  link?: string;
}

/** The report's rows as ExcelJS reads them back, and the raw sheet XML (to see that no cell has <f>). */
export async function readReport(
  file: string,
  width = 8
): Promise<{ header: unknown[]; rows: ReportFileRow[]; xml: string }> {
  const parts = unzipSync(fs.readFileSync(file));
  const xml = Object.keys(parts)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .map((n) => strFromU8(parts[n]))
    .join("");
  const book = new ExcelJS.Workbook();
  const bytes = fs.readFileSync(file);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const ws = book.worksheets[0];
  const rows: ReportFileRow[] = [];
  let header: unknown[] = [];
  ws.eachRow((row, r) => {
    const cells = Array.from({ length: width }, (_, c) => row.getCell(c + 1));
    for (const cell of cells) expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
    if (r === 1) return void (header = cells.map((c) => c.value));
    const link = cells[2].value as ExcelJS.CellHyperlinkValue | null;
    rows.push({
      row: r,
      values: cells.map((c) =>
        typeof c.value === "object" && c.value !== null
          ? (c.value as ExcelJS.CellHyperlinkValue).text
          : (c.value ?? undefined)
      ) as ReportFileRow["values"],
      numFmts: cells.map((c) => c.numFmt),
      link: link?.hyperlink,
    });
  });
  return { header, rows, xml };
}

/** Where a link goes: the file it opens (resolved from the report's folder) and the location in it. */
export function target(report: string, link: string): { file: string; location: string } {
  const hash = link.indexOf("#");
  return {
    file: path.resolve(path.dirname(report), link.slice(0, hash)),
    location: link.slice(hash + 1),
  };
}
