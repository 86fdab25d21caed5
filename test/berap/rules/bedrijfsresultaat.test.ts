import { bedrijfsresultaat } from "../../../src/berap/rules/bedrijfsresultaat";
import { programmeSheet, testRule, workbook } from "../../support/ruleTester";
import { ggdNegatief, ggdPositief, resultLines } from "./ggdLists";

const ozjt = (result: number) =>
  workbook(
    programmeSheet(
      "OZJT",
      ggdPositief,
      ggdNegatief,
      [266, -189],
      resultLines(result, ["Overschot cao-ontwikkeling", 10], result + 10)
    )
  );

testRule(bedrijfsresultaat, {
  valid: [{ name: "266 - 189 = 77", workbook: () => ozjt(77) }],
  invalid: [
    {
      // 80 - 77 = 3: a fout.
      name: "80 in plaats van 77",
      workbook: () => ozjt(80),
      errors: [{ blad: "OZJT", cel: "C10", ernst: "fout", verwacht: 77, gevonden: 80 }],
    },
  ],
});
