import type { Finding } from "../berap";

/** "Berap-controle", or "Berap-controle (2)" and so on when that name is taken: a sheet is never overwritten. */
export function uniqueSheetName(existing: readonly string[], base = "Berap-controle"): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

/** Writes the findings to a new sheet with a unique name and activates it. Two syncs. */
export async function writeReportSheet(
  context: Excel.RequestContext,
  findings: readonly Finding[]
): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(worksheets.items.map((w) => w.name));
  const ws = worksheets.add(name);
  const header = ["Ernst", "Blad", "Cel", "Bericht", "Verwacht", "Gevonden", "Regel"];
  const rows = findings.map((f) => [
    f.ernst,
    f.blad,
    f.cel,
    f.bericht,
    f.verwacht ?? "",
    f.gevonden ?? "",
    f.regel,
  ]);
  const range = ws.getRangeByIndexes(0, 0, rows.length + 1, header.length);
  range.values = [header, ...rows];
  ws.getRangeByIndexes(0, 0, 1, header.length).format.font.bold = true;
  ws.activate();
  await context.sync();
  return name;
}
