import type { Besluit, DecidedFinding, Decision, Finding } from "../../../berap";
import { place } from "../present";

/**
 * The words the pane uses for decisions, as pure functions: tested without a browser, and the same in the
 * overview line, the decided section and the announcement.
 */

/** The action on a finding: accepting is only for an afrondingsverschil, ignoring for any finding. */
export const ACTION_LABEL: Record<Besluit, string> = {
  geaccepteerd: "Accepteren (afrondingsverschil)",
  genegeerd: "Negeren",
};

/** How a decided finding is described: "Geaccepteerd als afrondingsverschil", "Genegeerd". */
export const DECIDED_LABEL: Record<Besluit, string> = {
  geaccepteerd: "Geaccepteerd als afrondingsverschil",
  genegeerd: "Genegeerd",
};

/** "2 geaccepteerd, 1 genegeerd" for the overview line; "" when nothing is decided. */
export function decidedSummary(besloten: readonly DecidedFinding[]): string {
  const count = (b: Besluit) => besloten.filter((d) => d.besluit.besluit === b).length;
  return (["geaccepteerd", "genegeerd"] as const)
    .filter((b) => count(b) > 0)
    .map((b) => `${count(b)} ${b}`)
    .join(", ");
}

/** The overview line with what is decided after a middle dot: "1 fout, ... 18 info · 2 geaccepteerd". */
export function withDecided(overview: string, besloten: readonly DecidedFinding[]): string {
  const decided = decidedSummary(besloten);
  return decided ? `${overview} · ${decided}` : overview;
}

/** Why findings are back in the list: decisions made for figures that have changed since. */
export function expiredText(count: number): string {
  return count === 1
    ? "1 eerder besluit geldt niet meer: de cijfers zijn veranderd (of de bevinding is weg). Wat weer een bevinding is, staat weer in de lijst."
    : `${count} eerdere besluiten gelden niet meer: de cijfers zijn veranderd (of de bevinding is weg). Wat weer een bevinding is, staat weer in de lijst.`;
}

/** "2026-11-25" -> "25-11-2026"; any other text as it is. */
export function dutchDate(datum: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : datum;
}

/** Today in the controller's own time zone, as the store keeps it: "2026-11-25". */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** What is announced after a decision: "Begroting D24 genegeerd." */
export function decisionAnnouncement(f: Finding, besluit: Besluit): string {
  return besluit === "geaccepteerd"
    ? `${place(f)} geaccepteerd als afrondingsverschil.`
    : `${place(f)} genegeerd.`;
}

export function revokedAnnouncement(f: Finding): string {
  return `Besluit over ${place(f)} ingetrokken: de bevinding staat weer in de lijst.`;
}

/** Every decision the store holds now: the ones that apply and the ones whose figures changed. */
export function allDecisions(
  besloten: readonly DecidedFinding[],
  vervallen: readonly Decision[]
): Decision[] {
  return [...besloten.map((b) => b.besluit), ...vervallen];
}
