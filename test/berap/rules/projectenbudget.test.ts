import { projectenbudget } from "../../../src/berap/rules/projectenbudget";
import { sheet, testRule, workbook } from "../../support/ruleTester";

// Projects -36 - 33 = -69 and -43 - 35 = -78; saldo 322 - 69 = 253 and 322 - 78 = 244.
const budget = (prognoseTotal: number) =>
  sheet("OZJT", [
    ["Projectenbudget OZJT"],
    [, "2025 Begroting", "2025 Prognose"],
    ["Projecten-/werkbudget beschikbaar", 322, 322],
    ["Project A", -36, -43],
    ["Project B", -33, -35],
    ["Totaal", -69, prognoseTotal],
    ["Verwacht saldo", 253, 244],
  ]);
testRule(projectenbudget, {
  valid: [{ name: "totaal en saldo kloppen", workbook: () => workbook(budget(-78)) }],
  invalid: [
    {
      // Totaal prognose typed -80 (the projects give -78); the saldo follows the typed total: 322 - 80 = 242.
      name: "totaal prognose -80 in plaats van -78",
      workbook: () => workbook(budget(-80)),
      errors: [
        { cel: "C6", ernst: "fout", verwacht: -78, gevonden: -80 },
        { cel: "C7", ernst: "fout", verwacht: 242, gevonden: 244 },
      ],
    },
  ],
});
