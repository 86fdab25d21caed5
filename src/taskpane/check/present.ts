import { Decimal, formatDutchNumber } from "../../calc";
import { Ernst, Finding, RULES, Workbook } from "../../berap";
import { parseA1 } from "../../berap/model/workbook";
import { figureFormat, FigureFormat, isRoundingDifference } from "../../workbook/reportRows";

// The report's Office-free helpers live with the report (src/workbook/reportRows.ts); the pane uses the same.
export {
  figureFormat,
  isRoundingDifference,
  ruleName,
  type FigureFormat,
} from "../../workbook/reportRows";

/**
 * How the pane presents the engine's findings: pure functions, so the order, the overview line and the
 * headline of a finding are tested without a browser.
 */

export const ERNST_ORDER: readonly Ernst[] = ["fout", "waarschuwing", "info"];

/** The rule's explanation for "Waarom?". */
export function ruleExplanation(id: string): string | undefined {
  return RULES.find((r) => r.id === id)?.meta.beschrijving;
}

/**
 * The per-sheet notice of formulas without a calculated value (rule "tabel-niet-herkend", sent when a
 * program wrote the file and nobody opened it in Excel).
 */
export function isNotRecalculatedNotice(f: Finding): boolean {
  return f.regel === "tabel-niet-herkend" && /geen berekende waarde/.test(f.bericht);
}

/** Severity, then the workbook's sheet order, then row and column: fouten first, in reading order. */
export function orderForDisplay(
  findings: readonly Finding[],
  sheetOrder: readonly string[]
): Finding[] {
  const sheetIndex = (name: string) => {
    const i = sheetOrder.indexOf(name);
    return i < 0 ? (name === "" ? -1 : sheetOrder.length) : i;
  };
  const pos = (f: Finding) => parseA1(f.cel) ?? { row: 0, col: 0 };
  return [...findings].sort(
    (a, b) =>
      ERNST_ORDER.indexOf(a.ernst) - ERNST_ORDER.indexOf(b.ernst) ||
      sheetIndex(a.blad) - sheetIndex(b.blad) ||
      pos(a).row - pos(b).row ||
      pos(a).col - pos(b).col
  );
}

/** Findings of one severity, per sheet in the order they come. */
export function groupBySheet(
  findings: readonly Finding[]
): { blad: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.blad, [...(groups.get(f.blad) ?? []), f]);
  return [...groups].map(([blad, list]) => ({ blad, findings: list }));
}

/** "1 fout, 22 afrondingsverschillen, 18 info": the overview line above the results. */
export function overviewText(findings: readonly Finding[]): string {
  const fouten = findings.filter((f) => f.ernst === "fout").length;
  const afronding = findings.filter(isRoundingDifference).length;
  const waarschuwingen = findings.filter((f) => f.ernst === "waarschuwing").length - afronding;
  const info = findings.filter((f) => f.ernst === "info").length;
  const parts = [
    `${fouten} ${fouten === 1 ? "fout" : "fouten"}`,
    `${afronding} ${afronding === 1 ? "afrondingsverschil" : "afrondingsverschillen"}`,
  ];
  if (waarschuwingen > 0)
    parts.push(`${waarschuwingen} ${waarschuwingen === 1 ? "waarschuwing" : "waarschuwingen"}`);
  parts.push(`${info} info`);
  return parts.join(", ");
}

/** A figure as the cell shows it, the Dutch way: "1.377", "-376", "7,1%". */
export function showFigure(value: number, format: FigureFormat): string {
  if (format.percent) {
    const d = Math.max(0, format.decimals);
    return `${formatDutchNumber(new Decimal(value).times(100), d)}%`;
  }
  // No format known: every decimal the number has, at most 4 (a float's tail is not a figure).
  const decimals =
    format.decimals >= 0 ? format.decimals : Math.min(4, new Decimal(value).decimalPlaces());
  return formatDutchNumber(new Decimal(value).toDecimalPlaces(decimals), decimals);
}

/** Where the finding is: "Begroting D24", the sheet alone, or "Werkmap". */
export function place(f: { blad: string; cel: string }): string {
  return [f.blad, f.cel].filter(Boolean).join(" ") || "Werkmap";
}

export interface CellLookup {
  numFmt(blad: string, cel: string): string | undefined;
  /** What the cell holds, for showing it outside Excel: "438", "=SUM(D12:D23) = 438", "leeg". */
  describe(blad: string, cel: string): string;
  /** True when the cell holds a formula that has no calculated value. */
  uncalculated(blad: string, cel: string): boolean;
  sheetOrder: readonly string[];
}

export function cellLookup(workbook: Workbook | undefined): CellLookup {
  const sheets = new Map((workbook?.sheets ?? []).map((s) => [s.name, s]));
  const cell = (blad: string, cel: string) => {
    const a1 = parseA1(cel);
    return a1 ? sheets.get(blad)?.get(a1.row, a1.col) : undefined;
  };
  return {
    sheetOrder: workbook?.sheets.map((s) => s.name) ?? [],
    numFmt: (blad, cel) => cell(blad, cel)?.numFmt,
    uncalculated: (blad, cel) => {
      const c = cell(blad, cel);
      return c?.formula !== undefined && c.value === null;
    },
    describe: (blad, cel) => {
      const c = cell(blad, cel);
      if (!c) return "leeg";
      const v = c.value;
      const shown =
        typeof v === "number"
          ? showFigure(v, figureFormat(c.numFmt))
          : v === null
            ? "geen berekende waarde"
            : typeof v === "object"
              ? v.error
              : String(v);
      return c.formula ? `formule =${c.formula}, uitkomst ${shown}` : `ingetypt: ${shown}`;
    },
  };
}

/**
 * The finding's figures in words, in the order a controller reads a cell: what is there, what the table
 * says, and the difference. Empty when the finding has no pair of figures (info, unreadable cells).
 */
export function figuresLine(f: Finding, format: FigureFormat): string | undefined {
  const { gevonden, verwacht } = f;
  if (typeof gevonden === "number" && typeof verwacht === "number") {
    const difference = new Decimal(gevonden).minus(verwacht).toNumber();
    const kind = isRoundingDifference(f) ? "afrondingsverschil" : "verschil";
    return `Er staat ${showFigure(gevonden, format)}, volgens de tabel ${showFigure(verwacht, format)}: ${kind} ${showFigure(difference, format)}.`;
  }
  if (typeof gevonden === "string" && f.ernst !== "info") return `Er staat: ${gevonden}.`;
  return undefined;
}

/** Other findings on the same cell, and how they fit together with this one. */
export function relatedFindings(f: Finding, all: readonly Finding[]): Finding[] {
  if (!f.cel) return [];
  return all.filter((o) => o !== f && o.blad === f.blad && o.cel === f.cel);
}

export function relationText(
  f: Finding,
  related: readonly Finding[],
  format: FigureFormat
): string {
  const expected = [f, ...related]
    .filter((x) => typeof x.verwacht === "number")
    .map((x) => showFigure(x.verwacht as number, format));
  if (expected.length >= 2 && new Set(expected).size > 1)
    return `Deze cel wordt op ${expected.length} manieren nagerekend en die geven ${expected.join(" en ")}: ze gebruiken andere cellen. Klopt de cel volgens de ene berekening maar niet volgens de andere, dan zit het verschil in de cellen van die andere berekening, niet in deze cel alleen.`;
  return "Dezelfde cel valt onder meer dan één controle; elk hieronder is een aparte bevinding.";
}

/**
 * Splits off what follows from formulas without a calculated value: the notices themselves (one banner), and
 * the findings on a cell that has no calculated value or that use one (they would read it as 0).
 */
export function splitNotRecalculated(
  findings: readonly Finding[],
  cells: CellLookup
): { notices: Finding[]; suppressed: Finding[]; rest: Finding[] } {
  const notices = findings.filter(isNotRecalculatedNotice);
  if (notices.length === 0) return { notices, suppressed: [], rest: [...findings] };
  // With the cells of the relation (`cellen`), exact: one of them has no value. Without, on a sheet with
  // such formulas a comparison with 0 on one side is what a missing value looks like (it is read as 0).
  const sheets = new Set(notices.map((f) => f.blad));
  const uses = (f: Finding) =>
    [{ blad: f.blad, cel: f.cel }, ...(f.cellen ?? [])].some((c) =>
      cells.uncalculated(c.blad, c.cel)
    ) ||
    (!f.cellen &&
      sheets.has(f.blad) &&
      typeof f.verwacht === "number" &&
      typeof f.gevonden === "number" &&
      (f.verwacht === 0 || f.gevonden === 0));
  const suppressed = findings.filter((f) => !isNotRecalculatedNotice(f) && uses(f));
  return {
    notices,
    suppressed,
    rest: findings.filter((f) => !isNotRecalculatedNotice(f) && !suppressed.includes(f)),
  };
}
