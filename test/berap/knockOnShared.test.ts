import { RULES, validateWorkbook } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { programmeSheet, sheet, workbook } from "../support/ruleTester";

/*
 * One input typed wrong that several relations share: the cell they meet in is the one fout, the cells
 * downstream that are right are no finding (src/berap/rules/slips.ts). Figures by hand next to each case;
 * each also holds with the rules in reverse order.
 */
const claims = (wb: Workbook, rules = RULES) =>
  validateWorkbook(wb, { rules })
    .bevindingen.filter((f) => f.ernst !== "info")
    .map((f) => [f.regel, f.blad, f.cel, f.ernst, f.verwacht, f.gevonden]);
const both = (wb: Workbook) => {
  const found = claims(wb);
  expect(claims(wb, [...RULES].reverse())).toEqual(found);
  return found;
};

describe("one input that several relations share", () => {
  it("a technische wijziging in wide columns: the Wijziging Baten typed wrong, not its saldo, na and Totaal", () => {
    // GGD Wijziging baten 210 where 200: saldo 500 - 210 = 290 (300 stands), na 13.888 + 210 = 14.098
    // (14.088 stands), column 210 + 0 + 0 = 210 (Totaal 200). All three close with F6 = 200.
    const wb = (f6: number) =>
      workbook(
        sheet("TW", [
          ["Technische begrotingswijziging 2026"],
          ["bedragen in €"],
          [],
          [
            "",
            "Begroting voor wijziging",
            null,
            null,
            "Wijziging",
            null,
            null,
            "Begroting na wijziging",
          ],
          [
            "Programma",
            "Lasten",
            "Baten",
            "Saldo",
            "Lasten",
            "Baten",
            "Saldo",
            "Lasten",
            "Baten",
            "Saldo",
          ],
          ["GGD Twente", 38110, 13888, 24222, 500, f6, 300, 38610, 14088, 24522],
          ["OZJT", 3539, 578, 2961, -300, 0, -300, 3239, 578, 2661],
          ["Veilig Thuis Twente", 7172, 2965, 4207, 0, 0, 0, 7172, 2965, 4207],
          ["Totaal", 48821, 17431, 31390, 200, 200, 0, 49021, 17631, 31390],
        ])
      );
    expect(both(wb(200))).toEqual([]);
    expect(both(wb(210))).toEqual([["rol-relatie", "TW", "F6", "fout", 200, 210]]);
  });

  it("a cao table: a rise typed wrong, not the overschot beside it and the Subtotaal below", () => {
    // VTT stijging 160 where 150: overschot 313 - 160 = 153 (163 stands), Subtotaal 554 + 50 + 160 + 174 =
    // 938 (928 stands). Both close with B7 = 150 (313 - 150 = 163, 928).
    const wb = (vtt: number) =>
      workbook(
        sheet("Cao", [
          ["Cao-ontwikkeling 2025"],
          ["bedragen x € 1.000"],
          [],
          [
            "Programma",
            "Stijging salariskosten 2025 (2,6%)",
            "Begrote stijging (5,3%)",
            "Overschot cao-ontwikkeling (2,7%)",
          ],
          ["GGD Twente", 554, 1117, 563],
          ["OZJT", 50, 99, 49],
          ["VTT", vtt, 313, 163],
          ["Bestuur en Ondersteuning", 174, 361, 187],
          ["Subtotaal", 928, 1890, 962],
        ])
      );
    expect(both(wb(150))).toEqual([]);
    expect(both(wb(160))).toEqual([["cao-tabel", "Cao", "B7", "fout", 150, 160]]);
  });

  it("an older cao table with a tekort typed wrong: not also the programme's Tekort line, which is right", () => {
    // VTT werkelijk 313 - verwacht 150 = 163 (173 stands); Subtotaal 563 + 49 + 173 + 187 = 972 (962
    // stands): D7 is the slip. The VTT sheet's "Tekort cao-ontwikkeling" -163 agrees with D7 = 163.
    const wb = (d7: number) =>
      workbook(
        programmeSheet(
          "VTT",
          [["I", "Vaccineren", 50]],
          [["S", "Huisvesting", -145]],
          [50, -145],
          [
            ["Verwacht bedrijfsresultaat", -95],
            ["Tekort cao-ontwikkeling", -163],
            ["Verwacht resultaat incl. cao-ontwikkeling", -258],
          ]
        ),
        sheet("Cao", [
          ["Cao-ontwikkeling 2024"],
          ["bedragen x € 1.000"],
          [],
          ["Programma", "Werkelijke stijging", "Verwachte toename", "Tekort cao-ontwikkeling"],
          ["GGD Twente", 1117, 554, 563],
          ["OZJT", 99, 50, 49],
          ["VTT", 313, 150, d7],
          ["Bestuur en Ondersteuning", 361, 174, 187],
          ["Subtotaal", 1890, 928, 962],
        ])
      );
    expect(both(wb(163))).toEqual([]);
    expect(both(wb(173))).toEqual([["cao-tabel", "Cao", "D7", "fout", 163, 173]]);
  });

  it("a doorwerking table: a meerjarig ontwikkeling typed wrong, not its list Totaal and the Meerjarig cell", () => {
    // Projecten (M) 93 where 83: Totaal positief 50 + 93 + 213 = 356 (346 stands), Meerjarig voordelig 93
    // (83 stands). Both close with C7 = 83; the I and S rows, Totaal and bedrijfsresultaat 96 are right.
    const wb = (m: number) => {
      const s = programmeSheet(
        "VTT",
        [
          ["I", "Vaccineren", 50],
          ["M", "Projecten", m],
          ["I", "Formatie", 213],
        ],
        [
          ["S", "Huisvesting", -145],
          ["I", "Verlofsparen", -105],
        ],
        [346, -250],
        [["Verwacht bedrijfsresultaat", 96]]
      );
      return workbook({
        ...s,
        rows: [
          ...s.rows,
          [],
          ["Doorwerking"],
          ["Soort", "Voordelig", "Nadelig", "Totaal"],
          ["Incidenteel", 263, -105, 158],
          ["Meerjarig", 83, 0, 83],
          ["Structureel", 0, -145, -145],
          ["Totaal", 346, -250, 96],
        ],
      });
    };
    expect(both(wb(83))).toEqual([]);
    expect(both(wb(93))).toEqual([["lijst-totaal", "VTT", "C7", "fout", 83, 93]]);
  });
});
