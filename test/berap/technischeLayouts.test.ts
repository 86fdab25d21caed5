import { validateWorkbook } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { sheet, TestCell, workbook } from "../support/ruleTester";

/*
 * 6. A technische wijziging leaves the total saldo unchanged, whatever the layout (x € 1.000).
 *    By hand: GGD Twente lasten 1.000 + 10 = 1.010, baten 400 + 10 = 410, saldo 600 + 0 = 600; OZJT lasten
 *    200 + 30 = 230, baten 50 + 20 = 70, saldo 150 + 10 = 160; Totaal 1.200 + 40 = 1.240, 450 + 30 = 480,
 *    750 + 10 = 760. Every row and table adds up, but the change of the total saldo is 10 where a technische
 *    wijziging gives 0: one fout, on the Totaal saldo of the wijziging.
 */
const VOOR = [
  ["GGD Twente", 1000, 400, 600],
  ["OZJT", 200, 50, 150],
  ["Totaal", 1200, 450, 750],
];
const WIJZIGING = [
  ["GGD Twente", 10, 10, 0],
  ["OZJT", 30, 20, 10],
  ["Totaal", 40, 30, 10],
];
const NA = [
  ["GGD Twente", 1010, 410, 600],
  ["OZJT", 230, 70, 160],
  ["Totaal", 1240, 480, 760],
];
const table = (title: string, rows: TestCell[][]) => [
  [title],
  ["Programma", "Lasten", "Baten", "Saldo"],
  ...rows,
  [],
];
const threeTables = (sheetTitle: string, wijzigingTitle = "Wijziging") =>
  workbook(
    sheet("Wijziging", [
      [sheetTitle],
      ["Bedragen x € 1.000"],
      [],
      ...table("Begroting 2026 voor wijziging", VOOR),
      ...table(wijzigingTitle, WIJZIGING),
      ...table("Begroting 2026 na wijziging", NA),
    ])
  );
const wide = () =>
  workbook(
    sheet("Wijziging", [
      ["Technische begrotingswijziging 2026"],
      ["Bedragen x € 1.000"],
      [],
      [, "Begroting voor wijziging", , , "Wijziging", , , "Begroting na wijziging"],
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
      ...VOOR.map((v, i) => [...v, ...WIJZIGING[i].slice(1), ...NA[i].slice(1)]),
    ])
  );

function technisch(
  wb: Workbook
): [string, string, number | string | null, number | string | null][] {
  return validateWorkbook(wb)
    .bevindingen.filter((f) => f.regel === "technische-wijziging")
    .map((f) => [f.cel, f.ernst, f.verwacht, f.gevonden]);
}

describe("a technische wijziging as three separate tables", () => {
  it("is checked on its total saldo when the sheet title says technisch", () => {
    expect(technisch(threeTables("Technische begrotingswijziging 2026"))).toEqual([
      ["D14", "fout", 0, 10],
    ]);
  });

  it("is checked when the wijziging's own title says technisch", () => {
    expect(technisch(threeTables("Begrotingswijziging 2026", "Technische wijziging"))).toEqual([
      ["D14", "fout", 0, 10],
    ]);
  });

  it("gives the same finding as the wide layout of the same figures", () => {
    expect(technisch(wide())).toEqual([["G8", "fout", 0, 10]]);
  });

  it("is not checked on its saldo when nothing says technisch", () => {
    expect(technisch(threeTables("Begrotingswijziging 2026"))).toEqual([]);
  });
});
