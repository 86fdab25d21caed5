import { Decision, Finding, Summary } from "../berap";
import { NotChecked, reasonText } from "../workbook/outcome";
import { DecidedEntry, decisionLines, SEVERITY_WORD } from "./decisionsText";
import { terminalSafe } from "./terminalText";

/** The result for one checked file, in the shape `--json` prints. */
export interface FileReport {
  readonly bestand: string;
  readonly bevindingen: Finding[];
  readonly samenvatting: Summary;
  /** Findings accepted or ignored in the workbook's store while their figures are unchanged: not counted. */
  readonly besloten: DecidedEntry[];
  /** Decisions in the store that no longer hold: the figures changed (the finding, if any, is open again). */
  readonly vervallen: Decision[];
  /** With --rapport: where the report was written, or why it was not. */
  readonly rapport?: string;
  readonly rapportFout?: string;
}

/** A file that was not checked, in the shape `--json` prints: the file, the reason, and what kind of reason. */
export interface FileFailure {
  readonly bestand: string;
  readonly fout: string;
  readonly soort: NotChecked["kind"];
}

export type FileResult = FileReport | FileFailure;

export function isFailure(result: FileResult): result is FileFailure {
  return "fout" in result;
}

export function failureOf(bestand: string, outcome: NotChecked, detailed: boolean): FileFailure {
  return { bestand, fout: reasonText(outcome, detailed), soort: outcome.kind };
}

/**
 * 0 without fouten, 1 with fouten, 2 when the file was not checked. Only open fouten count: one the controller
 * accepted or ignored (while its figures are unchanged) is a decision made, not a fout to act on.
 */
export function exitCodeOf(result: FileResult): number {
  if (isFailure(result)) return 2;
  return result.samenvatting.fouten > 0 ? 1 : 0;
}

/**
 * Human-readable result: per sheet a heading with counts, then one line per finding, the total, and what
 * was decided (counted, or listed with `listDecided`); or the reason the file was not checked.
 */
export function formatResult(result: FileResult, listDecided = false): string {
  const safe = terminalSafe;
  if (isFailure(result)) {
    // "niets gecontroleerd: geen Berap-tabel herkend; …" says it itself; a read failure gets the heading.
    const reason =
      result.soort === "geen-berap"
        ? capitalize(result.fout)
        : `Niet gecontroleerd: ${result.fout}`;
    return `${safe(result.bestand)}\n\n  ${safe(reason)}`;
  }
  const lines: string[] = [safe(result.bestand)];
  const sheets = [...new Set(result.bevindingen.map((f) => f.blad))];
  for (const sheet of sheets) {
    const found = result.bevindingen.filter((f) => f.blad === sheet);
    const count = (e: Finding["ernst"]) => found.filter((f) => f.ernst === e).length;
    lines.push(
      "",
      `  ${safe(sheet) || "(werkmap)"}: ${tally(count("fout"), count("waarschuwing"), count("info"))}`
    );
    for (const f of found)
      lines.push(
        `    ${safe(f.cel || "-").padEnd(6)} ${SEVERITY_WORD[f.ernst].padEnd(12)} ${safe(f.bericht)}  [${safe(f.regel)}]`
      );
  }
  const s = result.samenvatting;
  lines.push("", `  Totaal: ${tally(s.fouten, s.waarschuwingen, s.info)}`);
  lines.push(...decisionLines(result.besloten, result.vervallen, listDecided));
  return lines.join("\n");
}

/** "1 fout, 22 waarschuwingen, 18 info": Dutch singular for one. */
function tally(fouten: number, waarschuwingen: number, info: number): string {
  const fout = fouten === 1 ? "fout" : "fouten";
  const waarschuwing = waarschuwingen === 1 ? "waarschuwing" : "waarschuwingen";
  return `${fouten} ${fout}, ${waarschuwingen} ${waarschuwing}, ${info} info`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
