import ExcelJS from "exceljs";
import fc from "fast-check";
import { cellAddress } from "../../src/berap/model/workbook";
import { readXlsx } from "../../src/workbook/xlsx";

/*
 * Metamorphic: whatever cells another writer (ExcelJS) puts in a workbook, our reader gives back the same
 * values at the same addresses, on every sheet, with the number formats and formulas the writer wrote.
 */
// Texts Excel can hold: no XML-forbidden control characters, and no "_xHHHH_" (OOXML's own escape, which
// ExcelJS does not escape when writing).
// eslint-disable-next-line no-control-regex -- excluding control characters is the point
const NOT_IN_A_CELL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-f]{4}_/i;
const text = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 20 })
  .filter((s) => !NOT_IN_A_CELL.test(s) && s.trim() === s && s !== "");
const value = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc
    .double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
    .filter((n) => !Object.is(n, -0)),
  text,
  fc.boolean()
);
const cell = fc.record({
  row: fc.integer({ min: 1, max: 5000 }),
  col: fc.integer({ min: 1, max: 300 }),
  value,
  numFmt: fc.constantFrom(undefined, "#,##0", "0.0%", "#,##0.00;[Red]-#,##0.00"),
  formula: fc.boolean(),
});
const sheet = fc.record({
  name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/),
  cells: fc.uniqueArray(cell, { selector: (c) => `${c.row}:${c.col}`, maxLength: 40 }),
});

describe("readXlsx reads back what another writer wrote", () => {
  it("same values, formats and formulas at the same addresses, on every sheet", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(sheet, {
          selector: (s) => s.name.toLowerCase(),
          minLength: 1,
          maxLength: 4,
        }),
        async (sheets) => {
          const wb = new ExcelJS.Workbook();
          for (const s of sheets) {
            const ws = wb.addWorksheet(s.name);
            for (const c of s.cells) {
              const target = ws.getCell(c.row, c.col);
              target.value =
                c.formula && typeof c.value === "number"
                  ? { formula: "1+1", result: c.value }
                  : c.value;
              if (c.numFmt) target.numFmt = c.numFmt;
            }
          }
          const read = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
          expect(read.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
          sheets.forEach((s, i) => {
            const got = read.sheets[i];
            expect(got.cellCount).toBe(s.cells.length);
            for (const c of s.cells) {
              const at = `${s.name}!${cellAddress(c.row, c.col)}`;
              const formula = c.formula && typeof c.value === "number" ? "1+1" : undefined;
              expect([at, got.get(c.row, c.col)]).toEqual([
                at,
                { value: c.value, formula, numFmt: c.numFmt },
              ]);
            }
          });
        }
      ),
      { numRuns: 60 }
    );
  }, 60_000);
});
