import { normalizeLabel } from "./labels";
import { Grid } from "./types";

/**
 * A begrotingswijziging printed as three tables (the budget before the change, the change, the budget after
 * it), each with lasten, baten and saldo per programme: which of the three a table is, from the words of its
 * title, or else of its column headers. Tested in this order, as "Begroting na wijziging" also holds the
 * word "wijziging". Up to two words may stand between "voor"/"na" and the change, as printed titles name it
 * ("vóór de 5e begrotingswijziging", "na de technische wijziging"); accents are gone after normalizeLabel.
 */
export type BudgetPhase = "voor" | "wijziging" | "na";

export const PHASE_WORDS: readonly { readonly phase: BudgetPhase; readonly words: RegExp }[] = [
  {
    phase: "na",
    words:
      /\bna (de )?([a-z0-9]+ ){0,2}(begrotings)?wijziging|\bbijgestelde?\b|\bgewijzigde?\b|\bnieuwe begroting\b|\bbegroting na\b/,
  },
  {
    phase: "voor",
    words:
      /\bvoor (de )?([a-z0-9]+ ){0,2}(begrotings)?wijziging|\bprimitieve?\b|\bprimaire\b|\boorspronkelijke?\b|\bvigerende?\b|\bhuidige begroting\b|\bactuele begroting\b/,
  },
  {
    phase: "wijziging",
    words: /\bwijziging\b|\bbegrotingswijziging\b|\bmutaties?\b|\bwijzigingen\b/,
  },
];

/** The phase a title or header names, if any. */
export function phaseOf(text: string): BudgetPhase | undefined {
  const t = normalizeLabel(text);
  return PHASE_WORDS.find((p) => p.words.test(t))?.phase;
}

/**
 * The phase of a table of lasten, baten and saldo: its title's, or else the one phase all its value headers
 * name ("Lasten na wijziging | Baten na wijziging | Saldo na wijziging"); undefined when neither says.
 */
export function budgetPhase(grid: Grid): BudgetPhase | undefined {
  const fromTitle = phaseOf(grid.title);
  if (fromTitle) return fromTitle;
  const fromHeaders = new Set(grid.headers.map(phaseOf));
  const [only] = [...fromHeaders];
  return fromHeaders.size === 1 ? only : undefined;
}
