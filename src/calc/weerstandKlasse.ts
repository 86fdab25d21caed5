import { Decimal, DecimalInput } from "./decimal";

export type WeerstandKlasse =
  | "A uitstekend"
  | "B ruim voldoende"
  | "C voldoende"
  | "D matig"
  | "E onvoldoende"
  | "F ruim onvoldoende";

/** The NAR scale that Dutch municipalities grade the ratio weerstandsvermogen on; each lower bound is inclusive. */
const NAR_SCALE: ReadonlyArray<readonly [number, WeerstandKlasse]> = [
  [2.0, "A uitstekend"],
  [1.4, "B ruim voldoende"],
  [1.0, "C voldoende"],
  [0.8, "D matig"],
  [0.6, "E onvoldoende"],
];

/**
 * The NAR class of a ratio weerstandsvermogen.
 *
 * @example
 * weerstandKlasse(2.0);  // "A uitstekend"
 * weerstandKlasse(0.99); // "D matig"
 * weerstandKlasse(0.5);  // "F ruim onvoldoende"
 */
export function weerstandKlasse(ratio: DecimalInput): WeerstandKlasse {
  const r = new Decimal(ratio);
  for (const [lowerBound, klasse] of NAR_SCALE) if (r.gte(lowerBound)) return klasse;
  return "F ruim onvoldoende";
}
