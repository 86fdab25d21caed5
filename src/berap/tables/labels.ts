/**
 * Label matching that tolerates the drift between Beraps: case, accents, "&" for "en", plurals such as
 * "Rijksbijdragen", punctuation and extra spaces.
 */
const normalized = new Map<string, string>();

export function normalizeLabel(text: string): string {
  let result = normalized.get(text);
  if (result === undefined) {
    result = computeNormalizedLabel(text);
    // Labels repeat across sheets and rules; the cache is bounded so that a huge sheet of unique texts cannot grow it.
    if (normalized.size < 50_000) normalized.set(text, result);
  }
  return result;
}

function computeNormalizedLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

export type ProgrammeName =
  "GGD Twente" | "OZJT" | "Veilig Thuis Twente" | "Bestuur & Ondersteuning";
export const PROGRAMMES: readonly ProgrammeName[] = [
  "GGD Twente",
  "OZJT",
  "Veilig Thuis Twente",
  "Bestuur & Ondersteuning",
];

/**
 * The programme a label or sheet name refers to, whatever the spelling: "VTT" and "Veilig Thuis Twente",
 * "Bestuur en Ondersteuning" and "Bestuur & Ondersteuning", "Subtotaal GGD Twente".
 */
const programmes = new Map<string, ProgrammeName | undefined>();

export function programmeOf(text: string): ProgrammeName | undefined {
  if (programmes.has(text)) return programmes.get(text);
  const found = computeProgrammeOf(text);
  if (programmes.size < 50_000) programmes.set(text, found);
  return found;
}

function computeProgrammeOf(text: string): ProgrammeName | undefined {
  const t = ` ${normalizeLabel(text)} `;
  if (/ ggd( twente)? /.test(t)) return "GGD Twente";
  if (/ ozjt /.test(t)) return "OZJT";
  if (/ vtt /.test(t) || t.includes(" veilig thuis ")) return "Veilig Thuis Twente";
  if (t.includes(" bestuur en ondersteuning ") || / b ?en ?o /.test(t))
    return "Bestuur & Ondersteuning";
  return undefined;
}

/** True for "Totaal", "Subtotaal ...", "Totaal verschil": rows that close a table or a group. */
export function isTotalLabel(text: string): boolean {
  return /^(sub)?totaal\b/.test(normalizeLabel(text));
}

export function isSubtotalLabel(text: string): boolean {
  return /^subtotaal\b/.test(normalizeLabel(text));
}

export type CoalitionName = "Kennispunt Twente" | "Twentse Koers" | "Samen14";

/**
 * The budget-neutral coalition a label refers to, whatever the spelling: "Kennispunt Twente (CoW)",
 * "Twentse Koers", "Samen 14", "Coalition of the Willing". A label that names a coalition and also "CoW"
 * ("Kennispunt Twente (CoW)") is that coalition; "CoW" alone is Samen14, the Coalition of the Willing.
 *
 * @example
 * coalitionOf("Kennispunt Twente (CoW)"); // "Kennispunt Twente"
 * coalitionOf("Coalition of the Willing"); // "Samen14"
 */
export function coalitionOf(text: string): CoalitionName | undefined {
  const t = ` ${normalizeLabel(text)} `;
  if (t.includes(" kennispunt ")) return "Kennispunt Twente";
  if (t.includes(" twentse koers ")) return "Twentse Koers";
  if (/ samen ?14 | coalition of the willing | cow /.test(t)) return "Samen14";
  return undefined;
}
