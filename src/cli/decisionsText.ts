import type { Besluit, DecidedFinding, Decision, Finding } from "../berap";
import { formatDutchNumber } from "../calc";
import { ruleName } from "../workbook/reportRows";
import { terminalSafe } from "./terminalText";

/**
 * The human output's part about decisions: the findings a controller accepted or ignored in the task pane
 * (stored in the workbook) are not among the open findings, and the decisions that no longer hold because the
 * figures changed are named. Without --ook-geaccepteerd one line each says how many; with it they are listed.
 * Every text from the workbook (sheet names, messages, reasons, dates) goes through terminalSafe.
 */

/** A finding the controller accepted or ignored, as `--json` prints it: the finding and the decision. */
export type DecidedEntry = Finding & {
  readonly besluit: Besluit;
  readonly reden: string;
  readonly datum: string;
};

export function decidedEntry({ bevinding, besluit }: DecidedFinding): DecidedEntry {
  return { ...bevinding, besluit: besluit.besluit, reden: besluit.reden, datum: besluit.datum };
}

export const SEVERITY_WORD: Record<Finding["ernst"], string> = {
  fout: "FOUT",
  waarschuwing: "waarschuwing",
  info: "info",
};

const SEE = " (zie --ook-geaccepteerd)";

/** The lines after the total, each indented as the total is; none when nothing was decided and nothing listed. */
export function decisionLines(
  besloten: readonly DecidedEntry[],
  vervallen: readonly Decision[],
  list: boolean
): string[] {
  const lines: string[] = [];
  if (list) {
    lines.push("", `  ${decidedCount(besloten.length)}${besloten.length > 0 ? ":" : ""}`);
    for (const f of besloten)
      lines.push(
        `    ${place(f.blad, f.cel)}  ${SEVERITY_WORD[f.ernst]}  ${terminalSafe(ruleName(f.regel))}: ${terminalSafe(f.bericht)}`,
        `      ${decisionText(f)}`
      );
  } else if (besloten.length > 0) lines.push(`  ${decidedCount(besloten.length)}${SEE}`);
  if (vervallen.length > 0) {
    if (list) lines.push("");
    lines.push(`  ${lapsedCount(vervallen.length)}${list ? ":" : SEE}`);
    if (list)
      for (const d of vervallen)
        lines.push(
          `    ${place(d.blad, d.cel)}  ${terminalSafe(ruleName(d.regel))}: ${decisionText(d)}; toen ${figuresThen(d)}`
        );
  }
  return lines;
}

/** "2 bevindingen geaccepteerd of genegeerd": Dutch singular for one. */
function decidedCount(n: number): string {
  if (n === 0) return "Geen bevindingen geaccepteerd of genegeerd";
  return `${n} ${n === 1 ? "bevinding" : "bevindingen"} geaccepteerd of genegeerd`;
}

/** "1 eerder besluit geldt niet meer: de cijfers zijn veranderd". */
function lapsedCount(n: number): string {
  return n === 1
    ? "1 eerder besluit geldt niet meer: de cijfers zijn veranderd"
    : `${n} eerdere besluiten gelden niet meer: de cijfers zijn veranderd`;
}

/** "Begroting!D24"; a finding about a whole sheet or the workbook names what it can. */
function place(blad: string, cel: string): string {
  const sheet = terminalSafe(blad) || "(werkmap)";
  return cel ? `${sheet}!${terminalSafe(cel)}` : sheet;
}

/** "genegeerd op 2026-11-25, reden: toegelicht in de memo". */
function decisionText(d: Pick<Decision, "besluit" | "datum" | "reden">): string {
  const datum = d.datum ? ` op ${terminalSafe(d.datum)}` : "";
  const reden = d.reden ? `, reden: ${terminalSafe(d.reden)}` : ", zonder reden";
  return `${d.besluit}${datum}${reden}`;
}

/** What the finding said when it was decided: "stond er 438 en volgde 436", or its sentence. */
function figuresThen(d: Decision): string {
  if (d.gevonden === "" && d.verwacht === "") return `'${terminalSafe(d.bericht)}'`;
  const parts = [];
  if (d.gevonden !== "") parts.push(`stond er ${figure(d.gevonden)}`);
  if (d.verwacht !== "") parts.push(`volgde ${figure(d.verwacht)}`);
  return parts.join(" en ");
}

/** "438", "0,071", "-1.234": a stored figure as the controllers write numbers; other text as it is. */
function figure(text: string): string {
  // Only a figure as String(number) writes it: "0x10" or " 7 " in a store someone edited stays as it is.
  return /^-?\d+(\.\d+)?(e[+-]\d+)?$/.test(text) ? formatDutchNumber(text) : terminalSafe(text);
}
