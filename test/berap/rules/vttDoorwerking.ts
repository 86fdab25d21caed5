import { programmeSheet, TestCell, workbook } from "../../support/ruleTester";
import { neg, pos } from "./ggdLists";

/**
 * VTT in the older layout: the lists of ggdLists (bedrijfsresultaat 96 on row 10), a doorwerking table with
 * its header on row 15, Incidenteel (row 16) given, Meerjarig 83, Structureel -145, Totaal 346, -250, 96.
 * By hand from the lists: I voordelig 50 + 213 = 263, nadelig -105, totaal 158.
 */
export const vttDoorwerking = (incidenteel: TestCell[]) => {
  const s = programmeSheet(
    "VTT",
    pos,
    neg,
    [346, -250],
    [
      ["Verwacht bedrijfsresultaat", 96],
      ["Tekort cao-ontwikkeling", -10],
    ]
  );
  const table: TestCell[][] = [
    [],
    ["Doorwerking"],
    ["Soort", "Voordelig", "Nadelig", "Totaal"],
    ["Incidenteel", ...incidenteel],
    ["Meerjarig", 83, 0, 83],
    ["Structureel", 0, -145, -145],
    ["Totaal", 346, -250, 96],
  ];
  return workbook({ ...s, rows: [...s.rows, ...table] });
};
