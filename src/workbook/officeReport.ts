import type { DecidedFinding, Finding } from "../berap";
import {
  asText,
  cellReference,
  LINK_COLUMN,
  ReportPresentation,
  reportPresentation,
  reportLines,
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
 * severity and the rule's plain name, the figures as numbers in their cells' format; the accepted and
 * ignored findings (`besloten`) after them under "Geaccepteerd en genegeerd", with Besluit, Reden, Datum.
 * Two syncs.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  presentation: ReportPresentation = PLAIN,
  besloten: readonly DecidedFinding[] = []
): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(worksheets.items.map((w) => w.name));
  const ws = worksheets.add(name);
  const lines = reportLines(findings, besloten, presentation);
  const width = lines[0].values.length;
  const range = ws.getRangeByIndexes(0, 0, lines.length, width);
  // The format first, in the same batch: a value is read by Excel in the format its cell has.
  range.numberFormat = lines.map((line) => [...line.formats]);
  range.values = lines.map((line) =>
    line.values.map((v) => (typeof v === "string" ? asText(v) : v))
  );
  lines.forEach((line, i) => {
    if (line.bold) ws.getRangeByIndexes(i, 0, 1, width).format.font.bold = true;
    if (!line.link) return;
    const { blad, cel } = line.link;
    ws.getRangeByIndexes(i, LINK_COLUMN, 1, 1).hyperlink = {
      documentReference: cellReference(blad, cel),
      textToDisplay: cel,
      screenTip: `Ga naar ${blad} ${cel}`,
    };
  });
  ws.freezePanes.freezeRows(1);
  range.format.autofitColumns();
  ws.activate();
  await context.sync();
  return name;
}
