import * as fs from "fs";
import * as path from "path";
import { decide, Decision, STORE_SHEET, validateWorkbook, Workbook } from "../../src/berap";
import { readOpenWorkbook } from "../../src/workbook/office";
import { STRUCTURE_PROTECTED, writeDecisionStore } from "../../src/workbook/officeStore";
import { isRoundingDifference } from "../../src/workbook/reportRows";
import { readXlsx } from "../../src/workbook/xlsx";
import { excelInput, FakeContext, fakeOf } from "../support/fakeExcel";
import { ROOT_DIR } from "../support/fixtures";

/*
 * The decisions written into the open workbook through Office.js, against the strict fake of Excel: a very
 * hidden sheet of text cells that the reader finds again and the engine applies; the user's active sheet
 * stays; a hostile reason or sheet name never becomes a formula; a protected structure is one Dutch message.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
let example: Workbook;
let fout: Decision;
let afronding: Decision;

beforeAll(async () => {
  example = await readXlsx(fs.readFileSync(EXAMPLE));
  const { bevindingen } = validateWorkbook(example);
  fout = decide(
    bevindingen.find((f) => f.ernst === "fout")!,
    "genegeerd",
    '=HYPERLINK("https://x.invalid/"&A1)',
    "2026-11-25"
  );
  afronding = decide(
    bevindingen.find(isRoundingDifference)!,
    "geaccepteerd",
    "+1 -2 @SOM",
    "2026-11-25"
  );
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

/** An Excel that supports ExcelApi up to 1.17, as Office reports it. */
function currentExcel() {
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: (name: string) => name === "ExcelApi" } },
  };
}

function example2(): FakeContext {
  const ctx = fakeOf(example);
  ctx.active = "Samenvatting";
  return ctx;
}

const store = (ctx: FakeContext) => ctx.sheets.find((s) => s.name === STORE_SHEET);

describe("writeDecisionStore", () => {
  it("writes a very hidden sheet of text cells that the reader finds and the engine applies", async () => {
    currentExcel();
    const ctx = example2();
    await writeDecisionStore(ctx.excel, [fout, afronding]);
    const ws = store(ctx)!;
    expect(ws.visibility).toBe("VeryHidden");
    expect(ctx.sheets[ctx.sheets.length - 1]).toBe(ws);
    expect(ctx.active).toBe("Samenvatting");
    const cells = ws.filledCells();
    expect(cells.length).toBeGreaterThan(18);
    expect(cells.filter(([, , c]) => c.formula !== undefined || c.numFmt !== "@")).toEqual([]);
    expect(cells.map(([, , c]) => c.value)).toEqual(
      expect.arrayContaining(['=HYPERLINK("https://x.invalid/"&A1)', "+1 -2 @SOM"])
    );
    // Without the Text format Excel would have made a formula of the reason: the test can fail.
    expect(excelInput(fout.reden, undefined).formula).toBe('HYPERLINK("https://x.invalid/"&A1)');

    const result = validateWorkbook(await readOpenWorkbook(ctx.excel));
    expect(result.samenvatting.fouten).toBe(0);
    expect(result.besloten.map((b) => b.besluit)).toEqual(
      expect.arrayContaining([fout, afronding])
    );
    expect(result.vervallen).toEqual([]);
  });

  it("reads the store also where the sheet list would leave very hidden sheets out", async () => {
    const ctx = example2();
    await writeDecisionStore(ctx.excel, [fout]);
    ctx.listsVeryHidden = false;
    const result = validateWorkbook(await readOpenWorkbook(ctx.excel));
    expect(result.besloten.map((b) => b.besluit)).toEqual([fout]);
  });

  it("gives the user's sheet back when Excel activated the added one", async () => {
    const ctx = example2();
    ctx.activateOnAdd = true;
    await writeDecisionStore(ctx.excel, [afronding]);
    expect(ctx.active).toBe("Samenvatting");
    expect(store(ctx)!.visibility).toBe("VeryHidden");
  });

  it("rewrites the whole store, and removes the very hidden sheet when no decision is left", async () => {
    const ctx = example2();
    await writeDecisionStore(ctx.excel, [fout, afronding]);
    const rows = () =>
      new Set(
        store(ctx)!
          .filledCells()
          .map(([r]) => r)
      ).size;
    expect(rows()).toBe(4); // title, column names, two decisions
    await writeDecisionStore(ctx.excel, [afronding]);
    expect(rows()).toBe(3);
    await writeDecisionStore(ctx.excel, []);
    expect(store(ctx)).toBeUndefined();
    expect(ctx.active).toBe("Samenvatting");
    const syncs = ctx.syncs;
    await writeDecisionStore(ctx.excel, []);
    expect(ctx.syncs - syncs).toBe(1);
  });

  it("says in Dutch that a protected structure keeps the decisions out, and changes nothing", async () => {
    currentExcel();
    const ctx = example2();
    ctx.protectedStructure = true;
    await expect(writeDecisionStore(ctx.excel, [fout])).rejects.toThrow(STRUCTURE_PROTECTED);
    expect(store(ctx)).toBeUndefined();
    // An Excel without ExcelApi 1.7 cannot be asked first: its refusal at sync gives the same sentence.
    delete (globalThis as { Office?: unknown }).Office;
    await expect(writeDecisionStore(ctx.excel, [fout])).rejects.toThrow(STRUCTURE_PROTECTED);
    expect(store(ctx)).toBeUndefined();
  });
});
