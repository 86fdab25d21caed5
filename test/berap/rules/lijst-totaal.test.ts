import { lijstTotaal } from "../../../src/berap/rules/lijst-totaal";
import { programmeSheet, testRule, workbook } from "../../support/ruleTester";
import { ggdNegatief, ggdPositief } from "./ggdLists";

const ggd = (positief: number | string, negatief: number) =>
  workbook(programmeSheet("GGD Twente", ggdPositief, ggdNegatief, [positief, negatief]));

testRule(lijstTotaal, {
  valid: [
    { name: "174 + 92 = 266 en -145 - 44 = -189", workbook: () => ggd(266, -189) },
    {
      // 1.174 + 0 = 1.174; -145: a dash is nil and a Dutch text number is the number it shows.
      name: "een streepje is nihil, '1.174' als tekst is 1.174",
      workbook: () =>
        workbook(
          programmeSheet(
            "GGD Twente",
            [
              ["I", "A (G)", "1.174"],
              ["M", "B (R)", "-"],
            ],
            [["S", "C (G)", "-145"]],
            ["1.174", -145]
          )
        ),
    },
  ],
  invalid: [
    {
      // 267 - 266 = 1: an afrondingsverschil; -200 - -189 = -11: a fout.
      name: "267 in plaats van 266, -200 in plaats van -189",
      workbook: () => ggd(267, -200),
      errors: [
        {
          cel: "C8",
          ernst: "waarschuwing",
          verwacht: 266,
          gevonden: 267,
          messageId: "afrondingsverschil",
          data: {
            wat: "GGD Twente, Totaal positief",
            gevonden: "267",
            verwacht: "266",
            verschil: "1",
          },
        },
        {
          blad: "GGD Twente",
          cel: "G8",
          ernst: "fout",
          verwacht: -189,
          gevonden: -200,
          messageId: "bedragKloptNiet",
          data: {
            wat: "GGD Twente, Totaal negatief",
            gevonden: "-200",
            verwacht: "-189",
            verschil: "-11",
          },
        },
      ],
    },
    {
      // 268 - 266 = 2: more than the tolerance of 1, a fout.
      name: "268 met tolerantie 1: een fout",
      workbook: () => ggd(268, -189),
      errors: [{ cel: "C8", ernst: "fout", verwacht: 266, gevonden: 268 }],
    },
    {
      // The same 2 within a tolerance of 2: an afrondingsverschil.
      name: "268 met tolerantie 2: een afrondingsverschil",
      workbook: () => ggd(268, -189),
      tolerantie: 2,
      errors: [{ cel: "C8", ernst: "waarschuwing", verwacht: 266, gevonden: 268 }],
    },
  ],
});
