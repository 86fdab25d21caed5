import { risicoInventarisatie } from "../../../src/berap/rules/risico-inventarisatie";
import { sheet, testRule, workbook } from "../../support/ruleTester";

/*
 * Risks 1.200 x 50% = 600 and 800 x 25% = 200: Totaal 800 benodigde weerstandscapaciteit (x € 1.000), on
 * the sheet Risico's; the weerstand table on its own sheet with its Totaal benodigd given.
 */
const risks = (rows = true) =>
  sheet("Risico's", [
    ["Risico-inventarisatie 2025"],
    ["Risico", "Kans", "Financieel gevolg", "Benodigde weerstandscapaciteit"],
    ["Dalende rijksbijdrage", "50%", 1200, 600],
    ["Frictiekosten", "25%", 800, 200],
    ...(rows ? [["Totaal", null, 2000, 800]] : []),
  ]);
const weerstand = (benodigd: number) =>
  sheet("Weerstandsvermogen", [
    ["Weerstandsvermogen 2025"],
    ["Reserve", "Benodigd", "Beschikbaar", "Ratio"],
    ["Bestemmingsreserve GGD Twente", benodigd - 300, 420, "0,8"],
    ["Algemene reserve", 300, 300, "1,0"],
    ["Totaal", benodigd, 720, "0,9"],
  ]);

testRule(risicoInventarisatie, {
  valid: [
    { name: "benodigd 800 = 600 + 200", workbook: () => workbook(risks(), weerstand(800)) },
    {
      name: "zonder Totaal in de inventarisatie: 600 + 200 = 800",
      workbook: () => workbook(risks(false), weerstand(800)),
    },
    { name: "zonder risico-inventarisatie niets", workbook: () => workbook(weerstand(850)) },
  ],
  invalid: [
    {
      // The weerstand table says 850 benodigd; the risks need 600 + 200 = 800 (verschil 50).
      name: "benodigd 850 waar de risico's 800 vragen",
      workbook: () => workbook(risks(), weerstand(850)),
      errors: [
        { blad: "Weerstandsvermogen", cel: "B5", ernst: "fout", verwacht: 800, gevonden: 850 },
      ],
    },
  ],
});
