import ExcelJS from "exceljs";
import { readXlsx, WorkbookReadError } from "../../src/workbook/xlsx";

/** The .xlsx adapter keeps what the engine needs: values, formulas with cached results, formats, merges. */
async function roundTrip(fill: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Blad1"));
  return readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe("readXlsx", () => {
  it("reads numbers, text, booleans, number formats and leaves empty cells out", async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell("A1").value = "Totaal";
      ws.getCell("B1").value = 1377;
      ws.getCell("B1").numFmt = "#,##0";
      ws.getCell("C1").value = true;
      ws.getCell("D3").value = 0.007;
      ws.getCell("D3").numFmt = "0.0%";
    });
    const s = wb.sheets[0];
    expect([
      s.name,
      s.value(1, 1),
      s.value(1, 2),
      s.get(1, 2)?.numFmt,
      s.value(1, 3),
      s.value(3, 4),
      s.get(3, 4)?.numFmt,
    ]).toEqual(["Blad1", "Totaal", 1377, "#,##0", true, 0.007, "0.0%"]);
    expect(s.get(2, 1)).toBeUndefined();
    expect(s.cellCount).toBe(4);
  });

  it("keeps formulas with their cached results, and error values", async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell("A1").value = 2;
      ws.getCell("A2").value = { formula: "A1*2", result: 4 } as ExcelJS.CellFormulaValue;
      ws.getCell("A3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("A4").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as unknown as ExcelJS.CellFormulaValue;
    });
    const s = wb.sheets[0];
    expect(s.get(2, 1)).toEqual({ value: 4, formula: "A1*2" });
    expect(s.value(3, 1)).toEqual({ error: "#DIV/0!" });
    expect(s.get(4, 1)).toEqual({ value: { error: "#DIV/0!" }, formula: "1/0" });
  });

  it("keeps a merged area's value in its top-left cell and lists the merge", async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell("A1").value = "Positieve ontwikkelingen";
      ws.mergeCells("A1:C1");
    });
    const s = wb.sheets[0];
    expect([s.value(1, 1), s.get(1, 2), s.merges]).toEqual([
      "Positieve ontwikkelingen",
      undefined,
      [{ top: 1, left: 1, bottom: 1, right: 3 }],
    ]);
  });

  it("joins rich text and turns dates into Excel serial numbers", async () => {
    const wb = await roundTrip((ws) => {
      ws.getCell("A1").value = {
        richText: [{ text: "Verwacht " }, { font: { bold: true }, text: "bedrijfsresultaat" }],
      };
      ws.getCell("A2").value = new Date(Date.UTC(2025, 3, 1));
    });
    // 1 April 2025 is day 45.748 after 30 December 1899.
    expect([wb.sheets[0].value(1, 1), wb.sheets[0].value(2, 1)]).toEqual([
      "Verwacht bedrijfsresultaat",
      45748,
    ]);
  });

  it("refuses what is not an .xlsx with a Dutch reason", async () => {
    await expect(readXlsx(new TextEncoder().encode("hallo"))).rejects.toThrow(
      new WorkbookReadError("het bestand is geen Excel-werkmap (.xlsx)")
    );
    await expect(readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(
      /versleuteld of in het oude .xls-formaat/
    );
  });
});
