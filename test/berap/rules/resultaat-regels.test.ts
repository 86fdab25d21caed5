import { resultaatRegels } from "../../../src/berap/rules/resultaat-regels";
import { programmeSheet, testRule, workbook } from "../../support/ruleTester";
import { ggdNegatief, ggdPositief, resultLines } from "./ggdLists";

const ozjt = (cao: [string, number], jaar: number) =>
  workbook(
    programmeSheet("OZJT", ggdPositief, ggdNegatief, [266, -189], resultLines(77, cao, jaar))
  );

testRule(resultaatRegels, {
  valid: [
    { name: "77 + 10 = 87", workbook: () => ozjt(["Overschot cao-ontwikkeling", 10], 87) },
    {
      // An older Berap prints a Tekort as a negative line: 77 - 20 = 57.
      name: "een Tekort cao-ontwikkeling: 77 - 20 = 57",
      workbook: () => ozjt(["Tekort cao-ontwikkeling", -20], 57),
    },
  ],
  invalid: [
    {
      // 77 + 10 = 87, 88 typed: an afrondingsverschil.
      name: "jaarrekeningresultaat 88 in plaats van 87",
      workbook: () => ozjt(["Overschot cao-ontwikkeling", 10], 88),
      errors: [{ blad: "OZJT", cel: "C12", ernst: "waarschuwing", verwacht: 87, gevonden: 88 }],
    },
  ],
});
