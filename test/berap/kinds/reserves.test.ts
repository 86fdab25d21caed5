import { recognizeBerap, validateWorkbook } from "../../../src/berap";
import { claims } from "../../support/claims";
import { sheet, TestCell, workbook } from "../../support/ruleTester";

/*
 * The table kind reserves: stand 1-1 + toevoeging - onttrekking = stand 31-12 on every row.
 *
 * By hand: algemene reserve 338 + 50 - 20 = 368; GGD 1.704 + 100 - 562 = 1.242; OZJT 289 + 0 - 43 = 246;
 * huisvesting 398 + 0 - 82 = 316. Totaal 338 + 1.704 + 289 + 398 = 2.729, 50 + 100 = 150,
 * 20 + 562 + 43 + 82 = 707, 368 + 1.242 + 246 + 316 = 2.172 (= 2.729 + 150 - 707).
 */
const reserves = (
  headers: string[],
  ggdEind: TestCell = 1242,
  totaalEind: TestCell = 2172,
  sign = 1
) =>
  workbook(
    sheet("Reserves", [
      ["Overzicht reserves 2025 (x € 1.000)"],
      ["Reserve", ...headers],
      ["Algemene reserve", 338, 50, 20 * sign, 368],
      ["Bestemmingsreserve GGD Twente", 1704, 100, 562 * sign, ggdEind],
      ["Bestemmingsreserve OZJT", 289, "-", 43 * sign, 246],
      ["Huisvestingsreserve Twentehuis", 398, "-", 82 * sign, 316],
      ["Totaal", 2729, 150, 707 * sign, totaalEind],
    ])
  );
const STAND = ["Stand 1-1-2025", "Toevoeging", "Onttrekking", "Stand 31-12-2025"];
const BBV = ["Saldo 1 januari", "Vermeerderingen", "Verminderingen", "Saldo 31 december"];

describe("reserves", () => {
  it.each([[STAND], [BBV]])("is recognised by its headers and consistent: %p", (headers) => {
    expect(recognizeBerap(reserves(headers)).grids.map((g) => g.kind)).toEqual(["reserves"]);
    expect(claims(reserves(headers))).toEqual([]);
  });
  it("finds a stand 31-12 typed 1.224 where 1.704 + 100 - 562 = 1.242, and not the Totaal that adds up right", () => {
    expect(claims(reserves(STAND, 1224))).toEqual([["E4", "fout", 1242, 1224]]);
  });
  it("finds the same slip with the Totaal added up over it (2.154): the row and the Totaal", () => {
    // 2.154 is the column as typed, but the Totaal row's own 2.729 + 150 - 707 = 2.172: both are wrong.
    const found = validateWorkbook(reserves(STAND, 1224, 2154)).bevindingen.filter(
      (f) => f.ernst === "fout"
    );
    expect(found.map((f) => [f.cel, f.verwacht, f.gevonden])).toEqual([
      ["E4", 1242, 1224],
      ["E7", 2172, 2154],
    ]);
  });
  it("adds an onttrekking printed as a negative figure: 338 + 50 + (-20) = 368", () => {
    expect(claims(reserves(STAND, 1242, 2172, -1))).toEqual([]);
    expect(claims(reserves(STAND, 1224, 2172, -1))).toEqual([["E4", "fout", 1242, 1224]]);
  });
});
