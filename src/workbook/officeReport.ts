import type { Finding } from "../berap";
import {
  asText,
  cellReference,
  LINK_COLUMN,
  REPORT_HEADER,
  ReportPresentation,
  reportPresentation,
  reportRow,
} from "./reportRows";

export { asText, cellReference };
export type { ReportPresentation };

/** "Berap-controle", or "Berap-controle (2)" and so on when that name is taken: a sheet is never overwritten. */
export function uniqueSheetName(existing: readonly string[], base = "Berap-controle"): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

const PLAIN: ReportPresentation = reportPresentation(() => undefined);

/**
 * Writes the findings to a new sheet with a unique name and activates it: a link to each finding's cell,
 * severity and the rule's plain name, the figures as numbers in their cells' format. Two syncs.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  presentation: ReportPresentation = PLAIN
): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(worksheets.items.map((w) => w.name));
  const ws = worksheets.add(name);
  const rows = findings.map((f) => reportRow(f, presentation));
  const range = ws.getRangeByIndexes(0, 0, rows.length + 1, REPORT_HEADER.length);
  // The format first, in the same batch: a value is read by Excel in the format its cell has.
  range.numberFormat = [REPORT_HEADER.map(() => "@"), ...rows.map((row) => [...row.formats])];
  range.values = [
    [...REPORT_HEADER],
    ...rows.map((row) => row.values.map((v) => (typeof v === "string" ? asText(v) : v))),
  ];
  findings.forEach((f, i) => {
    if (!f.cel) return;
    ws.getRangeByIndexes(i + 1, LINK_COLUMN, 1, 1).hyperlink = {
      documentReference: cellReference(f.blad, f.cel),
      textToDisplay: f.cel,
      screenTip: `Ga naar ${f.blad} ${f.cel}`,
    };
  });
  ws.getRangeByIndexes(0, 0, 1, REPORT_HEADER.length).format.font.bold = true;
  ws.freezePanes.freezeRows(1);
  range.format.autofitColumns();
  ws.activate();
  await context.sync();
  return name;
}
