import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { sheet, workbook } from "../support/ruleTester";

/*
 * 9. A multi-year begrotingswijziging: a group row (Begroting voor wijziging | Wijziging | Begroting na
 *    wijziging) over the years typed as numbers. By hand, per year and row, na = voor + wijziging:
 *    GGD Twente 2026 1.000 + 10 = 1.010, 2027 1.020 + 10 = 1.030; OZJT 2026 200 - 5 = 195, 2027 204 - 5 = 199;
 *    Totaal lasten 2026 1.200 + 5 = 1.205, 2027 1.224 + 5 = 1.229 (and down each column the same).
 */
const meerjarig = (ozjtNa2027: number): Workbook =>
  workbook(
    sheet("Meerjarig", [
      ["Lasten"],
      [, "Begroting voor wijziging", , "Wijziging", , "Begroting na wijziging"],
      ["Programma", 2026, 2027, 2026, 2027, 2026, 2027],
      ["GGD Twente", 1000, 1020, 10, 10, 1010, 1030],
      ["OZJT", 200, 204, -5, -5, 195, ozjtNa2027],
      ["Totaal lasten", 1200, 1224, 5, 5, 1205, 1229],
    ])
  );

describe("a multi-year begrotingswijziging with group headers over the years", () => {
  it("is read as a begrotingswijziging over its whole width, label column included", () => {
    const [grid] = recognizeBerap(meerjarig(199)).grids;
    expect(grid.kind).toBe("begrotingswijziging");
    expect([grid.left, grid.right, grid.title]).toEqual([1, 7, "Lasten"]);
    expect(grid.headers).toEqual([
      "Begroting voor wijziging 2026",
      "Begroting voor wijziging 2027",
      "Wijziging 2026",
      "Wijziging 2027",
      "Begroting na wijziging 2026",
      "Begroting na wijziging 2027",
    ]);
  });

  it("gives no fout when consistent, and never says it was not recognised", () => {
    const found = validateWorkbook(meerjarig(199)).bevindingen;
    expect(found.filter((f) => f.ernst !== "info")).toEqual([]);
    expect(found.map((f) => f.messageId)).not.toContain("nietHerkend");
  });

  it("checks na = voor + wijziging per year and row", () => {
    // OZJT na 2027 typed 209: 204 - 5 = 199 (verschil 10). Down the column 1.030 + 209 = 1.239, not 1.229;
    // but the Totaal 1.229 = 1.224 + 5 is right, and with G5 at 199 the column gives 1.229: G5 is the one fout.
    const found = validateWorkbook(meerjarig(209)).bevindingen.filter((f) => f.ernst !== "info");
    expect(found.map((f) => [f.cel, f.ernst, f.regel, f.verwacht, f.gevonden])).toEqual([
      ["G5", "fout", "rol-relatie", 199, 209],
    ]);
  });
});
