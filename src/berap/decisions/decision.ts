import { Finding } from "../findings";

/**
 * A controller's decision about one finding, after Excel's "Fout negeren": an afrondingsverschil accepted, or
 * a finding ignored, with an optional reason. It is kept in the workbook itself (see store.ts) and holds only
 * while the finding's figures are unchanged: the key names the rule, the cell and both figures, so a changed
 * figure brings the finding back.
 */
export type Besluit = "geaccepteerd" | "genegeerd";

export interface Decision {
  readonly besluit: Besluit;
  readonly regel: string;
  readonly blad: string;
  readonly cel: string;
  /** The figures as text, exactly as the finding had them ("437", "0.071"; "" for none). */
  readonly verwacht: string;
  readonly gevonden: string;
  /** For a finding without figures (an info about a table), its sentence is what must stay the same. */
  readonly bericht: string;
  readonly reden: string;
  /** The day of the decision, "2026-11-25". */
  readonly datum: string;
}

/** A finding that a decision covers: shown apart, never counted in the summary. */
export interface DecidedFinding {
  readonly bevinding: Finding;
  readonly besluit: Decision;
}

/** The longest reason kept: a sentence or two, never a document. */
export const MAX_REASON_LENGTH = 500;

/** "437", "0.071", "" : the exact text of a figure, the same for every reader of the store. */
export function figureText(value: Finding["verwacht"]): string {
  return value === null ? "" : String(value);
}

/** The decision for a finding, as the pane records it when the controller accepts or ignores it. */
export function decide(finding: Finding, besluit: Besluit, reden: string, datum: string): Decision {
  return {
    besluit,
    regel: finding.regel,
    blad: finding.blad,
    cel: finding.cel,
    verwacht: figureText(finding.verwacht),
    gevonden: figureText(finding.gevonden),
    bericht: hasFigures(finding) ? "" : finding.bericht,
    reden: reden.trim().slice(0, MAX_REASON_LENGTH),
    datum,
  };
}

/** The key a decision and a finding share: rule, place and figures (or the sentence when there are none). */
export function decisionKey(d: Decision | Finding): string {
  const isFinding = "ernst" in d;
  const verwacht = isFinding ? figureText(d.verwacht) : d.verwacht;
  const gevonden = isFinding ? figureText(d.gevonden) : d.gevonden;
  const bericht = isFinding ? (hasFigures(d) ? "" : d.bericht) : d.bericht;
  return JSON.stringify([d.regel, d.blad, d.cel, verwacht, gevonden, bericht]);
}

function hasFigures(f: Finding): boolean {
  return f.verwacht !== null || f.gevonden !== null;
}
