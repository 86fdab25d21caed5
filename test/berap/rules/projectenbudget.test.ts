import { projectenbudget } from "../../../src/berap/rules/projectenbudget";
import { sheet, testRule, workbook } from "../../support/ruleTester";

// Projects -36 - 33 = -69 and -43 - 35 = -78; saldo 322 - 69 = 253 and 322 - 78 = 244.
const budget = (prognoseTotal: number, saldoPrognose = 244) =>
  sheet("OZJT", [
    ["Projectenbudget OZJT"],
    [, "2025 Begroting", "2025 Prognose"],
    ["Projecten-/werkbudget beschikbaar", 322, 322],
    ["Project A", -36, -43],
    ["Project B", -33, -35],
    ["Totaal", -69, prognoseTotal],
    ["Verwacht saldo", 253, saldoPrognose],
  ]);
testRule(projectenbudget, {
  valid: [{ name: "totaal en saldo kloppen", workbook: () => workbook(budget(-78)) }],
  invalid: [
    {
      // Totaal prognose typed -80 (the projects give -78). The saldo 244 = 322 - 78 is right: with the typed
      // total it would be 322 - 80 = 242, but that is the Totaal's slip, reported once on the Totaal.
      name: "totaal prognose -80 in plaats van -78",
      workbook: () => workbook(budget(-80)),
      errors: [{ cel: "C6", ernst: "fout", verwacht: -78, gevonden: -80 }],
    },
    {
      // Totaal prognose -80 (projects -78) and a saldo 254 that is wrong either way: 322 - 78 = 244 is what it
      // should be, so it is a slip of its own, reported with the figures as they stand: 322 - 80 = 242.
      name: "totaal prognose -80 en een saldo dat ook dan niet klopt",
      workbook: () => workbook(budget(-80, 254)),
      errors: [
        { cel: "C6", ernst: "fout", verwacht: -78, gevonden: -80 },
        { cel: "C7", ernst: "fout", verwacht: 242, gevonden: 254 },
      ],
    },
    {
      // Totaal prognose -80 (projects -78) and a saldo 245: 322 - 78 = 244, so the saldo is only 1 off the
      // figure it should have: an afrondingsverschil against 244, not a fout of 3 against 322 - 80 = 242.
      name: "totaal prognose -80 en een saldo met een afrondingsverschil",
      workbook: () => workbook(budget(-80, 245)),
      errors: [
        { cel: "C6", ernst: "fout", verwacht: -78, gevonden: -80 },
        {
          cel: "C7",
          ernst: "waarschuwing",
          verwacht: 244,
          gevonden: 245,
          messageId: "afrondingsverschil",
        },
      ],
    },
  ],
});
