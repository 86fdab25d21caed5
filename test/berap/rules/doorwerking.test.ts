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
      // Voordelig I typed 265 where 50 + 213 = 263; the Totaal row's voordelig is then 265 + 83 + 0 = 348,
      // not 346. The Totaal column (158 + 83 - 145 = 96) and the bedrijfsresultaat (96) still hold.
      name: "voordelig incidenteel 265 in plaats van 263",
      workbook: () => vttDoorwerking([265, -105, 158]),
      errors: [
        { blad: "VTT", cel: "B16", ernst: "fout", verwacht: 263, gevonden: 265 },
        { blad: "VTT", cel: "B19", ernst: "fout", verwacht: 348, gevonden: 346 },
      ],
    },
  ],
});
