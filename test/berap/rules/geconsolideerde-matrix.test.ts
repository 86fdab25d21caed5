import { geconsolideerdeMatrix } from "../../../src/berap/rules/geconsolideerde-matrix";
import { sheet, testRule, workbook } from "../../support/ruleTester";

// A consolidated matrix with only its own totals: row Totaal = I + M + S, bottom = R + P + G.
const matrix = (gTotal: number) =>
  sheet("Samenvatting", [
    ["Resultaat per financiering (totaal)"],
    ["Financiering", "Incidenteel", "Meerjarig", "Structureel", "Totaal"],
    ["Rijksbijdrage", 119, 163, 0, 282],
    ["Projecten", 0, -137, 0, -137],
    ["Gemeentelijke bijdrage", 521, -25, -466, gTotal],
    ["Verwacht bedrijfsresultaat", 640, 1, -466, 175],
  ]);
testRule(geconsolideerdeMatrix, {
  valid: [{ name: "rij- en kolomtotalen kloppen", workbook: () => workbook(matrix(30)) }],
  invalid: [
    {
      // G: 521 - 25 - 466 = 30, typed 33. The bottom's Totaal 175 is 282 - 137 + 30 with the G Totaal it
      // should be (282 - 137 + 33 = 178 only with the slip): the first broken link alone, no second fout.
      name: "G Totaal 33 in plaats van 30",
      workbook: () => workbook(matrix(33)),
      errors: [{ cel: "E5", ernst: "fout", verwacht: 30, gevonden: 33 }],
    },
  ],
});
