import { DecidedFinding, Finding, RULES } from "../berap";

/**
 * The report's content, one implementation for both writers: the pane's sheet through Office.js
 * (officeReport.ts) and the command line's .xlsx (xlsxReport.ts). Office-free and file-free: the header,
 * the row per finding (severity word, plain rule name, figures and difference), each finding's number format,
 * the accepted and ignored findings in a section of their own, and how text from the workbook is kept text.
 */

const RULE_META = new Map(RULES.map((r) => [r.id, r.meta]));

/** The rule's plain Dutch name from its meta ("Totaal ingetypt"), for the pane and the report: never the id. */
export function ruleName(id: string): string {
  return RULE_META.get(id)?.naam ?? "Controle";
}

/**
 * A difference within the tolerance is an afrondingsverschil: the engine's compare names it by its message id.
 * Other warnings (could not read, not sure) are not.
 */
export function isRoundingDifference(f: Finding): boolean {
  return f.ernst === "waarschuwing" && ROUNDING_MESSAGES.has(f.messageId ?? "");
}

/** compare's difference within the tolerance, and a distribution whose per-row rounded shares cannot close. */
const ROUNDING_MESSAGES = new Set(["afrondingsverschil", "perRegelNietSluitend"]);

export const SEVERITY_LABEL: Record<Finding["ernst"], string> = {
  fout: "Fout",
  waarschuwing: "Waarschuwing",
  info: "Info",
};

/** "Fout", "Afrondingsverschil", "Waarschuwing" or "Info": the word a controller uses. */
export function severityLabel(f: Finding): string {
  return isRoundingDifference(f) ? "Afrondingsverschil" : SEVERITY_LABEL[f.ernst];
}

/** How a cell shows its number: as a percentage or not, and with how many decimals. */
export interface FigureFormat {
  readonly percent: boolean;
  readonly decimals: number;
}

/** The decimals and percent sign of an Excel number format such as "#,##0", "0.0%" or "#,##0.00;-#,##0.00". */
export function figureFormat(numFmt: string | undefined): FigureFormat {
  const section = (numFmt ?? "").split(";")[0].replace(/"[^"]*"|\[[^\]]*\]/g, "");
  const decimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  return { percent: section.includes("%"), decimals: numFmt ? decimals : -1 };
}

/** The figures' format: the finding's own cell decides, or a percentage in the message when the cell has none. */
export function findingFormat(f: Finding, numFmt: string | undefined): FigureFormat {
  const own = figureFormat(numFmt);
  if (own.percent || own.decimals >= 0) return own;
  const percent = /(\d+)(?:,(\d+))?%/.exec(f.bericht);
  return percent ? { percent: true, decimals: percent[2]?.length ?? 0 } : own;
}

/** The Excel number format the report gives a figure: "#,##0", "#,##0.0", "0%", "0.0%". */
export function excelNumberFormat(format: FigureFormat): string {
  const decimals = Math.max(0, format.decimals);
  const tail = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  return format.percent ? `0${tail}%` : `#,##0${tail}`;
}

/** What the report knows about a finding that the engine does not say: its rule's plain name, its cell's format. */
export interface ReportPresentation {
  /** "Totaal ingetypt" for "totaal-zonder-formule": the report never shows an internal id. */
  ruleName(id: string): string;
  /** The Excel number format of the finding's figures ("#,##0", "0.0%"), as its own cell shows them. */
  numberFormat(f: Finding): string;
  /** "Fout", "Afrondingsverschil", "Waarschuwing", "Info". */
  severity(f: Finding): string;
}

/** The presentation for a workbook whose cells' formats `numFmt` looks up. */
export function reportPresentation(
  numFmt: (blad: string, cel: string) => string | undefined
): ReportPresentation {
  return {
    ruleName,
    severity: severityLabel,
    numberFormat: (f) => excelNumberFormat(findingFormat(f, numFmt(f.blad, f.cel))),
  };
}

export const REPORT_HEADER = [
  "Ernst",
  "Blad",
  "Cel",
  "Bericht",
  "Volgens de tabel",
  "Er staat",
  "Controle",
  "Verschil",
] as const;

/** Column (0-based) of the cell link and of the first figure. */
export const LINK_COLUMN = 2;
const FIRST_FIGURE_COLUMN = 4;

/** One report row: its values (strings are text from the engine or the workbook) and each cell's number format. */
export interface ReportRow {
  readonly values: readonly (string | number)[];
  /** "@" (Text) for every text cell, the finding's figure format for a number. */
  readonly formats: readonly string[];
}

export function reportRow(f: Finding, presentation: ReportPresentation): ReportRow {
  const difference =
    typeof f.gevonden === "number" && typeof f.verwacht === "number"
      ? Math.round((f.gevonden - f.verwacht) * 1e10) / 1e10
      : "";
  const values = [
    presentation.severity(f),
    f.blad,
    f.cel,
    f.bericht,
    f.verwacht ?? "",
    f.gevonden ?? "",
    presentation.ruleName(f.regel),
    difference,
  ];
  const format = values.some((v, c) => typeof v === "number" && c >= FIRST_FIGURE_COLUMN)
    ? presentation.numberFormat(f)
    : "@";
  return {
    values,
    formats: values.map((v, c) =>
      typeof v === "number" && c >= FIRST_FIGURE_COLUMN ? format : "@"
    ),
  };
}

/** The title of the section after the open findings: what the controller accepted or ignored. */
export const DECIDED_TITLE = "Geaccepteerd en genegeerd";

/** The decided findings' columns: the open findings' columns, then the decision. */
export const DECIDED_HEADER = [...REPORT_HEADER, "Besluit", "Reden", "Datum"] as const;

const BESLUIT_LABEL: Record<DecidedFinding["besluit"]["besluit"], string> = {
  geaccepteerd: "Geaccepteerd",
  genegeerd: "Genegeerd",
};

/** A decided finding's row: its finding's row, then the decision, its reason and its day, all text. */
export function decidedReportRow(d: DecidedFinding, presentation: ReportPresentation): ReportRow {
  const row = reportRow(d.bevinding, presentation);
  return {
    values: [...row.values, BESLUIT_LABEL[d.besluit.besluit], d.besluit.reden, d.besluit.datum],
    formats: [...row.formats, "@", "@", "@"],
  };
}

/** One line of the report sheet, as both writers put it there: every line as wide as the widest. */
export interface ReportLine extends ReportRow {
  /** The header and the section's title and header. */
  readonly bold: boolean;
  /** The finding whose cell the link column opens; none for a header or a finding without a cell. */
  readonly link?: { readonly blad: string; readonly cel: string };
}

/**
 * The whole report, line by line: the header and the open findings; then, when the controller decided
 * some, an empty line, the title "Geaccepteerd en genegeerd", its header (with Besluit, Reden, Datum) and
 * one line per decided finding. Without decided findings the report is exactly as wide as REPORT_HEADER.
 */
export function reportLines(
  findings: readonly Finding[],
  besloten: readonly DecidedFinding[],
  presentation: ReportPresentation
): ReportLine[] {
  const width = besloten.length > 0 ? DECIDED_HEADER.length : REPORT_HEADER.length;
  const line = (row: ReportRow, bold: boolean, f?: Finding): ReportLine => ({
    values: [...row.values, ...Array<string>(width - row.values.length).fill("")],
    formats: [...row.formats, ...Array<string>(width - row.formats.length).fill("@")],
    bold,
    link: f?.cel ? { blad: f.blad, cel: f.cel } : undefined,
  });
  const heading = (values: readonly string[]): ReportRow => ({
    values,
    formats: values.map(() => "@"),
  });
  const lines = [
    line(heading(REPORT_HEADER), true),
    ...findings.map((f) => line(reportRow(f, presentation), false, f)),
  ];
  if (besloten.length === 0) return lines;
  return [
    ...lines,
    line(heading([]), false),
    line(heading([DECIDED_TITLE]), true),
    line(heading(DECIDED_HEADER), true),
    ...besloten.map((d) => line(decidedReportRow(d, presentation), false, d.bevinding)),
  ];
}

/** True for a text Excel would read as a formula or a number when typed: it starts with =, +, -, @ or is a number. */
export function readsAsFormulaOrNumber(text: string): boolean {
  return /^[=+\-@'\t\r\n]/.test(text) || /^\s*[\d.,]+\s*$/.test(text);
}

/**
 * Text from the checked workbook (sheet names, labels, messages that quote them) is written as text, never
 * as a formula: the cell gets the Text number format "@" before its value, and a text that Excel would read
 * as a formula or a number also gets a leading apostrophe, Excel's own "this is text" prefix, which Excel
 * does not show. Both, because a text cell alone is not honoured by every writer of the value. (In a file
 * the prefix is the cell style's quotePrefix instead: see xlsxReport.ts.)
 */
export function asText(text: string): string {
  return readsAsFormulaOrNumber(text) ? `'${text}` : text;
}

/** A link to a cell: 'Sheet name'!B7, quotes in the name doubled as Excel wants. */
export function cellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
