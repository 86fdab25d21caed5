import type { Finding } from "../berap";

/** "Berap-controle", or "Berap-controle (2)" and so on when that name is taken: a sheet is never overwritten. */
export function uniqueSheetName(existing: readonly string[], base = "Berap-controle"): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

/** What the pane knows about a finding that the engine does not say: its rule's plain name, its cell's format. */
export interface ReportPresentation {
  /** "Totaal ingetypt" for "totaal-zonder-formule": the report never shows an internal id. */
  ruleName(id: string): string;
  /** The Excel number format of the finding's figures ("#,##0", "0.0%"), as its own cell shows them. */
  numberFormat(f: Finding): string;
  /** "Fout", "Afrondingsverschil", "Waarschuwing", "Info". */
  severity(f: Finding): string;
}

const PLAIN: ReportPresentation = {
  ruleName: (id) => id,
  numberFormat: () => "#,##0",
  severity: (f) => f.ernst,
};

const HEADER = [
  "Ernst",
  "Blad",
  "Cel",
  "Bericht",
  "Volgens de tabel",
  "Er staat",
  "Controle",
  "Verschil",
];

/**
 * Text from the checked workbook (sheet names, labels, messages that quote them) is written as text, never
 * as a formula: the cell gets the Text number format "@" before its value, and a text that Excel would read
 * as a formula or a number (it starts with =, +, -, @ or is a number) also gets a leading apostrophe, Excel's
 * own "this is text" prefix, which Excel does not show. Both, because a text cell alone is not honoured by
 * every writer of the value.
 */
export function asText(text: string): string {
  return /^[=+\-@'\t\r\n]/.test(text) || /^\s*[\d.,]+\s*$/.test(text) ? `'${text}` : text;
}

/** A link to a cell of this workbook: 'Sheet name'!B7, quotes in the name doubled as Excel wants. */
export function cellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

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
  const rows: (string | number)[][] = findings.map((f) => {
    const difference =
      typeof f.gevonden === "number" && typeof f.verwacht === "number"
        ? Math.round((f.gevonden - f.verwacht) * 1e10) / 1e10
        : "";
    return [
      presentation.severity(f),
      f.blad,
      f.cel,
      f.bericht,
      f.verwacht ?? "",
      f.gevonden ?? "",
      presentation.ruleName(f.regel),
      difference,
    ];
  });
  const formats = rows.map((row, i) =>
    row.map((v, c) =>
      typeof v === "number" && c >= 4 ? presentation.numberFormat(findings[i]) : "@"
    )
  );
  const range = ws.getRangeByIndexes(0, 0, rows.length + 1, HEADER.length);
  // The format first, in the same batch: a value is read by Excel in the format its cell has.
  range.numberFormat = [HEADER.map(() => "@"), ...formats];
  range.values = [
    HEADER,
    ...rows.map((row) => row.map((v) => (typeof v === "string" ? asText(v) : v))),
  ];
  findings.forEach((f, i) => {
    if (!f.cel) return;
    ws.getRangeByIndexes(i + 1, 2, 1, 1).hyperlink = {
      documentReference: cellReference(f.blad, f.cel),
      textToDisplay: f.cel,
      screenTip: `Ga naar ${f.blad} ${f.cel}`,
    };
  });
  ws.getRangeByIndexes(0, 0, 1, HEADER.length).format.font.bold = true;
  ws.freezePanes.freezeRows(1);
  range.format.autofitColumns();
  ws.activate();
  await context.sync();
  return name;
}
