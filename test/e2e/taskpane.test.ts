import AxeBuilder from "@axe-core/playwright";
import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { validateWorkbook } from "../../src/berap";
import { readXlsx } from "../../src/workbook/xlsx";
import { formatDutchNumber } from "../../src/calc";
import { verdeelInwoners } from "../../src/functions/functions";
import { productionBuild } from "../support/build";
import { ROOT_DIR } from "../support/fixtures";
import { launchChromium } from "../support/chromium";
import { serve } from "../support/staticServer";

/*
 * The task pane as a controller sees it: the production build, served on localhost, in headless Debian
 * Chromium. Outside Excel it runs standalone: open the bundled example, check it, distribute, use the
 * keyboard only, and let axe-core judge accessibility. Screenshots of every tab go to test-results/.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
const SHOTS = path.join(ROOT_DIR, "test-results");

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serve>>;
const requests: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serve(productionBuild());
  browser = await launchChromium();
  // axe-core needs a page of an explicit browser context.
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  page = await context.newPage();
  // Every request is recorded: the test asserts that only Office.js was asked for elsewhere.
  page.on("request", (request) => requests.push(request.url()));
  // Playwright turns on catching file dialogs when a listener is added, asynchronously. A key press is
  // quicker than that round trip, so a standing listener keeps it on from the start.
  page.on("filechooser", () => {});
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { name: "Berap-controle" }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Presses Tab until the focused element's text is exactly `text` (at most 15 times). Exactly: the page body,
 * focused before the first Tab lands, contains every text of the pane.
 */
async function tabTo(text: string) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

async function openExample() {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open een Excel-bestand" }).click();
  await (await chooser).setFiles(EXAMPLE);
  await page.getByText("voorbeeld-berap-2025-2.xlsx").first().waitFor();
}

describe("task pane in the browser (standalone)", () => {
  it("says it runs outside Excel and asks for nothing but Office.js from elsewhere", async () => {
    await page.getByText("Deze pagina is buiten Excel geopend").waitFor();
    const foreign = requests.filter((u) => !u.startsWith(server.url));
    expect(
      foreign.every((u) =>
        u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")
      )
    ).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "start.png"), fullPage: true });
  });

  it("checks the bundled example and lists exactly the command line's findings", async () => {
    await openExample();
    await page.getByRole("button", { name: "Controleer werkmap" }).click();
    const items = page.getByTestId("bevinding");
    await items.first().waitFor();
    const expected = validateWorkbook(await readXlsx(fs.readFileSync(EXAMPLE))).bevindingen;
    const shown = await items.allInnerTexts();
    expect(shown).toHaveLength(expected.length);
    expected.forEach((f, i) => expect(shown[i]).toContain(f.bericht));
    await page.screenshot({ path: path.join(SHOTS, "controleren.png"), fullPage: true });
  }, 60_000);

  it.each([
    ["sluitend", "Sluitend"],
    ["per_regel", "Per regel"],
  ])("Verdelen previews VERDEEL_INWONERS for 295.000 (%s)", async (method, label) => {
    await page.getByRole("tab", { name: "Verdelen" }).click();
    await page.getByRole("textbox", { name: "Bedrag" }).fill("295.000");
    await page.getByRole("radio", { name: new RegExp(`^${label}`) }).check();
    const shares = (await page.getByTestId("aandeel").allInnerTexts()).map((t) => t.trim());
    const expected = verdeelInwoners(295000, null as never, 0, method).map(([v]) =>
      formatDutchNumber(v)
    );
    expect(shares).toEqual(expected);
    if (method === "per_regel") {
      // The 14 shares rounded per row add up to 295.001 (see the distribution tests): a rounding difference of 1.
      await expect(page.getByTestId("afrondingsverschil").innerText()).resolves.toContain(
        "Afrondingsverschil: 1"
      );
    }
    await page.screenshot({ path: path.join(SHOTS, `verdelen-${method}.png`), fullPage: true });
  });

  it("Functies lists every ST function", async () => {
    await page.getByRole("tab", { name: "Functies" }).click();
    // The tab is its own chunk: wait until it is there before counting.
    await page.getByText("ST.VERDEEL_INWONERS(bedrag").waitFor();
    await expect(page.getByText("ST.VERDEEL_INWONERS(bedrag").count()).resolves.toBe(1);
    await expect(page.locator("li").count()).resolves.toBe(12);
    await page.screenshot({ path: path.join(SHOTS, "functies.png"), fullPage: true });
  });

  it("works with the keyboard alone", async () => {
    await page.reload();
    await page.getByRole("heading", { name: "Berap-controle" }).waitFor();
    // From the top of the page, Tab to "Open een Excel-bestand" and press Enter: the file dialog opens.
    await tabTo("Open een Excel-bestand");
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(EXAMPLE);
    await page.getByText("voorbeeld-berap-2025-2.xlsx").first().waitFor();
    // On with Tab until the check button has focus, then Enter.
    await tabTo("Controleer werkmap");
    await page.keyboard.press("Enter");
    await page.getByTestId("bevinding").first().waitFor();
    // Arrow keys move between the tabs, Enter opens the tab.
    await page.getByRole("tab", { name: "Controleren" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: "Bedrag" }).waitFor();
  }, 60_000);

  // What shows that a tab's own content (a chunk of its own) is there, not its loading spinner.
  const tabContent: Record<string, (p: Page) => ReturnType<Page["getByText"]>> = {
    Controleren: (p) => p.getByRole("button", { name: "Controleer werkmap" }),
    Verdelen: (p) => p.getByRole("textbox", { name: "Bedrag" }),
    Functies: (p) => p.getByText("ST.VERDEEL_INWONERS(bedrag"),
  };

  it.each(["Controleren", "Verdelen", "Functies"])(
    "axe-core finds no serious or critical WCAG 2.1 AA violation on %s",
    async (tab) => {
      await page.getByRole("tab", { name: tab }).click();
      await tabContent[tab](page).waitFor();
      // Fluent's focus manager (Tabster) inserts hidden focus "bumpers" (<i data-tabster-dummy>) that move
      // focus on at once; axe's aria-hidden-focus flags them, a known false positive that Microsoft's
      // Accessibility Insights suppresses the same way (microsoft/accessibility-insights-web PR 7605).
      const results = await new AxeBuilder({ page })
        .exclude("[data-tabster-dummy]")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const serious = results.violations.filter(
        (v) => v.impact === "serious" || v.impact === "critical"
      );
      expect(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
      ).toEqual([]);
    },
    60_000
  );
});
