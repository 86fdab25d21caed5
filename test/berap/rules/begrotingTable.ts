import { sheet } from "../../support/ruleTester";

/**
 * A small ontwikkeling begroting: two stands (rows 2-3), the ontwikkeling (row 4), a verklaring of two rows
 * (5-6) with the saldo of Uitbreiding B given, and the Totaal (row 7). Row 3's saldo 71 is not 130 - 60 = 70,
 * row 4's 11 not 30 - 20 = 10, and the Totaal's 11 not 30 - 20 = 10: slips for rol-relatie.
 */
export const begrotingMetVerklaring = (uitbreidingSaldo: number) =>
  sheet("Begroting", [
    ["Begroting", "Lasten", "Baten", "Saldo"],
    ["Begroting voor wijziging", 100, 40, 60],
    ["Begroting actueel", 130, 60, 71],
    ["Ontwikkeling lasten en baten", 30, 20, 11],
    ["Opdracht A", 20, 20, "-"],
    ["Uitbreiding B", 10, "-", uitbreidingSaldo],
    ["Totaal", 30, 20, 11],
  ]);
