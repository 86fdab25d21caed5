import { Decimal, DecimalInput, sum } from "./decimal";
import { formatDutchNumber } from "./dutchNumber";

export type ControleStatus = "klopt" | "afrondingsverschil" | "fout";

export interface ControleResultaat {
  readonly status: ControleStatus;
  /** totaal - som van de delen */
  readonly verschil: Decimal;
}

/** Default tolerance: one unit of the table (one thousand euro in a table in EUR x 1.000). */
export const DEFAULT_TOLERANTIE = 1;

/**
 * Checks a total against its parts. Every figure in a Berap is rounded on its own, so a total that differs by
 * at most `tolerantie` from the sum of its rounded parts is an *afrondingsverschil*, not an error.
 *
 * @example
 * // 2e Berap 2025, GGD Twente: the positieve ontwikkelingen add up to the published Totaal.
 * controleSom(1413, [174, 92, 0, 50, 83, 163, 213, 76, 562]); // { status: "klopt", verschil: 0 }
 * // Cao table: Subtotaal stijging 928, the programmes 554 + 50 + 149 + 174 = 927.
 * controleSom(928, [554, 50, 149, 174]);                     // { status: "afrondingsverschil", verschil: 1 }
 * // Ontwikkeling begroting, saldo column: Totaal 438, the explanations add up to 436.
 * controleSom(438, [12, 0, -151, -2, -238, 365, 0, 0, 12, 0, 688, -250]); // { status: "fout", verschil: 2 }
 */
export function controleSom(
  totaal: DecimalInput,
  delen: readonly DecimalInput[],
  tolerantie: DecimalInput = DEFAULT_TOLERANTIE
): ControleResultaat {
  const verschil = new Decimal(totaal).minus(sum(delen));
  return { status: classifyDifference(verschil, tolerantie), verschil };
}

/** Classifies a difference: 0 klopt, |verschil| <= tolerantie afrondingsverschil, more is a fout. */
export function classifyDifference(
  verschil: DecimalInput,
  tolerantie: DecimalInput = DEFAULT_TOLERANTIE
): ControleStatus {
  // Decimals are immutable: one given is used as it is, not copied.
  const size = (verschil instanceof Decimal ? verschil : new Decimal(verschil)).abs();
  if (size.isZero()) return "klopt";
  const limit = tolerantie instanceof Decimal ? tolerantie : new Decimal(tolerantie);
  return size.lte(limit.abs()) ? "afrondingsverschil" : "fout";
}

/**
 * The text for a check cell in a workbook: the status, then the difference in Dutch notation.
 *
 * @example
 * controleTekst({ status: "fout", verschil: new Decimal(-12) }); // "fout: verschil -12"
 */
export function controleTekst(resultaat: ControleResultaat): string {
  return `${resultaat.status}: verschil ${formatDutchNumber(resultaat.verschil)}`;
}
