import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { sheet, workbook } from "../support/ruleTester";

/*
 * A weerstandsvermogen printed as a column of labels with the figures beside them. By hand: ratio
 * 2.150 / 2.500 = 0,86, on the NAR scale (0,8 - 1,0) class D, matig; inside SamenTwente's band 0,8 - 1,0.
 */
const weerstand = (ratio: string, oordeel: string, header = false) =>
  workbook(
    sheet("Weerstand", [
      ["Weerstandsvermogen per 1 mei 2026"],
      header ? ["Omschrijving", "Bedrag"] : [],
      ["Benodigde weerstandscapaciteit", 2500],
      ["Beschikbare weerstandscapaciteit", 2150],
      ["Ratio weerstandsvermogen", ratio],
      ["Oordeel (NAR-klasse)", oordeel],
    ])
  );
const claims = (wb: ReturnType<typeof weerstand>) =>
  validateWorkbook(wb)
    .bevindingen.filter((f) => f.ernst !== "info")
    .map((f) => [f.cel, f.ernst, f.verwacht, f.gevonden]);

describe("a weerstandsvermogen as a column of labels", () => {
  it("is read as a weerstandsvermogen table of one row, titled by the title above", () => {
    for (const header of [false, true]) {
      const [grid] = recognizeBerap(weerstand("0,86", "D matig", header)).grids;
      expect([grid.kind, grid.title, grid.roles]).toEqual([
        "weerstandsvermogen",
        "Weerstandsvermogen per 1 mei 2026",
        ["benodigd", "beschikbaar", "ratio"],
      ]);
    }
  });

  it("gives nothing when ratio and class agree with the figures", () => {
    expect(claims(weerstand("0,86", "D matig"))).toEqual([]);
  });

  it("finds a ratio that does not follow and a class that does not fit it", () => {
    // 0,95 typed where 2.150 / 2.500 = 0,86; "C voldoende" where 0,86 is class D (matig).
    for (const header of [false, true])
      expect(claims(weerstand("0,95", "C voldoende", header))).toEqual([
        ["B5", "fout", 0.86, 0.95],
        ["B6", "fout", "D matig", "C"],
      ]);
  });
});
