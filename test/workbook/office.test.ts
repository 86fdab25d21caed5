import { readOpenWorkbook, selectCell } from "../../src/workbook/office";
import { markFindings, removeMarking } from "../../src/workbook/officeMarking";
import { uniqueSheetName, writeReportSheet } from "../../src/workbook/officeReport";
import { insertAtSelection } from "../../src/workbook/officeInsert";
import { readSelectedKey, readSelectedNumber } from "../../src/workbook/officeSelection";
import { FakeContext } from "../support/fakeExcel";

describe("Office.js adapter against a strict fake of Excel", () => {
  function twentySheets(): FakeContext {
    const ctx = new FakeContext();
    for (let s = 1; s <= 20; s++) {
      const ws = ctx.addSheet(`Blad${s}`);
      ws.setCell(1, 1, { value: "Totaal" });
      ws.setCell(1, 2, { value: s * 100, numFmt: "#,##0" });
      ws.setCell(2, 2, { value: s * 200, formula: `B2*2` });
      ws.setCell(3, 3, { value: "#DIV/0!", type: "Error" });
    }
    ctx.addSheet("Leeg");
    return ctx;
  }

  it("reads a 20-sheet workbook with at most 40 syncs (it needs 3) and maps every kind of cell", async () => {
    const ctx = twentySheets();
    const wb = await readOpenWorkbook(ctx.excel, { specialCells: true });
    expect(ctx.syncs).toBeLessThanOrEqual(40);
    expect(ctx.syncs).toBe(3);
    expect(wb.sheets).toHaveLength(21);
    const s = wb.sheets[2];
    // Excel's indexes are 0-based; the model's rows and columns are 1-based, like A1 addresses.
    expect([
      s.name,
      s.value(2, 2),
      s.value(2, 3),
      s.get(2, 3)?.numFmt,
      s.get(3, 3),
      s.value(4, 4),
    ]).toEqual([
      "Blad3",
      "Totaal",
      300,
      "#,##0",
      { value: 600, formula: "B2*2", numFmt: undefined },
      { error: "#DIV/0!" },
    ]);
    expect(wb.sheets[20].cellCount).toBe(0);
  });

  it("reads a used range larger than one request in blocks of rows, one request each", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Groot");
    for (let r = 0; r < 250; r++) ws.setCell(r, 0, { value: r });
    const wb = await readOpenWorkbook(ctx.excel, { cellsPerRequest: 100, specialCells: true });
    // Names, used range, its filled count (dense), then 250 cells in requests of at most 100: 3 + 3 syncs.
    expect(ctx.syncs).toBe(6);
    // Rows 1-250 of column A hold 0-249: three blocks of at most 100 rows.
    expect([wb.sheets[0].cellCount, wb.sheets[0].value(1, 1), wb.sheets[0].value(250, 1)]).toEqual([
      250, 0, 249,
    ]);
  });

  const FIVE_MB = 5 * 1024 * 1024;

  it("20 sheets whose used ranges reach row 100.000 through one stray cell: read by filled areas, each request under 5 MB", async () => {
    const ctx = new FakeContext();
    for (let s = 1; s <= 20; s++) {
      const ws = ctx.addSheet(`Programma ${s}`);
      // A table of 40 rows and 6 columns with a blank spacer row and a total formula, then a stray cell.
      for (let r = 2; r < 42; r++) {
        if (r === 10) continue;
        ws.setCell(r, 0, { value: `Ontwikkeling ${r}` });
        for (let c = 1; c < 5; c++) ws.setCell(r, c, { value: r * c, numFmt: "#,##0" });
        ws.setCell(r, 5, { value: r * 10, formula: `SUM(B${r + 1}:E${r + 1})` });
      }
      ws.setCell(99_999, 5, { value: "x" });
    }
    const wb = await readOpenWorkbook(ctx.excel, { specialCells: true });
    // Names, used ranges, filled counts, areas, cells: 5 syncs for all 20 sheets.
    expect(ctx.syncs).toBe(5);
    expect(Math.max(...ctx.payloads)).toBeLessThan(FIVE_MB);
    // The used ranges hold 20 x 100.000 x 6 = 12.000.000 cells; the filled areas 20 x (39 x 6 + 1) = 4.700.
    expect(wb.sheets.map((s) => s.cellCount)).toEqual(new Array(20).fill(39 * 6 + 1));
    const last = wb.sheets[19];
    expect([last.value(100_000, 6), last.get(42, 6)?.formula, last.value(42, 2)]).toEqual([
      "x",
      "SUM(B42:E42)",
      41,
    ]);
  });

  it("a sheet of 300.000 filled cells is read in several requests, each under 5 MB", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Groot");
    for (let r = 0; r < 30_000; r++) {
      ws.setCell(r, 0, { value: `Regel ${r} met een omschrijving van een ontwikkeling (G)` });
      for (let c = 1; c < 9; c++)
        ws.setCell(r, c, { value: r * 1000 + c, numFmt: "#,##0;-#,##0;-" });
      ws.setCell(r, 9, { value: r, formula: `SUM(B${r + 1}:I${r + 1})` });
    }
    const wb = await readOpenWorkbook(ctx.excel, { specialCells: true });
    // 300.000 cells in requests of 20.000: 15, after the names, the used range and its filled count (dense).
    expect(ctx.syncs).toBe(3 + 15);
    expect(Math.max(...ctx.payloads)).toBeLessThan(FIVE_MB);
    expect(wb.sheets[0].cellCount).toBe(300_000);
    expect([wb.sheets[0].value(30_000, 9), wb.sheets[0].get(30_000, 10)?.formula]).toEqual([
      29_999_008,
      "SUM(B30000:I30000)",
    ]);
  });

  it("a request whose response would pass 5 MB (long texts) is halved until each fits", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Toelichting");
    // 2.000 rows x 10 cells of 400 characters: one request of 20.000 cells.
    const text = (r: number, c: number) => `${r},${c} `.padEnd(400, "toelichting ");
    for (let r = 0; r < 2_000; r++)
      for (let c = 0; c < 10; c++) ws.setCell(r, c, { value: text(r, c) });
    const wb = await readOpenWorkbook(ctx.excel, { specialCells: true });
    // 20.000 cells of 400 characters, as values and as formulas: about 16,5 MB. Refused, then its halves
    // (8,3 MB) refused, then four quarters of about 4,1 MB read.
    expect(ctx.payloads.filter((b) => b > FIVE_MB)).toHaveLength(3);
    expect(ctx.payloads.filter((b) => b > 4_000_000 && b < FIVE_MB)).toHaveLength(4);
    // Names, used range (one request's worth: no count of filled cells), the refused and the read requests.
    expect(ctx.syncs).toBe(2 + 3 + 4);
    expect([wb.sheets[0].cellCount, wb.sheets[0].value(2_000, 10)]).toEqual([
      20_000,
      text(1_999, 9),
    ]);
  });

  it("without ExcelApi 1.9 a stray cell makes a large used range, still read in requests under 5 MB", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Blad1");
    ws.setCell(0, 0, { value: "Totaal" });
    ws.setCell(99_999, 2, { value: 1 });
    const wb = await readOpenWorkbook(ctx.excel, { specialCells: false });
    // 100.000 rows of 3 cells in bands of 6.666 rows (19.998 cells): 16 requests.
    expect(ctx.syncs).toBe(2 + 16);
    expect(Math.max(...ctx.payloads)).toBeLessThan(FIVE_MB);
    expect([wb.sheets[0].cellCount, wb.sheets[0].value(100_000, 3)]).toEqual([2, 1]);
  });

  it("asks which rows are hidden only on a sheet with SUBTOTAL totals, in a few requests, never one per row", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Lasten");
    for (let r = 0; r < 1000; r++) ws.setCell(r, 1, { value: r });
    ws.setCell(1000, 0, { value: "Totaal" });
    ws.setCell(1000, 1, { value: 499_500 - 4 - 700, formula: "SUBTOTAL(109,B1:B1000)" });
    ws.hiddenRows.add(4); // row 5 in Excel
    ws.hiddenRows.add(700); // row 701
    ws.autoFilter.enabled = true;
    const other = ctx.addSheet("Zonder subtotaal");
    other.setCell(0, 0, { value: 1 });
    other.hiddenRows.add(0);
    const wb = await readOpenWorkbook(ctx.excel, { specialCells: false, autoFilter: true });
    // Names, used ranges, the cells in one request; then the 1.001 rows as one block (some hidden), as 16
    // blocks of 63, the two mixed ones as 16 blocks of 4 each, the two mixed of those as single rows:
    // 4 requests more, the largest of 32 ranges.
    expect(ctx.syncs).toBe(3 + 4);
    expect([...wb.sheets[0].hiddenRows].sort((a, b) => a - b)).toEqual([5, 701]);
    expect(wb.sheets[0].filtered).toBe(true);
    // A sheet without SUBTOTAL or AGGREGATE is not asked: its hidden rows change no sum.
    expect(wb.sheets[1].hiddenRows.size).toBe(0);
  });

  it("selects the cell of a finding on its sheet", async () => {
    const ctx = twentySheets();
    await selectCell(ctx.excel, "Blad7", "C12");
    expect([ctx.active, ctx.selected]).toEqual(["Blad7", "Blad7!11,2"]);
  });

  it("highlight then remove leaves every cell's fill exactly as it was", async () => {
    const ctx = twentySheets();
    const ws = ctx.sheets[0];
    ws.setCell(0, 1, {
      value: 5,
      fill: {
        color: "#00B050",
        pattern: "LightUp",
        patternColor: "#FF0000",
        patternTintAndShade: 0.2,
        tintAndShade: -0.1,
      },
    });
    // A cell's fill as Excel reports it: an untouched cell has no fill.
    const noFill = {
      color: "#FFFFFF",
      pattern: "None",
      patternColor: null,
      patternTintAndShade: 0,
      tintAndShade: 0,
    };
    const fills = (keys: string[]) =>
      keys.map((k) => [k, ws.cells.get(k)?.value ?? "", ws.cells.get(k)?.fill ?? noFill]);
    const keys = ["0,1", "4,2", "1,1", "1,2"];
    const before = fills(keys);
    const marked = await markFindings(ctx.excel, [
      { sheet: "Blad1", address: "B1", ernst: "fout" },
      { sheet: "Blad1", address: "C5", ernst: "waarschuwing" },
      { sheet: "Blad1", address: "B1", ernst: "fout" },
    ]);
    expect(marked).toBe(2);
    expect(ws.cell(0, 1).fill).toMatchObject({ color: "#FFC7CE" });
    // Marking again keeps the first saved original.
    await markFindings(ctx.excel, [{ sheet: "Blad1", address: "B1", ernst: "waarschuwing" }]);
    const syncsBefore = ctx.syncs;
    expect(await removeMarking(ctx.excel)).toBe(2);
    // The setting, the cells' current fills, the restore.
    expect(ctx.syncs - syncsBefore).toBe(3);
    expect(fills(keys)).toEqual(before);
    expect(ws.cell(0, 1).fill).toEqual({
      color: "#00B050",
      pattern: "LightUp",
      patternColor: "#FF0000",
      patternTintAndShade: 0.2,
      tintAndShade: -0.1,
    });
    expect(await removeMarking(ctx.excel)).toBe(0);
  });

  it("writes the report to a new sheet and never overwrites one", async () => {
    expect(uniqueSheetName(["Blad1"])).toBe("Berap-controle");
    expect(uniqueSheetName(["Berap-controle", "berap-controle (2)"])).toBe("Berap-controle (3)");
    const ctx = twentySheets();
    ctx.addSheet("Berap-controle");
    const finding = {
      regel: "lijst-totaal",
      ernst: "fout" as const,
      blad: "Blad1",
      cel: "B1",
      bericht: "x",
      verwacht: 1,
      gevonden: 2,
    };
    expect(await writeReportSheet(ctx.excel, [finding])).toBe("Berap-controle (2)");
    const report = ctx.sheets.find((s) => s.name === "Berap-controle (2)")!;
    expect([
      report.cell(0, 0).value,
      report.cell(1, 3).value,
      report.cell(1, 5).value,
      ctx.active,
    ]).toEqual(["Ernst", "x", 2, "Berap-controle (2)"]);
  });
});

describe("inserting at the selection", () => {
  const table = [
    ["Gemeente", "Aandeel"],
    ["Almelo", 34143],
  ];

  it("writes into empty cells without asking", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Blad1");
    ctx.selection = ws.getRange("B2");
    let asked = false;
    expect(
      await insertAtSelection(ctx.excel, table, undefined, async () => ((asked = true), true))
    ).toBe(true);
    expect([asked, ws.cell(1, 1).value, ws.cell(2, 2).value, ctx.syncs]).toEqual([
      false,
      "Gemeente",
      34143,
      2,
    ]);
  });

  it("asks before overwriting, and writes nothing on no", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Blad1");
    ws.setCell(2, 2, { value: "van de gebruiker" });
    ctx.selection = ws.getRange("B2");
    expect(await insertAtSelection(ctx.excel, table, undefined, async () => false)).toBe(false);
    expect([ws.cell(1, 1).value, ws.cell(2, 2).value]).toEqual(["", "van de gebruiker"]);
    expect(
      await insertAtSelection(
        ctx.excel,
        table,
        [
          ['=ST.INWONERS("Almelo")', ""],
          ["", ""],
        ],
        async () => true
      )
    ).toBe(true);
    expect(ws.cell(1, 1).formula).toBe('ST.INWONERS("Almelo")');
  });
});

describe("reading the selection (Verdelen)", () => {
  it("takes the number in the selection's first cell, in one sync", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Blad1");
    ws.setCell(1, 1, { value: 295000 });
    ctx.selection = ws.getRange("B2:B3");
    expect(await readSelectedNumber(ctx.excel)).toBe(295000);
    expect(ctx.syncs).toBe(1);
  });

  it("has no number when the first cell holds text", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Blad1");
    ws.setCell(0, 0, { value: "Bedrag" });
    ctx.selection = ws.getRange("A1");
    expect(await readSelectedNumber(ctx.excel)).toBeUndefined();
  });

  it("reads a key's numbers with its address, passing over text and blanks", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Verdeling");
    ws.setCell(0, 1, { value: "Inwoners" });
    ws.setCell(1, 1, { value: 74164 });
    ws.setCell(3, 1, { value: 24638 });
    ctx.selection = ws.getRange("B1:B4");
    expect(await readSelectedKey(ctx.excel)).toEqual({
      address: "Verdeling!B1:B4",
      values: [74164, 24638],
    });
    expect(ctx.syncs).toBe(1);
  });

  it("has no key when the selection holds no number", async () => {
    const ctx = new FakeContext();
    const ws = ctx.addSheet("Blad1");
    ctx.selection = ws.getRange("A1:A3");
    expect(await readSelectedKey(ctx.excel)).toBeUndefined();
  });
});
