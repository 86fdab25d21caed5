import { validateWorkbook } from "../../src/berap";
import { Finding } from "../../src/berap/findings";
import { Workbook } from "../../src/berap/model/workbook";
import { sheet, TestCell, workbook } from "../support/ruleTester";

/*
 * Tables the Berap kinds do not know, as a tester built them by other hands (adv3/pc): every case states its
 * figures by hand. The same figures give the same findings whatever the layout, a consistent table no fout,
 * and a check that could not run is said, never claimed.
 */

/** Fouten and waarschuwingen about figures and tables as [cel, ernst, verwacht, gevonden]. */
function claims(
  wb: Workbook
): [string, Finding["ernst"], Finding["verwacht"], Finding["gevonden"]][] {
  return validateWorkbook(wb)
    .bevindingen.filter((f) => f.ernst !== "info" && f.messageId !== "geenBerapTabel")
    .map((f) => [f.cel, f.ernst, f.verwacht, f.gevonden]);
}

function infos(wb: Workbook): [string, string][] {
  return validateWorkbook(wb)
    .bevindingen.filter((f) => f.ernst === "info")
    .map((f) => [f.cel, f.messageId ?? ""]);
}

/*
 * 1. Years typed as numbers in the header row (Excel stores a typed 2026 as a number).
 *    By hand: Totaal 2026 = 100 + 10 = 110; 2027 = 200 + 20 = 220; 2028 = 300 + 30 = 330;
 *    2029 = 400 + 40 = 440, typed 450: a fout of 10.
 */
const yearsAsNumbers = (total2029: TestCell) =>
  workbook(
    sheet("Meerjarig", [
      ["Lasten"],
      ["Programma", 2026, 2027, 2028, 2029],
      ["GGD Twente", 100, 200, 300, 400],
      ["OZJT", 10, 20, 30, 40],
      ["Totaal", 110, 220, 330, total2029],
    ])
  );

describe("a header row of years typed as numbers", () => {
  it("is a header: the table is read and its totals checked", () => {
    expect(infos(yearsAsNumbers(440))).toEqual([
      ["A2", "nietHerkend"],
      ["B5", "totalenIngetypt"],
    ]);
    expect(claims(yearsAsNumbers(440))).toEqual([]);
    expect(claims(yearsAsNumbers(450))).toEqual([["E5", "fout", 440, 450]]);
  });

  it("gives the same findings as the years typed as text", () => {
    const asText = workbook(
      sheet("Meerjarig", [
        ["Lasten"],
        ["Programma", "2026", "2027", "2028", "2029"],
        ["GGD Twente", 100, 200, 300, 400],
        ["OZJT", 10, 20, 30, 40],
        ["Totaal", 110, 220, 330, 450],
      ])
    );
    expect(claims(yearsAsNumbers(450))).toEqual(claims(asText));
  });

  it("reads years in the amounts' format (#,##0) as years too", () => {
    const fmt = (v: number) => ({ v, fmt: "#,##0" });
    const wb = workbook(
      sheet("Meerjarig", [
        ["Lasten"],
        ["Programma", fmt(2026), fmt(2027), fmt(2028), fmt(2029)],
        ["GGD Twente", 100, 200, 300, 400],
        ["OZJT", 10, 20, 30, 40],
        ["Totaal", 110, 220, 330, 450],
      ])
    );
    expect(claims(wb)).toEqual([["E5", "fout", 440, 450]]);
  });

  it("keeps a row of amounts that are no run of years an amount row", () => {
    // No header above: 2026 | 2031 is no run of years, so no table is read from these rows at all.
    const wb = workbook(
      sheet("Overig", [
        ["Team A", 2026, 2031],
        ["Team B", 10, 20],
        ["Totaal", 2036, 2052],
      ])
    );
    expect(validateWorkbook(wb).bevindingen.map((f) => f.messageId)).toEqual(["geenBerapTabel"]);
  });
});

/*
 * 2. A workbook with only a table no kind knows. By hand: Totaal Fte 2025 = 10 + 20 + 30 = 60, typed 66;
 *    Fte 2026 = 11 + 21 + 31 = 63. Its totals are checked, so the workbook is checked.
 */
const formatie = (rows: TestCell[][]) =>
  workbook(sheet("Overig", [["Formatie per team"], ["Team", "Fte 2025", "Fte 2026"], ...rows]));
const teams: TestCell[][] = [
  ["Team A", 10, 11],
  ["Team B", 20, 21],
  ["Team C", 30, 31],
];

describe("a workbook with only tables no kind knows", () => {
  it("is checked when a table's totals were checked: their findings stay", () => {
    const result = validateWorkbook(formatie([...teams, ["Totaal", 66, 63]]));
    expect(result.tabellen).toBe(1);
    expect(result.bevindingen.map((f) => [f.cel, f.ernst, f.messageId])).toEqual([
      ["A2", "info", "nietHerkend"],
      ["B6", "fout", "bedragKloptNiet"],
      ["B6", "info", "totalenIngetypt"],
    ]);
  });

  it("is not checked when no table has a Totaal to recompute, and says what it saw", () => {
    const result = validateWorkbook(formatie(teams));
    expect(result.tabellen).toBe(0);
    expect(result.gezien).toBe(1);
    // The table itself: never "alleen totalen gecontroleerd" where no total was.
    expect(result.bevindingen.map((f) => [f.cel, f.ernst, f.messageId])).toEqual([
      ["A2", "info", "nietHerkendNietGecontroleerd"],
      ["", "waarschuwing", "geenBerapTabel"],
    ]);
    expect(result.bevindingen[1].bericht).toContain(
      "er is niets gecontroleerd (1 tabel gevonden, zonder Totaal-regel om na te rekenen)"
    );
  });
});

/*
 * 5. A risk inventory: Kans is a probability, not an amount to add up. By hand: Financieel gevolg
 *    1.200 + 1.500 + 1.000 = 3.700; Benodigd 600 + 450 + 700 = 1.750. The Totaal row leaves Kans empty:
 *    not totalled, so no comparison (never "0 staat er").
 */
const pct = (v: number) => ({ v, fmt: "0%" });
const risico = (kansTotaal: TestCell, gevolgTotaal: TestCell = 3700) =>
  workbook(
    sheet("Risico", [
      ["Risico-inventarisatie"],
      ["Risico", "Kans", "Financieel gevolg", "Benodigd"],
      ["Uitval subsidie", pct(0.5), 1200, 600],
      ["Cao boven raming", pct(0.3), 1500, 450],
      ["Claim aanbesteding", pct(0.7), 1000, 700],
      ["Totaal", kansTotaal, gevolgTotaal, 1750],
    ])
  );

describe("a Totaal row with an empty cell, and a percentage column", () => {
  it("does not compare an empty cell in a Totaal row", () => {
    expect(claims(risico(undefined))).toEqual([]);
    // Financieel gevolg left empty too: still nothing; Benodigd is still checked.
    expect(claims(risico(undefined, undefined))).toEqual([]);
  });

  it("does not add up a percentage column whose Totaal holds no figure ('-')", () => {
    expect(claims(risico("-"))).toEqual([]);
  });

  it("compares a percentage column whose Totaal holds a figure, and shows percentages", () => {
    // 50% + 30% + 70% = 150%, typed 100%.
    const found = validateWorkbook(risico(pct(1))).bevindingen.filter((f) => f.ernst === "fout");
    expect(found.map((f) => [f.cel, f.verwacht, f.gevonden])).toEqual([["B6", 1.5, 1]]);
    expect(found[0].data).toMatchObject({ gevonden: "100%", verwacht: "150%" });
    // The same Totaal typed as the number 1 without a percent format: a percentage all the same.
    const plain = validateWorkbook(risico(1)).bevindingen.filter((f) => f.ernst === "fout");
    expect(plain.map((f) => f.data)).toMatchObject([{ gevonden: "100%", verwacht: "150%" }]);
  });
});

/*
 * 10. A Totaal column: each row's total is the sum of the amount columns it closes.
 *     By hand: Almelo 100 + 20 + 30 = 150; Borne 40 + 5 + 10 = 55; Hengelo 200 + 50 + 25 = 275;
 *     Totaal 340 + 75 + 65 = 480 (and down the column 150 + 55 + 275 = 480).
 */
const bijdrage = (hengelo: number, totaal: number) =>
  workbook(
    sheet("Bijdrage", [
      ["Bijdrage per gemeente 2026"],
      ["Gemeente", "GGD Twente", "OZJT", "Veilig Thuis Twente", "Totaal"],
      ["Almelo", 100, 20, 30, 150],
      ["Borne", 40, 5, 10, 55],
      ["Hengelo", 200, 50, 25, hengelo],
      ["Totaal", 340, 75, 65, totaal],
    ])
  );

describe("a Totaal column", () => {
  it("equals the sum of its row's amount columns", () => {
    expect(claims(bijdrage(275, 480))).toEqual([]);
    // Hengelo 1.000 too high, and the grand total with it, so the column still adds up (150 + 55 + 1.275):
    // both rows no longer add up.
    expect(claims(bijdrage(1275, 1480))).toEqual([
      ["E5", "fout", 275, 1275],
      ["E6", "fout", 480, 1480],
    ]);
  });

  it("never adds a count or percentage column: only the amounts of the same kind", () => {
    // Fte is a count, Aandeel a percentage: Totaal = Begroot + Extra. Team A 100 + 20 = 120; Team B
    // 40 + 5 = 45, typed 46: an afrondingsverschil. Totaal 140 + 25 = 165; fte 10 + 3 = 13; down the
    // Totaal column 120 + 46 = 166 where 165 stands: the slip shows there too, as an afrondingsverschil.
    const wb = workbook(
      sheet("Formatie", [
        ["Formatiebudget 2026"],
        ["Team", "Fte", "Aandeel", "Begroot", "Extra", "Totaal"],
        ["Team A", 10, { v: 0.751, fmt: "0.0%" }, 100, 20, 120],
        ["Team B", 3, { v: 0.249, fmt: "0.0%" }, 40, 5, 46],
        ["Totaal", 13, { v: 1, fmt: "0.0%" }, 140, 25, 165],
      ])
    );
    expect(claims(wb)).toEqual([
      ["F4", "waarschuwing", 45, 46],
      ["F5", "waarschuwing", 166, 165],
    ]);
  });

  it("that is no sum of its row is one waarschuwing about the table, never a fout", () => {
    // Totaal besteed is the spending so far, not budget + spent this year: 500 + 100 = 600 is not 300.
    const wb = workbook(
      sheet("Projecten", [
        ["Projecten"],
        ["Project", "Budget", "Besteed 2025", "Totaal besteed"],
        ["Project A", 500, 100, 300],
        ["Project B", 200, 50, 150],
      ])
    );
    const found = validateWorkbook(wb).bevindingen.filter(
      (f) => f.ernst !== "info" && f.messageId !== "geenBerapTabel"
    );
    expect(found.map((f) => [f.cel, f.ernst, f.messageId])).toEqual([
      ["D2", "waarschuwing", "totaalKolomNietTeLezen"],
    ]);
  });
});
