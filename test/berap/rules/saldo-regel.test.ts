import { saldoRegel } from "../../../src/berap/rules/saldo-regel";
import { sheet, testRule, workbook } from "../../support/ruleTester";

/*
 * By hand: lasten 38.110 + 5.155 = 43.265 and 37.860 + 5.190 = 43.050; baten 12.500 + 255 = 12.755 and
 * 12.730 + 240 = 12.970; saldo baten - lasten -30.510 and -30.080 (lasten - baten: 30.510 and 30.080).
 */
const overzicht = (saldo: [number, number]) =>
  workbook(
    sheet("Overzicht", [
      ["Overzicht van baten en lasten 2025"],
      ["Omschrijving", "Begroting na wijziging", "Realisatie"],
      ["GGD Twente", 38110, 37860],
      ["OZJT", 5155, 5190],
      ["Totaal lasten", 43265, 43050],
      ["GGD Twente", 12500, 12730],
      ["OZJT", 255, 240],
      ["Totaal baten", 12755, 12970],
      ["Saldo van baten en lasten", ...saldo],
    ])
  );

testRule(saldoRegel, {
  valid: [
    { name: "baten - lasten in elke kolom", workbook: () => overzicht([-30510, -30080]) },
    { name: "lasten - baten in elke kolom", workbook: () => overzicht([30510, 30080]) },
  ],
  invalid: [
    {
      // 12.970 - 43.050 = -30.080, typed -30.800; the begroting column shows the table's sign.
      name: "-30.800 waar -30.080",
      workbook: () => overzicht([-30510, -30800]),
      errors: [{ cel: "C9", ernst: "fout", verwacht: -30080, gevonden: -30800 }],
    },
    {
      // Both columns lasten - baten, one with the sign the other way: 30.080 expected, -30.080 typed.
      name: "één kolom met het andere teken",
      workbook: () =>
        workbook(
          sheet("Overzicht", [
            ["Omschrijving", "Begroting", "Realisatie", "Prognose"],
            ["Totaal lasten", 43265, 43050, 43100],
            ["Totaal baten", 12755, 12970, 12900],
            ["Saldo van lasten en baten", 30510, -30080, 30200],
          ])
        ),
      errors: [{ cel: "C4", ernst: "fout", verwacht: 30080, gevonden: -30080 }],
    },
    {
      // One amount column and a slip in it: no column shows the sign, the figure typed does (lasten -
      // baten): 43.265 - 12.755 = 30.510, typed 30.600.
      name: "één kolom met een vergissing: het teken dat het dichtst bij staat",
      workbook: () =>
        workbook(
          sheet("Overzicht", [
            ["Omschrijving", "Begroting"],
            ["Totaal lasten", 43265],
            ["Totaal baten", 12755],
            ["Saldo van baten en lasten", 30600],
          ])
        ),
      errors: [{ cel: "B4", ernst: "fout", verwacht: 30510, gevonden: 30600 }],
    },
  ],
});
