import { financieringMatrix } from "../../../src/berap/rules/financiering-matrix";
import { testRule } from "../../support/ruleTester";
import { ggdWithMatrix } from "./ggdLists";

// By hand: R: I 50; P: M 83; G: I 213 - 105 = 108, S -145. Totals: I 158, M 83, S -145, all 96.
// The matrix header on row 14, R 15, P 16, G 17, the bottom row 18. Unknown rows: unknownRows.test.ts.
const ggd = (g: (number | string)[]) => ggdWithMatrix(g, []);

testRule(financieringMatrix, {
  valid: [{ name: "de matrix volgt uit de lijsten", workbook: () => ggd([108, "-", -145, -37]) }],
  invalid: [
    {
      // G, I typed 118 instead of 108: the cell is 10 off the lists. Its row total -37 = 108 - 145 and the
      // bottom row's I 158 = 50 + 108 agree with what the cell should be: no second fout on them (as the
      // figures stand 118 - 145 = -27 and 50 + 118 = 168; only the first broken link is reported).
      name: "G incidenteel 118 in plaats van 108",
      workbook: () => ggd([118, "-", -145, -37]),
      errors: [{ blad: "GGD Twente", cel: "B17", ernst: "fout", verwacht: 108, gevonden: 118 }],
    },
  ],
});
