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
      // G, I typed 118 instead of 108: the cell is 10 off, its row no longer adds up to -37 (118 - 145 =
      // -27), and the bottom row's I is 50 + 118 = 168, not 158.
      name: "G incidenteel 118 in plaats van 108",
      workbook: () => ggd([118, "-", -145, -37]),
      errors: [
        { blad: "GGD Twente", cel: "B17", ernst: "fout", verwacht: 108, gevonden: 118 },
        { blad: "GGD Twente", cel: "E17", ernst: "fout", verwacht: -27, gevonden: -37 },
        { blad: "GGD Twente", cel: "B18", ernst: "fout", verwacht: 168, gevonden: 158 },
      ],
    },
  ],
});
