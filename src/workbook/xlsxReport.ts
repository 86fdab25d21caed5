import ExcelJS from "exceljs";
import type { DecidedFinding, Finding } from "../berap";
import { parseA1, Workbook } from "../berap/model/workbook";
import {
  cellReference,
  LINK_COLUMN,
  ReportPresentation,
  reportPresentation,
  reportLines,
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

/**
 * A value as the file must hold it to read back the same. A text's control characters (other than tab and
 * line breaks) cannot be in XML at all and are left out, on purpose here rather than by the writer's grace;
 * and "_x0041_" in a text is OOXML's escape for "A" (ECMA-376 part 1, 22.9.2.19), which ExcelJS writes as it
 * is, so a literal one gets its underscore escaped ("_x005F_") and Excel shows it unchanged.
 */
function fileValue(value: string | number): string | number {
  if (typeof value === "number") return value;
  return value.replace(NOT_IN_XML, "").replace(/_(x[0-9a-f]{4}_)/gi, "_x005F_$1");
}

// eslint-disable-next-line no-control-regex -- dropping the characters XML cannot hold is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** D24 as $D$24: an absolute reference, which a link's location accepts and ExcelJS keeps external. */
function absolute(cel: string): string {
  return cel.replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2");
}

/**
 * The report as .xlsx bytes. `linkTarget` is the checked file as the report reaches it: a path relative to
 * the report's folder, with "/" ("werkmap.xlsx", "../in/werkmap.xlsx"). The accepted and ignored findings
 * (`besloten`) follow the open ones in a section of their own.
 */
export async function xlsxReport(
  findings: readonly Finding[],
  presentation: ReportPresentation,
  linkTarget: string,
  besloten: readonly DecidedFinding[] = []
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Berap-controle", { views: [{ state: "frozen", ySplit: 1 }] });
  for (const line of reportLines(findings, besloten, presentation)) {
    // An empty text is no cell at all: null, so the section's empty line stays empty in the file.
    const excelRow = ws.addRow(line.values.map((v) => (v === "" ? null : fileValue(v))));
    line.formats.forEach((numFmt, c) => (excelRow.getCell(c + 1).numFmt = numFmt));
    if (line.bold) excelRow.font = { bold: true };
    if (!line.link) continue;
    const { blad, cel } = line.link;
    const link = excelRow.getCell(LINK_COLUMN + 1);
    link.value = {
      text: cel,
      hyperlink: `${linkTarget}#${cellReference(blad, absolute(cel))}`,
      tooltip: `Ga naar ${blad} ${cel}`,
    };
    link.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  [16, 22, 8, 70, 16, 16, 28, 12, 14, 40, 12].forEach(
    (width, c) => (ws.getColumn(c + 1).width = width)
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}
