import { tabelTotalen } from "../../../src/berap/rules/tabel-totalen";
import { sheet, testRule, workbook } from "../../support/ruleTester";

// A table no kind knows: Totaal = 10 + 20 + 30 = 60.
const unknown = (total: number) =>
  sheet("Overig", [
    ["Formatie per team"],
    ["Team", "Fte 2025", "Fte 2026"],
    ["Team A", 10, 11],
    ["Team B", 20, 21],
    ["Team C", 30, 31],
    ["Totaal", total, 63],
  ]);
testRule(tabelTotalen, {
  valid: [
    {
      name: "het totaal klopt (alleen de melding: niet herkend)",
      workbook: () => workbook(unknown(60)),
    },
  ],
  invalid: [
    {
      name: "totaal 66 in plaats van 60, en de melding dat de tabel niet herkend is",
      workbook: () => workbook(unknown(66)),
      errors: [
        { cel: "A2", ernst: "info", messageId: "nietHerkend" },
        { cel: "B6", ernst: "fout", verwacht: 60, gevonden: 66 },
      ],
    },
  ],
});
