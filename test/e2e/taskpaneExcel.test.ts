import { paneSuite } from "../support/paneSuite";
import * as fs from "fs";
import * as path from "path";
import { Page } from "playwright-core";
import { readXlsx } from "../../src/workbook/xlsx";
import { ROOT_DIR } from "../support/fixtures";
import { fakeExcelScript } from "../support/fakeExcelInPage";

/*
 * The production build "in Excel": Office reports Excel and Excel.run drives the strict fake of Excel,
 * filled with the bundled example. What the pane does to the workbook is read back from the fake: the cell
 * each Volgende selects, the tolerance stored in the workbook, the report sheet, an inserted formula.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
const SHOTS = path.join(ROOT_DIR, "test-results");

const suite = paneSuite();
let page: Page;

interface FakeCellSeen {
  value: unknown;
  formula?: string;
  numFmt?: string;
  hyperlink?: { documentReference?: string };
}
/** What the fake Excel in the page holds now. */
const fake = <T>(fn: string): Promise<T> =>
  page.evaluate(`(() => { const x = window.__fakeExcel; return ${fn}; })()`);

beforeAll(async () => {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 800 } });
  await context.addInitScript(fakeExcelScript(await readXlsx(fs.readFileSync(EXAMPLE))));
  page = await context.newPage();
  await page.goto(`${suite.url}/taskpane.html`);
  await page.getByRole("button", { name: "Controleer werkmap" }).waitFor();
}, 60_000);

describe("task pane in Excel (strict fake of Excel in the page)", () => {
  it("checks the open workbook and selects each finding's cell in Excel as Volgende steps", async () => {
    await expect(page.getByText("Deze pagina is buiten Excel geopend").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Controleer werkmap" }).click();
    await page.getByTestId("overzicht").getByText(/fout/).waitFor();
    // The same figures as the file reader gives (1 fout, 21 afrondingsverschillen, 19 info): Office adapter and
    // .xlsx adapter make the same model.
    await expect(page.getByTestId("overzicht").innerText()).resolves.toBe(
      "1 fout, 21 afrondingsverschillen, 19 info"
    );
    await page.getByRole("button", { name: "Volgende" }).click();
    // D24 of Begroting: row 24, column D, in the fake's 0-based indexes 23 and 3.
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: { selected: string } }).__fakeExcel.selected ===
        "Begroting!23,3"
    );
    await expect(fake<string>("x.active")).resolves.toBe("Begroting");
    // F8: the next visible finding, the first afrondingsverschil (Samenvatting C32).
    await page.keyboard.press("F8");
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeExcel: { selected: string } }).__fakeExcel.selected ===
        "Samenvatting!31,2"
    );
    await page.screenshot({ path: path.join(SHOTS, "excel-volgende.png") });
  }, 60_000);

  it("keeps the tolerance in the workbook's settings", async () => {
    const field = page.getByRole("spinbutton", { name: "Tolerantie" });
    await field.fill("2");
    await field.press("Enter");
    await page.getByText("Gecontroleerd met tolerantie 2").waitFor();
    await expect(fake<unknown>('x.settings.get("berapControle.tolerantie")')).resolves.toBe(2);
    await field.fill("1");
    await field.press("Enter");
    await page.getByText("Gecontroleerd met tolerantie 1").waitFor();
  });

  it("writes the report of the filtered findings: links, formats, plain names, no formula", async () => {
    // Only fouten and waarschuwingen, as Markeer would mark them.
    await page.getByRole("checkbox", { name: /^Info/ }).uncheck();
    await page.getByRole("button", { name: "Rapport op nieuw blad" }).click();
    await page
      .getByText("Rapport met 22 bevindingen geschreven op blad 'Berap-controle'.")
      .waitFor();
    const rows = await fake<FakeCellSeen[][]>(
      `(() => { const ws = x.sheets.find((s) => s.name === "Berap-controle"); return Array.from({ length: 24 }, (_, r) => Array.from({ length: 8 }, (_, c) => ws.cell(r, c))); })()`
    );
    expect(rows[0].map((c) => c.value)).toEqual([
      "Ernst",
      "Blad",
      "Cel",
      "Bericht",
      "Volgens de tabel",
      "Er staat",
      "Controle",
      "Verschil",
    ]);
    expect(rows.flat().filter((c) => c.formula !== undefined)).toEqual([]);
    // First the fout: Begroting D24, 438 where 436 follows (difference 2), thousands format.
    expect([0, 1, 2, 4, 5, 6, 7].map((i) => rows[1][i].value)).toEqual([
      "Fout",
      "Begroting",
      "D24",
      436,
      438,
      "Ontwikkeling van de begroting",
      2,
    ]);
    expect(rows[1][2].hyperlink?.documentReference).toBe("'Begroting'!D24");
    expect(rows[1][5].numFmt).toBe("#,##0");
    // Samenvatting C32: 52% where 53% follows, as a percentage.
    expect([rows[2][2].value, rows[2][5].value, rows[2][5].numFmt]).toEqual(["C32", 0.52, "0%"]);
    expect(rows.slice(1).every((r) => r[0].value !== "Info")).toBe(true);
    await page.getByRole("checkbox", { name: /^Info/ }).check();
  });

  it("Markeer colours the cells of the shown findings, and Markering verwijderen restores them exactly", async () => {
    const fill = () =>
      fake<{ color: string } | undefined>(
        'x.sheets.find((s) => s.name === "Begroting").cell(23, 3).fill'
      );
    const before = await fill();
    await page.getByRole("button", { name: "Markeer in werkmap" }).click();
    await page.getByText(/cellen gemarkeerd\./).waitFor();
    await expect(fill()).resolves.toMatchObject({ color: "#FFC7CE" }); // D24, the fout
    await page.getByRole("button", { name: "Markering verwijderen" }).click();
    await page.getByText(/Markering verwijderd van \d+ cellen\./).waitFor();
    await expect(fill()).resolves.toEqual(before ?? expect.objectContaining({ pattern: "None" }));
  });

  it("Functies inserts a formula a controller can read: a placeholder, not an array constant", async () => {
    await page.evaluate(() => {
      const x = (
        window as unknown as {
          __fakeExcel: { selection: unknown; sheets: { getRange(a: string): unknown }[] };
        }
      ).__fakeExcel;
      x.selection = x.sheets[0].getRange("Z100");
    });
    await page.getByRole("tab", { name: "Functies" }).click();
    await page.getByRole("button", { name: "ST.CAO_GEMIDDELDE invoegen in cel" }).click();
    await page.getByText("Vervang stijgingen door het bereik in uw werkmap.").waitFor();
    await expect(fake<string>("x.sheets[0].cell(99, 25).formula")).resolves.toBe(
      "ST.CAO_GEMIDDELDE(stijgingen)"
    );
  });
});
