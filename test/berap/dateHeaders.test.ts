import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { isDateFormat } from "../../src/berap/tables/sheetView";
import { sheet, workbook } from "../support/ruleTester";

/*
 * A date typed in a header row is stored by Excel as a day number in a date format (45.658 is 1 januari
 * 2025, 46.022 is 31 december 2025). It is header text, never a figure: the row heads its table.
 * By hand: Computers 332 + 18 = 350, Inventaris -10 - 5 = -15, Gebouwen 56 + 54 = 110;
 * columns 332 - 10 + 56 = 378, 18 - 5 + 54 = 67, 350 - 15 + 110 = 445.
 */
const table = (total01: number) =>
  workbook(
    sheet("Investeringen", [
      ["Investeringen"],
      ["Omschrijving", { v: 45658, fmt: "mm-dd-yy" }, { v: 46022, fmt: "d-m-yyyy" }, "Totaal"],
      ["Computers", 332, 18, 350],
      ["Inventaris", -10, -5, -15],
      ["Gebouwen", 56, 54, 110],
      ["Totaal", total01, 67, 445],
    ])
  );
const fouten = (total01: number) =>
  validateWorkbook(table(total01))
    .bevindingen.filter((f) => f.ernst === "fout")
    .map((f) => [f.cel, f.verwacht, f.gevonden]);

describe("dates in a header row", () => {
  it("are header text, as a controller reads them", () => {
    const [grid] = recognizeBerap(table(378)).grids;
    expect([grid.headerRow, grid.headers]).toEqual([2, ["01-01-2025", "31-12-2025", "Totaal"]]);
  });

  it("a consistent table has no fout; a Totaal typed wrong is found", () => {
    expect(fouten(378)).toEqual([]);
    // 332 - 10 + 56 = 378, typed 388: B6 is the slip. Its row gives 388 + 67 = 455, not 445, but with B6 at
    // 378 the row gives 445: the Totaal column is right, no second fout.
    expect(fouten(388)).toEqual([["B6", 378, 388]]);
  });

  it("tells date formats from number formats", () => {
    for (const f of ["mm-dd-yy", "d-m-yyyy", "[$-413]d mmmm yyyy", 'd" "mmm', "yyyy-mm-dd h:mm"])
      expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ["General", "#,##0", "0.0%", "#,##0;[Red]-#,##0", '"€ "#,##0', undefined])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
  });
});

describe("a title with its unit note", () => {
  it("names the table by the title, not by its first header", () => {
    // "Investeringen (bedragen x € 1.000)" above the header: the table is "Investeringen", in x € 1.000.
    const wb = workbook(
      sheet("Rommel", [
        ["Investeringen (bedragen x € 1.000)"],
        ["Omschrijving", "Gerealiseerd", "Prognose", "Totaal"],
        ["Computers", 332, 18, 350],
        ["Totaal", 332, 18, 350],
      ])
    );
    const [grid] = recognizeBerap(wb).grids;
    expect([grid.title, grid.unit]).toEqual(["Investeringen", "duizend"]);
  });
});
