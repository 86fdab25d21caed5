import { INWONERS_PER_JAAR } from "./data/inwoners";
import { CalcError } from "./errors";
import { normalizeMunicipalityName, suggestMunicipality } from "./municipalityName";

export interface Gemeente {
  readonly naam: string;
  readonly inwoners: number;
}

/** The budget years with a built-in inhabitants table, ascending. */
export function inwonersYears(): number[] {
  return Object.keys(INWONERS_PER_JAAR)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The latest year built in: the default everywhere a year is optional. */
export function latestInwonersYear(): number {
  const years = inwonersYears();
  return years[years.length - 1];
}

/**
 * The 14 municipalities with their inhabitants for `year`, in the published order.
 *
 * @example
 * gemeenten(2025)[0]; // { naam: "Almelo", inwoners: 74164 }
 * gemeenten(2019);    // throws CalcError "Geen inwonertallen voor 2019; beschikbaar: 2025."
 */
export function gemeenten(year: number = latestInwonersYear()): Gemeente[] {
  const table = INWONERS_PER_JAAR[year];
  if (!table) {
    throw new CalcError(
      `Geen inwonertallen voor ${year}; beschikbaar: ${inwonersYears().join(", ")}.`,
      "niet-gevonden"
    );
  }
  return table.map(([naam, inwoners]) => ({ naam, inwoners }));
}

const indexCache = new Map<number, Map<string, Gemeente>>();

/**
 * Looks a municipality up by name like `findGemeente`, but answers undefined for a name that is none, for
 * callers that meet other labels too (a table's "Totaal"). Throws only for a year without inhabitants.
 *
 * @example
 * lookupGemeente("hof van twente")?.inwoners; // 35439
 * lookupGemeente("Totaal");                   // undefined
 */
export function lookupGemeente(
  name: string,
  year: number = latestInwonersYear()
): Gemeente | undefined {
  let index = indexCache.get(year);
  if (!index) {
    index = new Map(gemeenten(year).map((g) => [normalizeMunicipalityName(g.naam), g]));
    indexCache.set(year, index);
  }
  return index.get(normalizeMunicipalityName(name));
}

/**
 * Looks a municipality up by name, forgiving case, spaces and hyphens.
 *
 * @example
 * findGemeente("rijssen holten").inwoners; // 38681
 * findGemeente("Almeloo");                 // throws "Onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?"
 */
export function findGemeente(name: string, year: number = latestInwonersYear()): Gemeente {
  const found = lookupGemeente(name, year);
  if (found) return found;
  const suggestion = suggestMunicipality(
    name,
    gemeenten(year).map((g) => g.naam)
  );
  throw new CalcError(
    `Onbekende gemeente '${name}'` +
      (suggestion ? `; bedoelt u '${suggestion}'?` : ` in de inwonertabel van ${year}.`),
    "niet-gevonden"
  );
}
