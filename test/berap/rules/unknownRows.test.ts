import { doorwerking } from "../../../src/berap/rules/doorwerking";
import { financieringMatrix } from "../../../src/berap/rules/financiering-matrix";
import { programmeSheet, TestCell, testRule, workbook } from "../../support/ruleTester";
import { ggdWithMatrix as withMatrix, neg, pos } from "./ggdLists";

// An unknown row label in a financing matrix or doorwerking table: one waarschuwing about the table that
// names the row, never a fout about a figure; the checks that do not depend on the row still run.

const G = [108, "-", -145, -37];
const EXTERN = ["E Externe bijdrage", 10, "-", "-", 10];

testRule(financieringMatrix, {
  valid: [
    { name: "alleen R, P en G", workbook: () => withMatrix(G, []) },
    {
      name: "een tussenkop zonder bedragen telt niet mee",
      workbook: () => withMatrix(G, [["Waarvan", "-", "-", "-", "-"]]),
    },
  ],
  invalid: [
    {
      // Row 18 is neither R/P/G nor a total: whether its 10 belongs in the bottom row is unknown, so the
      // bottom row's column totals (158 = 50 + 108, or 168 with it?) are not checked: one waarschuwing.
      name: "een onbekende regel 'E Externe bijdrage'",
      workbook: () => withMatrix(G, [EXTERN]),
      errors: [{ cel: "A18", ernst: "waarschuwing", messageId: "onbekendeRegel" }],
    },
    {
      // G, I typed 118 instead of 108: still a fout (10 off the lists); its row total -37 = 108 - 145 is
      // right once the cell is (no second fout); the bottom row's 158 against 50 + 118 = 168 is not
      // claimed either, as row 18 makes that sum unsure.
      name: "een onbekende regel naast een echte fout in G",
      workbook: () => withMatrix([118, "-", -145, -37], [EXTERN]),
      errors: [
        { cel: "B17", ernst: "fout", verwacht: 108, gevonden: 118 },
        { cel: "A18", ernst: "waarschuwing", messageId: "onbekendeRegel" },
      ],
    },
  ],
});

/**
 * VTT: Verwacht bedrijfsresultaat 96 on row 11; the doorwerking header on row 15, I 16, M 17, S 18, then
 * `extra` rows and the Totaal. By hand: I voordelig 50 + 213 = 263, nadelig -105, totaal 158; M 83; S -145;
 * Totaal 346, -250, 96.
 */
function withDoorwerking(extra: TestCell[][]) {
  const s = programmeSheet("VTT", pos, neg, [346, -250], [["Verwacht bedrijfsresultaat", 96]]);
  const table: TestCell[][] = [
    [],
    [],
    ["Doorwerking"],
    ["Soort", "Voordelig", "Nadelig", "Totaal"],
    ["Incidenteel", 263, -105, 158],
    ["Meerjarig", 83, 0, 83],
    ["Structureel", 0, -145, -145],
    ...extra,
    ["Totaal", 346, -250, 96],
  ];
  return workbook({ ...s, rows: [...s.rows, ...table] });
}

testRule(doorwerking, {
  valid: [
    { name: "alleen I, M en S", workbook: () => withDoorwerking([]) },
    {
      name: "een tussenkop zonder bedragen",
      workbook: () => withDoorwerking([["Overig", "-", "-", "-"]]),
    },
  ],
  invalid: [
    {
      // Row 19 'Overig' with 5: before, the first row that is no soort was taken for the totals row, and its
      // 5 became three fouten against 346, -250 and 96. Now: one waarschuwing naming it, and the Totaal row
      // (96) is still checked against the bedrijfsresultaat (96), which holds.
      name: "een onbekende regel 'Overig' boven de totaalrij",
      workbook: () => withDoorwerking([["Overig", 5, "-", 5]]),
      errors: [{ cel: "A19", ernst: "waarschuwing", messageId: "onbekendeRegel" }],
    },
  ],
});
