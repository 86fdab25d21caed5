import { Decimal, DecimalInput } from "./decimal";
import { Financiering, FINANCIERINGEN, Soort, SOORTEN } from "./soortFinanciering";

export interface Ontwikkeling {
  readonly soort: Soort;
  readonly financiering: Financiering;
  /** Positive for a voordelige, negative for a nadelige ontwikkeling. */
  readonly bedrag: DecimalInput;
}

/**
 * The "Resultaat per financiering" matrix: rows R, P, G and Totaal; columns I, M, S and Totaal; every cell the
 * sum of the ontwikkelingen with that code pair. The bottom-right cell is the verwacht bedrijfsresultaat.
 *
 * @example
 * // GGD Twente, 2e Berap 2025: the G row is 223 | -2 | -218 | 3 and the Totaal row 273 | 244 | -218 | 299.
 * resultaatPerFinanciering(ggdOntwikkelingen)[2]; // [223, -2, -218, 3]
 */
export function resultaatPerFinanciering(ontwikkelingen: readonly Ontwikkeling[]): Decimal[][] {
  const matrix = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => new Decimal(0)));
  for (const o of ontwikkelingen) {
    const row = FINANCIERINGEN.indexOf(o.financiering);
    const column = SOORTEN.indexOf(o.soort);
    const amount = new Decimal(o.bedrag);
    for (const [r, c] of [
      [row, column],
      [row, 3],
      [3, column],
      [3, 3],
    ]) {
      matrix[r][c] = matrix[r][c].plus(amount);
    }
  }
  return matrix;
}
