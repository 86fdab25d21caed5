import { bedrijfsresultaat } from "../../../src/berap/rules/bedrijfsresultaat";
import { resultaatRegels } from "../../../src/berap/rules/resultaat-regels";
import { programmeSheet, testRule, workbook } from "../../support/ruleTester";
import { ggdNegatief, ggdPositief, resultLines } from "./ggdLists";

const ozjt = (cao: [string, number], jaar: number, result = 77) =>
  workbook(
    programmeSheet("OZJT", ggdPositief, ggdNegatief, [266, -189], resultLines(result, cao, jaar))
  );

testRule(resultaatRegels, {
  valid: [
    { name: "77 + 10 = 87", workbook: () => ozjt(["Overschot cao-ontwikkeling", 10], 87) },
    {
      // An older Berap prints a Tekort as a negative line: 77 - 20 = 57.
      name: "een Tekort cao-ontwikkeling: 77 - 20 = 57",
      workbook: () => ozjt(["Tekort cao-ontwikkeling", -20], 57),
    },
    {
      // The bedrijfsresultaat typed 97 where the lists give 266 - 189 = 77 (the line's own slip, found by the
      // bedrijfsresultaat check); the jaarrekeningresultaat 87 = 77 + 10 agrees with what that line should
      // be (97 + 10 = 107 only with the slip): no second fout.
      name: "na een verkeerd bedrijfsresultaat: 77 + 10 = 87",
      workbook: () => ozjt(["Overschot cao-ontwikkeling", 10], 87, 97),
      alsoRun: [bedrijfsresultaat],
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
