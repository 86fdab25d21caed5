import { doorwerking } from "../../../src/berap/rules/doorwerking";
import { testRule } from "../../support/ruleTester";
import { vttDoorwerking } from "./vttDoorwerking";

// Unknown rows in a doorwerking table: unknownRows.test.ts. Totaal = voordelig + nadelig: rol-relatie.test.ts.
testRule(doorwerking, {
  valid: [
    { name: "de tabel volgt uit de lijsten", workbook: () => vttDoorwerking([263, -105, 158]) },
  ],
  invalid: [
    {
      // Voordelig I typed 265 where 50 + 213 = 263. The Totaal row's voordelig 346 = 263 + 83 + 0 is right
      // with the 263 the cell should have (265 + 83 = 348 only with the slip): no second fout. The Totaal
      // column (158 + 83 - 145 = 96) and the bedrijfsresultaat (96) still hold.
      name: "voordelig incidenteel 265 in plaats van 263",
      workbook: () => vttDoorwerking([265, -105, 158]),
      errors: [{ blad: "VTT", cel: "B16", ernst: "fout", verwacht: 263, gevonden: 265 }],
    },
  ],
});
