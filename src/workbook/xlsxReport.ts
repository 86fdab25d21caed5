import ExcelJS from "exceljs";
import type { Finding } from "../berap";
import { parseA1, Workbook } from "../berap/model/workbook";
import {
  cellReference,
  LINK_COLUMN,
  REPORT_HEADER,
  ReportPresentation,
  reportPresentation,
  reportRow,
} from "./reportRows";

/**
 * The pane's "Rapport op nieuw blad" as an .xlsx of its own, for the command line: the same rows
 * (reportRows.ts), a link per finding that opens the cell in the checked file.
 *
 * Text from the checked workbook stays text: ExcelJS writes a string value as a shared string (`t="s"`),
 * never as a formula (a formula needs `{ formula }`), and every text cell has the Text format "@" as in the
 * pane. The pane's leading apostrophe is not written: it is Excel's prefix for *typing* a value, which this
 * file never goes through; in a file it would be a visible character of the text.
 */

/** The presentation for a workbook read from file: each finding's number format is its own cell's. */
export function presentationOf(workbook: Workbook): ReportPresentation {
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  return reportPresentation((blad, cel) => {
    const at = parseA1(cel);
    return at ? sheets.get(blad)?.get(at.row, at.col)?.numFmt : undefined;
  });
}

/** D24 as $D$24: an absolute reference, which a link's location accepts and ExcelJS keeps external. */
function absolute(cel: string): string {
  return cel.replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2");
}

/**
 * The report as .xlsx bytes. `linkTarget` is the checked file as the report reaches it: a path relative to
 * the report's folder, with "/" ("werkmap.xlsx", "../in/werkmap.xlsx").
 */
export async function xlsxReport(
  findings: readonly Finding[],
  presentation: ReportPresentation,
  linkTarget: string
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Berap-controle", { views: [{ state: "frozen", ySplit: 1 }] });
  const header = ws.addRow([...REPORT_HEADER]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.numFmt = "@"));
  findings.forEach((f) => {
    const row = reportRow(f, presentation);
    const excelRow = ws.addRow([...row.values]);
    row.formats.forEach((numFmt, c) => (excelRow.getCell(c + 1).numFmt = numFmt));
    if (!f.cel) return;
    const link = excelRow.getCell(LINK_COLUMN + 1);
    link.value = {
      text: f.cel,
      hyperlink: `${linkTarget}#${cellReference(f.blad, absolute(f.cel))}`,
      tooltip: `Ga naar ${f.blad} ${f.cel}`,
    };
    link.font = { color: { argb: "FF0563C1" }, underline: true };
  });
  [16, 22, 8, 70, 16, 16, 28, 12].forEach((width, c) => (ws.getColumn(c + 1).width = width));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
