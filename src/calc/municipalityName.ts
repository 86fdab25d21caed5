/**
 * Municipality names as controllers type them: "Rijssen Holten", "rijssen-holten" and "RIJSSEN-HOLTEN" are
 * one municipality, and so are "Hof v. Twente", "Gemeente Hof van Twente" and "gem. Hof van Twente". Case,
 * accents, spaces, hyphens and dots do not count; a word "v" is "van" and a leading "Gemeente" (or "gem.")
 * is left off.
 *
 * @example
 * normalizeMunicipalityName(" Hof van  Twente ");       // "hofvantwente"
 * normalizeMunicipalityName("Hof v. Twente");           // "hofvantwente"
 * normalizeMunicipalityName("Gemeente Hof van Twente"); // "hofvantwente"
 * normalizeMunicipalityName("Gemeente");                // "gemeente"
 */
export function normalizeMunicipalityName(name: string): string {
  const words =
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  if (words.length > 1 && (words[0] === "gemeente" || words[0] === "gem")) words.shift();
  return words.map((w) => (w === "v" ? "van" : w)).join("");
}

/**
 * The known name closest to `name` by edit distance, when it is close enough to be a typo (at most a third of
 * the letters differ); otherwise undefined.
 *
 * @example
 * suggestMunicipality("Almeloo", ["Almelo", "Borne"]); // "Almelo"
 */
export function suggestMunicipality(name: string, known: readonly string[]): string | undefined {
  const wanted = normalizeMunicipalityName(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(wanted, normalizeMunicipalityName(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(wanted.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
