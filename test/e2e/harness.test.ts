import { paneSuite } from "../support/paneSuite";
import { BrowserContext, Page } from "playwright-core";
import { excelShape, PLATFORMS } from "../support/excelShapes";
import { SHAPE_CASES } from "../functions/shapeCases";

/*
 * The production build in Chromium with a fake Office host: a stand-in for office.js, served at office.js's
 * own address so it runs where office.js runs (first, before the page's scripts), defines `Office` and
 * `CustomFunctions` and records every CustomFunctions.associate. Office.onReady resolves when the test says.
 * Shows: all twelve functions are associated before Office.onReady resolves and also when the pane's own
 * script never runs; the recorded functions give the expected results for the desktop and the web argument
 * shapes; a slow Office (onReady after 5 s) still gives the Excel mode, not the standalone one.
 */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The fake office.js. `readyAfterMs`: when Office.onReady resolves (null: never). */
function fakeOfficeJs(readyAfterMs: number | null): string {
  return `
    window.__associations = {};
    window.__officeReady = false;
    window.CustomFunctions = {
      associate(id, fn) {
        if (typeof id === "object") Object.assign(window.__associations, id);
        else window.__associations[id] = fn;
      },
      Error: class CustomFunctionsError extends Error {
        constructor(code, message) { super(message); this.code = code; }
      },
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    };
    const ready = new Promise((resolve) => {
      const delay = ${JSON.stringify(readyAfterMs)};
      if (delay !== null) setTimeout(() => { window.__officeReady = true; resolve({ host: "Excel", platform: "OfficeOnline" }); }, delay);
    });
    window.Office = {
      HostType: { Excel: "Excel" },
      onReady(callback) { return ready.then((info) => (callback && callback(info), info)); },
      context: {
        officeTheme: { isDarkTheme: false, bodyBackgroundColor: "#ffffff" },
        // A current Excel: ExcelApi 1.1 up to 1.17, compared by minor version ("1.9" < "1.17").
        requirements: { isSetSupported: (name, version) => name === "ExcelApi" && Number(String(version).split(".")[1] || 0) <= 17 },
      },
    };`;
}

const suite = paneSuite();

/** A fresh page with the fake host; `blockPane`: the pane's own script (taskpane.js) is never served. */
async function openInFakeExcel(
  readyAfterMs: number | null,
  blockPane = false
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: "text/javascript", body: fakeOfficeJs(readyAfterMs) })
  );
  if (blockPane) await page.route(/\/taskpane\.js$/, (route) => route.abort());
  await page.goto(`${suite.url}/taskpane.html`);
  return { context, page };
}

const associatedIds = (page: Page) =>
  page.evaluate(() =>
    Object.keys((window as unknown as { __associations: object }).__associations).sort()
  );
const officeReady = (page: Page) =>
  page.evaluate(() => (window as unknown as { __officeReady: boolean }).__officeReady);

const TWELVE = [...new Set(SHAPE_CASES.map((c) => c.id))].sort();

describe("the add-in in a fake Office host (Chromium)", () => {
  it("associates all 12 functions before Office.onReady resolves", async () => {
    const { context, page } = await openInFakeExcel(null);
    await page.waitForFunction(
      () =>
        Object.keys((window as unknown as { __associations: object }).__associations).length >= 12
    );
    expect(await associatedIds(page)).toEqual(TWELVE);
    expect(TWELVE).toHaveLength(12);
    expect(await officeReady(page)).toBe(false);
    // Meanwhile the pane says it is loading instead of showing a white page.
    await page.getByRole("status").getByText("Berap-controle wordt geladen").waitFor();
    await context.close();
  }, 60_000);

  it("associates all 12 functions when the pane's own script never runs", async () => {
    const { context, page } = await openInFakeExcel(0, true);
    await page.waitForFunction(
      () =>
        Object.keys((window as unknown as { __associations: object }).__associations).length >= 12
    );
    expect(await associatedIds(page)).toEqual(TWELVE);
    expect(await page.locator("#container").innerHTML()).toBe("");
    await context.close();
  }, 60_000);

  it("the recorded functions give the expected result for the desktop and the web argument shapes", async () => {
    const { context, page } = await openInFakeExcel(0);
    await page.waitForFunction(
      () =>
        Object.keys((window as unknown as { __associations: object }).__associations).length >= 12
    );
    const calls = SHAPE_CASES.flatMap((c) =>
      PLATFORMS.map((platform) => ({
        id: c.id,
        args: c.args.map((a) => excelShape(a, platform)),
      }))
    );
    const results = await page.evaluate((list) => {
      const fns = (
        window as unknown as { __associations: Record<string, (...a: unknown[]) => unknown> }
      ).__associations;
      return list.map(({ id, args }) => {
        const fn = fns[id];
        // As Excel calls it: every declared parameter (an omitted one is null), then the invocation object.
        const full = [...args];
        while (full.length < fn.length) full.push(null);
        full.push({ functionName: `ST.${id}`, address: "Blad1!Z1" });
        try {
          return { value: fn(...full) };
        } catch (e) {
          return { error: (e as { code: string }).code, message: (e as Error).message };
        }
      });
    }, calls);
    SHAPE_CASES.forEach((c, i) => {
      for (const [p] of PLATFORMS.entries()) {
        const result = results[i * PLATFORMS.length + p] as { value?: unknown[][] };
        if ("rows" in c.expected) {
          expect(result.value).toHaveLength(c.expected.rows);
          expect(result.value!.slice(0, c.expected.first.length)).toEqual(c.expected.first);
        } else expect(result).toEqual(c.expected);
      }
    });
    await context.close();
  }, 60_000);

  it("with Office.onReady resolving after 5 s the pane shows the Excel mode, not the standalone one", async () => {
    const { context, page } = await openInFakeExcel(5000);
    await page.getByText("Berap-controle wordt geladen").waitFor();
    // The pane renders once Office is ready (its heading is the App's own), then in the Excel mode.
    await page.getByRole("heading", { name: "Berap-controle" }).waitFor({ timeout: 20_000 });
    expect(await officeReady(page)).toBe(true);
    await expect(page.getByText("Deze pagina is buiten Excel geopend").count()).resolves.toBe(0);
    await expect(
      page.getByRole("button", { name: "Open een Excel-bestand" }).count()
    ).resolves.toBe(0);
    await context.close();
  }, 60_000);
});
