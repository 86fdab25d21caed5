/** I incidenteel (this year only), M meerjarig (some years, then stops), S structureel (indefinitely). */
export type Soort = "I" | "M" | "S";
/** R Rijksbijdrage, P Projecten, G Gemeentelijke bijdrage. */
export type Financiering = "R" | "P" | "G";

export const SOORTEN: readonly Soort[] = ["I", "M", "S"];
export const FINANCIERINGEN: readonly Financiering[] = ["R", "P", "G"];

export const SOORT_NAMEN: Readonly<Record<Soort, string>> = {
  I: "Incidenteel",
  M: "Meerjarig",
  S: "Structureel",
};
export const FINANCIERING_NAMEN: Readonly<Record<Financiering, string>> = {
  R: "Rijksbijdrage",
  P: "Projecten",
  G: "Gemeentelijke bijdrage",
};

/**
 * Reads a soort as a Berap writes it: the code or the word, with or without the code in brackets.
 *
 * @example
 * parseSoort("I");                 // "I"
 * parseSoort("Structureel (S)");   // "S"
 * parseSoort("X");                 // undefined
 */
export function parseSoort(text: string): Soort | undefined {
  const t = text.trim().toLowerCase();
  const bracket = /\(([ims])\)\s*$/.exec(t);
  if (bracket) return bracket[1].toUpperCase() as Soort;
  if (t === "i" || t.startsWith("incidenteel")) return "I";
  if (t === "m" || t.startsWith("meerjarig")) return "M";
  if (t === "s" || t.startsWith("structureel")) return "S";
  return undefined;
}

/**
 * Reads a financing as a Berap writes it: the code, the word, or an Omschrijving ending in "(R)", "(P)" or "(G)".
 *
 * @example
 * parseFinanciering("Rijksbijdrage PGA (R)");   // "R"
 * parseFinanciering("Rijksbijdragen");          // "R"
 * parseFinanciering("G");                       // "G"
 * parseFinanciering("Lagere kosten");           // undefined
 */
export function parseFinanciering(text: string): Financiering | undefined {
  const t = text.trim().toLowerCase();
  const bracket = /\(\s*([rpg])\s*\)\s*$/.exec(t);
  if (bracket) return bracket[1].toUpperCase() as Financiering;
  if (t === "r" || /^rijksbijdrage(n)?$/.test(t) || /^r\s+rijksbijdrage/.test(t)) return "R";
  if (t === "p" || /^project(en)?$/.test(t) || /^p\s+projecten/.test(t)) return "P";
  if (t === "g" || /^gemeentelijke bijdrage(n)?$/.test(t) || /^g\s+gemeentelijke/.test(t))
    return "G";
  return undefined;
}

/**
 * Reads the financing code an Omschrijving ends with, "(R)", "(P)" or "(G)": only the code in brackets, so
 * that a description that merely is a financing word ("Projecten", "Rijksbijdragen") carries no code.
 *
 * @example
 * parseFinancieringCode("Rijksbijdrage PGA (R)");   // "R"
 * parseFinancieringCode("Projecten");               // undefined
 */
export function parseFinancieringCode(omschrijving: string): Financiering | undefined {
  const bracket = /\(\s*([rpg])\s*\)\s*$/i.exec(omschrijving.trim());
  return bracket ? (bracket[1].toUpperCase() as Financiering) : undefined;
}
