import { lastenBaten } from "../../../src/berap/rules/lasten-baten";
import { sheet, testRule, workbook } from "../../support/ruleTester";

// Lasten 100 + 50 = 150 in both columns; verschil = prognose - begroot: 110 - 100 = 10, 45 - 50 = -5, 155 - 150 = 5.
const lasten = (subtotal: number) =>
  sheet("Begroting", [
    ["Lasten"],
    ["Programma", "Actueel begroot", "Prognose", "Verschil"],
    ["GGD Twente", 100, 110, 10],
    ["OZJT", 50, 45, -5],
    ["Subtotaal basistaken", 150, subtotal, 5],
  ]);
testRule(lastenBaten, {
  valid: [{ name: "subtotaal en verschil kloppen", workbook: () => workbook(lasten(155)) }],
  invalid: [
    {
      // Prognose 110 + 45 = 155, typed 158: a fout of 3. Its verschil 5 = 155 - 150 (and 10 - 5) is right:
      // 158 - 150 = 8 only with the slip, which is reported once, on the Subtotaal.
      name: "subtotaal prognose 158 in plaats van 155",
      workbook: () => workbook(lasten(158)),
      errors: [{ cel: "C5", ernst: "fout", verwacht: 155, gevonden: 158 }],
    },
  ],
});
