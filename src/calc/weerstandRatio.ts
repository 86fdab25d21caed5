import { Decimal, DecimalInput } from "./decimal";
import { CalcError } from "./errors";

/**
 * The *ratio weerstandsvermogen*: beschikbare (freely spendable reserves) divided by benodigde
 * weerstandscapaciteit (from the risico-inventarisatie).
 *
 * @example
 * // 2e Berap 2025, Bestemmingsreserve GGD Twente: 1.704 beschikbaar, 1.378 benodigd.
 * weerstandRatio(1704, 1378); // 1,2366... (published as 1,2)
 * weerstandRatio(100, 0);     // throws: benodigd must be more than 0
 */
export function weerstandRatio(beschikbaar: DecimalInput, benodigd: DecimalInput): Decimal {
  const needed = new Decimal(benodigd);
  if (!needed.isFinite() || needed.lte(0)) {
    throw new CalcError(
      `De benodigde weerstandscapaciteit moet groter zijn dan 0 (is ${needed.toString()}).`
    );
  }
  return new Decimal(beschikbaar).dividedBy(needed);
}
