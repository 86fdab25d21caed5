import { percentages } from "../../../src/berap/rules/percentages";
import { sheet, testRule, workbook } from "../../support/ruleTester";

// Percentages 0,7% + 0,6% + 5,8% = 7,1%.
const verzuim = (total: number) =>
  sheet("Personeel", [
    ["Ziekteverzuim"],
    ["Verzuimduur", "t/m aug 2025"],
    ["Kort", { v: 0.007, fmt: "0.0%" }],
    ["Middel", { v: 0.006, fmt: "0.0%" }],
    ["Lang", { v: 0.058, fmt: "0.0%" }],
    ["Totaal", { v: total, fmt: "0.0%" }],
  ]);
testRule(percentages, {
  valid: [{ name: "7,1% is de som", workbook: () => workbook(verzuim(0.071)) }],
  invalid: [
    {
      name: "7,2%: afrondingsverschil van 0,1%",
      workbook: () => workbook(verzuim(0.072)),
      errors: [{ cel: "B6", ernst: "waarschuwing", verwacht: 0.071, gevonden: 0.072 }],
    },
  ],
});
