import { Finding } from "../findings";
import { DecidedFinding, Decision, decisionKey } from "./decision";

export interface AppliedDecisions {
  /** Findings no decision covers: what the controller still has to look at. */
  readonly open: Finding[];
  /** Findings a decision covers, with that decision. */
  readonly besloten: DecidedFinding[];
  /** Decisions that cover no finding any more: the figures changed or the finding is gone. */
  readonly vervallen: Decision[];
}

/** Splits findings by the decisions that cover them; the last decision for a key wins. */
export function applyDecisions(
  findings: readonly Finding[],
  decisions: readonly Decision[]
): AppliedDecisions {
  // Most checks run without decisions: no finding needs its key then.
  if (decisions.length === 0) return { open: [...findings], besloten: [], vervallen: [] };
  const byKey = new Map<string, Decision>();
  for (const d of decisions) byKey.set(decisionKey(d), d);
  const used = new Set<string>();
  const open: Finding[] = [];
  const besloten: DecidedFinding[] = [];
  for (const f of findings) {
    const key = decisionKey(f);
    const besluit = byKey.get(key);
    if (besluit) {
      used.add(key);
      besloten.push({ bevinding: f, besluit });
    } else open.push(f);
  }
  const vervallen = [...byKey].filter(([key]) => !used.has(key)).map(([, d]) => d);
  return { open, besloten, vervallen };
}

/** The decisions with one added or replaced (same finding, new decision or reason). */
export function withDecision(decisions: readonly Decision[], decision: Decision): Decision[] {
  const key = decisionKey(decision);
  return [...decisions.filter((d) => decisionKey(d) !== key), decision];
}

/** The decisions without the one for this finding: "Besluit intrekken". */
export function withoutDecision(decisions: readonly Decision[], finding: Finding): Decision[] {
  const key = decisionKey(finding);
  return decisions.filter((d) => decisionKey(d) !== key);
}
