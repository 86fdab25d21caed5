import ExcelJS from "exceljs";
import { readXlsx, WorkbookReadError } from "../../src/workbook/xlsx";
import { MAIN, worksheetXml, xlsxPackage, zipParts } from "../support/xlsxPackage";

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

  it("refuses what is not an .xlsx with a Dutch reason of its kind", async () => {
    const kindOf = (bytes: Uint8Array) =>
      readXlsx(bytes).then(
        () => "gelezen",
        (e: WorkbookReadError) => `${e.kind}: ${e.message}`
      );
    expect(await kindOf(new TextEncoder().encode("hallo"))).toMatch(
      /^geen-werkmap: het bestand is geen Excel-werkmap/
    );
    expect(await kindOf(new Uint8Array(0))).toMatch(/^geen-werkmap: het bestand is leeg/);
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (t: string) => [...t].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(await kindOf(new Uint8Array([...ole, ...utf16("EncryptedPackage")]))).toMatch(
      /^versleuteld: .*wachtwoord/
    );
    expect(await kindOf(new Uint8Array([...ole, ...utf16("Workbook")]))).toMatch(
      /^niet-ondersteund: .*\.xls\).*sla het op als \.xlsx/
    );
    expect(await kindOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(
      /^beschadigd: /
    );
    expect(await kindOf(zipParts({ "word/document.xml": "<w/>" }))).toMatch(
      /^geen-werkmap: .*Word-document/
    );
    expect(
      await kindOf(zipParts({ mimetype: "application/vnd.oasis.opendocument.spreadsheet" }))
    ).toMatch(/^niet-ondersteund: .*\.ods.*sla het .* op als \.xlsx/);
    expect(await kindOf(zipParts({ "xl/workbook.bin": new Uint8Array(4) }))).toMatch(
      /^niet-ondersteund: .*\.xlsb/
    );
    expect(await kindOf(zipParts({ "readme.txt": "hallo" }))).toMatch(
      /^geen-werkmap: .*zip-archief zonder Excel-werkmap/
    );
  });
});

/** What writers other than ExcelJS put in a file: prefixes, inline strings, shared formulas, alternate content. */
describe("readXlsx on other writers' XML", () => {
  it("reads ns0: prefixes, inline strings, shared strings with phonetic runs, and cells without addresses", async () => {
    const sheet = `<?xml version="1.0"?><ns0:worksheet xmlns:ns0="${MAIN}"><ns0:sheetData><ns0:row r="2"><ns0:c r="A2" t="inlineStr"><ns0:is><ns0:t>Totaal</ns0:t></ns0:is></ns0:c><ns0:c t="s"><ns0:v>0</ns0:v></ns0:c><ns0:c><ns0:v>12.5</ns0:v></ns0:c></ns0:row></ns0:sheetData></ns0:worksheet>`;
    const sst = `<sst xmlns="${MAIN}"><si><r><t>Lasten </t></r><r><t>en baten</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si></sst>`;
    const wb = await readXlsx(xlsxPackage([{ name: "Blad1", xml: sheet }], { sharedStrings: sst }));
    const s = wb.sheets[0];
    expect([s.value(2, 1), s.value(2, 2), s.value(2, 3)]).toEqual([
      "Totaal",
      "Lasten en baten",
      12.5,
    ]);
  });

  it("decodes OOXML's _xHHHH_ escapes, and reads an empty shared-string index as an empty cell", async () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>Titel_x001B_[2K</t></si><si><t>_x005F_x000D_</t></si></sst>`;
    const wb = await readXlsx(
      xlsxPackage(
        [
          {
            name: "Blad1",
            xml: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v/></c></row>`,
          },
        ],
        { sharedStrings: sst }
      )
    );
    const s = wb.sheets[0];
    // The escape sequence is the workbook's text: the model keeps it, the command line drops it on output.
    expect([s.value(1, 1), s.value(1, 2), s.get(1, 3)]).toEqual([
      "Titel\u001b[2K",
      "_x000D_",
      undefined,
    ]);
  });

  it("gives each cell of a shared formula its own formula, moved by its offset, with its cached value", async () => {
    // B2 holds the text; B3 and C2 share it: B3 is one row down, C2 one column right; $A$1 stays.
    const wb = await readXlsx(
      xlsxPackage([
        {
          name: "Blad1",
          xml: `<row r="2"><c r="B2"><f t="shared" ref="B2:C3" si="0">SUM(A2:A3)+$A$1+LOG10(A2)</f><v>5</v></c><c r="C2"><f t="shared" si="0"/><v>6</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>7</v></c></row>`,
        },
      ])
    );
    const s = wb.sheets[0];
    expect([s.get(2, 2), s.get(2, 3), s.get(3, 2)]).toEqual([
      { value: 5, formula: "SUM(A2:A3)+$A$1+LOG10(A2)", numFmt: undefined },
      { value: 6, formula: "SUM(B2:B3)+$A$1+LOG10(B2)", numFmt: undefined },
      { value: 7, formula: "SUM(A3:A4)+$A$1+LOG10(A3)", numFmt: undefined },
    ]);
  });

  it("takes number formats from cellXfs (built-in ids too), and the first choice of alternate content", async () => {
    const styles = `<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellStyleXfs><xf numFmtId="3"/></cellStyleXfs><mc:AlternateContent><mc:Choice Requires="x14"><cellXfs><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="164"/></cellXfs></mc:Choice><mc:Fallback><cellXfs><xf numFmtId="9"/></cellXfs></mc:Fallback></mc:AlternateContent></styleSheet>`;
    const wb = await readXlsx(
      xlsxPackage(
        [
          {
            name: "Blad1",
            xml: `<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"><v>1377</v></c><c r="C1" s="2"><v>0.007</v></c></row>`,
          },
        ],
        { styles }
      )
    );
    const s = wb.sheets[0];
    expect([s.get(1, 1)?.numFmt, s.get(1, 2)?.numFmt, s.get(1, 3)?.numFmt]).toEqual([
      undefined,
      "#,##0",
      "0.0%",
    ]);
  });

  it("keeps a whole-sheet merge as one rectangle clipped to the used range", async () => {
    const wb = await readXlsx(
      xlsxPackage([
        {
          name: "Blad1",
          xml: worksheetXml(
            `<row r="3"><c r="D3"><v>1</v></c></row>`,
            `<mergeCells count="2"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="Z99:AA100"/></mergeCells>`
          ),
        },
      ])
    );
    expect(wb.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 4 }]);
  });

  it("refuses XML with a DOCTYPE (entity bombs, external entities) and names no entity's content", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>`;
    await expect(readXlsx(xlsxPackage([{ name: "Blad1", xml: xxe }]))).rejects.toMatchObject({
      kind: "beschadigd",
      message: expect.stringContaining("DOCTYPE"),
    });
  });
});
