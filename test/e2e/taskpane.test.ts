import { paneSuite } from "../support/paneSuite";
import * as fs from "fs";
import * as path from "path";
import { Page } from "playwright-core";
import { validateWorkbook } from "../../src/berap";
import { readXlsx } from "../../src/workbook/xlsx";
import { formatDutchNumber } from "../../src/calc";
import { verdeelInwoners } from "../../src/functions/functions";
import {
  EXAMPLE,
  newPane,
  NOT_RECALCULATED,
  openFile,
  runCheck,
  shot,
  SHOTS,
} from "../support/pane";

/*
 * The task pane as a controller sees it: the production build, served on localhost, in headless Debian
 * Chromium at Excel's pane width (320 px). Outside Excel it runs standalone: open the bundled example, check
 * it, step through the findings, distribute, copy a function, with the keyboard and with bad input.
 * Screenshots go to test-results/; taskpaneA11y.test.ts judges every state with axe-core, taskpaneExcel.test.ts
 * runs the pane against a fake Excel.
 */

const suite = paneSuite();
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  ({ page } = await newPane(suite.browser, suite.url, "light", requests));
}, 60_000);

/**
 * Presses Tab until the focused element's text is exactly `text` (at most 25 times). Exactly: the page body,
 * focused before the first Tab lands, contains every text of the pane.
 */
async function tabTo(p: Page, text: string) {
  for (let i = 0; i < 25; i++) {
    await p.keyboard.press("Tab");
    const focused = await p.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

describe("task pane in the browser (standalone, 320 px)", () => {
  it("says it runs outside Excel and asks for nothing but Office.js from elsewhere", async () => {
    await page.getByText("Deze pagina is buiten Excel geopend").waitFor();
    const foreign = requests.filter((u) => !u.startsWith(suite.url));
    expect(
      foreign.every((u) =>
        u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")
      )
    ).toBe(true);
  });

  it("puts the fout first with one overview line, and info folded, for the command line's findings", async () => {
    await openFile(page);
    await runCheck(page);
    // The example: 1 fout, 21 afrondingsverschillen and 19 info: 17 tables with typed totals, the
    // weerstand row D13 whose ratio cannot be checked (README, test/berap/example.test.ts) and the interest
    // line the Berap uses (renteregel).
    await expect(page.getByTestId("overzicht").innerText()).resolves.toBe(
      "1 fout, 21 afrondingsverschillen, 19 info"
    );
    const items = page.getByTestId("bevinding");
    await expect(items.first().innerText()).resolves.toMatch(
      /^Fout\s+Begroting D24\s+Er staat 438, volgens de tabel 436: verschil 2\./
    );
    await expect(items.count()).resolves.toBe(22); // info folded
    await page.getByRole("button", { name: "Info tonen (19)" }).click();
    const expected = validateWorkbook(await readXlsx(fs.readFileSync(EXAMPLE))).bevindingen;
    const shown = await items.allInnerTexts();
    expect(shown).toHaveLength(expected.length);
    // Every finding of the engine is there once, by its place and severity.
    const key = (ernst: string, place: string) => `${ernst} ${place}`;
    const label = { fout: "Fout", waarschuwing: "Afrondingsverschil", info: "Info" };
    expect(shown.map((t) => t.split("\n")[0].replace(/\s+/g, " ").trim()).sort()).toEqual(
      expected.map((f) => key(label[f.ernst], `${f.blad} ${f.cel}`.trim())).sort()
    );
    // No "-" placeholders, no fractions for percentages.
    expect(shown.join("\n")).not.toMatch(/Verwacht -|gevonden -|0,07\d/);
    await expect(
      page.getByText("Er staat 7,2%, volgens de tabel 7,1%: afrondingsverschil 0,1%.").count()
    ).resolves.toBe(1);
    await page.getByRole("button", { name: "Info verbergen" }).click();
    await shot(page, "controleren");
  }, 60_000);

  it("steps through every visible finding in order with Volgende and F8, showing each cell", async () => {
    const ids = await page.getByTestId("bevinding").evaluateAll((els) => els.map((e) => e.id));
    await page.getByRole("button", { name: "Volgende" }).click();
    const reached: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (i > 0) await page.keyboard.press("F8");
      const currentId = await page.locator('[aria-current="true"]').getAttribute("id");
      reached.push(currentId ?? "");
      await expect(page.getByTestId("positie").innerText()).resolves.toBe(
        `${i + 1} van ${ids.length}`
      );
      // The focus follows, so a screen reader reads the finding reached.
      await page.waitForFunction((id) => document.activeElement?.id === id, currentId);
    }
    expect(reached).toEqual(ids);
    await page.keyboard.press("F8"); // past the last: back to the first
    await expect(page.getByTestId("positie").innerText()).resolves.toBe(`1 van ${ids.length}`);
    await page.keyboard.press("Shift+F8");
    await expect(page.getByTestId("positie").innerText()).resolves.toBe(
      `${ids.length} van ${ids.length}`
    );
    // Standalone there is no cell to select: the pane says what the cell holds.
    await page.getByRole("button", { name: "Naar de eerste fout" }).click();
    await expect(page.getByTestId("cel").innerText()).resolves.toBe(
      "Cel Begroting D24: ingetypt: 438"
    );
    await page.screenshot({ path: path.join(SHOTS, "overzicht.png") });
    // The tab list and the toolbar stay in view when the list is scrolled.
    await page.mouse.wheel(0, 4000);
    await expect(page.getByRole("tab", { name: "Verdelen" }).isVisible()).resolves.toBe(true);
    const box = await page.getByRole("button", { name: "Volgende" }).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
  }, 60_000);

  it("explains a finding under Waarom?: the rule, the cell, and how the two checks of D24 fit", async () => {
    await page.getByRole("button", { name: "Naar de eerste fout" }).click();
    await page.getByRole("button", { name: "Waarom?" }).first().click();
    const detail = page.getByTestId("waarom").first();
    const text = await detail.innerText();
    expect(text).toContain("Ontwikkeling van de begroting.");
    expect(text).toContain("de verklaring telt op tot de ontwikkeling");
    // D24 is checked twice: the explanation sums to 436, lasten - baten gives 437.
    expect(text).toContain("op 2 manieren nagerekend en die geven 436 en 437");
    expect(text).toContain("Afrondingsverschil: Er staat 438, volgens de tabel 437");
    expect(text).not.toMatch(/totaal-zonder-formule|begroting-saldo/);
    await detail.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "bevinding-waarom.png") });
  });

  it("bounds the tolerance, says why, re-checks at once and keeps it per file", async () => {
    const field = page.getByRole("spinbutton", { name: "Tolerantie" });
    for (const [typed, error] of [
      ["0,5", "alleen hele getallen"],
      ["1000", "kies 0 tot 5"],
      ["abc", "typ een heel getal van 0 tot 5"],
    ]) {
      await field.fill(typed);
      await field.press("Enter");
      await page.getByText(error).waitFor();
    }
    await expect(page.getByTestId("overzicht").innerText()).resolves.toMatch(/^1 fout, 21/);
    await field.fill("0");
    await field.press("Enter");
    // Tolerance 0: every difference is a fout, the 21 afrondingsverschillen too (1 + 21 = 22).
    await page.getByText("22 fouten, 0 afrondingsverschillen, 19 info").waitFor();
    await page.getByText("Gecontroleerd met tolerantie 0").waitFor();
    await page.reload();
    await openFile(page);
    await expect(field.inputValue()).resolves.toBe("0");
    await field.fill("1");
    await field.press("Enter");
  }, 60_000);

  it("shows one banner when formulas have no calculated value, not their zeros as fouten", async () => {
    await openFile(page, NOT_RECALCULATED);
    await runCheck(page);
    const banner = page.getByTestId("niet-herberekend");
    await expect(banner.innerText()).resolves.toMatch(
      /formules hebben geen berekende waarde[\s\S]*niet als fout getoond/
    );
    await expect(page.getByTestId("overzicht").innerText()).resolves.toMatch(/^0 fouten/);
    await expect(page.getByText(/geen berekende waarde; open de werkmap/).count()).resolves.toBe(0);
    await shot(page, "niet-herberekend");
    // On request they are shown after all, and hidden again.
    await page.getByRole("button", { name: "Toon ze toch" }).click();
    await expect(page.getByTestId("overzicht").innerText()).resolves.not.toMatch(/^0 fouten/);
    await page.getByRole("button", { name: "Verberg die bevindingen" }).click();
    await expect(page.getByTestId("overzicht").innerText()).resolves.toMatch(/^0 fouten/);
  }, 60_000);

  it("Decimalen: -1 and 5 get a message, the pane stays and keeps the last good value", async () => {
    await page.getByRole("tab", { name: "Verdelen" }).click();
    const decimals = page.getByRole("spinbutton", { name: "Decimalen" });
    await decimals.fill("-1");
    await decimals.press("Enter");
    await page.getByText("Decimalen: kies 0 tot 4; -1 valt daarbuiten.").waitFor();
    await decimals.fill("5");
    await decimals.press("Enter");
    await page.getByText("Decimalen: kies 0 tot 4; 5 valt daarbuiten.").waitFor();
    await expect(page.getByRole("heading", { name: "Berap-controle" }).isVisible()).resolves.toBe(
      true
    );
    await expect(page.getByTestId("aandeel").count()).resolves.toBe(14);
    await decimals.fill("0");
    await decimals.press("Enter");
  });

  it("Verdelen reads the amount aloud, asks about 665,000 and names each mistake", async () => {
    const amount = page.getByRole("textbox", { name: "Bedrag" });
    await amount.fill("665,000");
    await page.getByText("Is '665,000' 665.000 of 665?").waitFor();
    await page.getByRole("button", { name: "Bedoeld: € 665.000,00" }).click();
    await expect(page.getByTestId("gelezen-als").innerText()).resolves.toBe(
      "Gelezen als € 665.000,00"
    );
    await amount.fill("665000.50");
    await page
      .getByText("In het Nederlands staat voor de decimalen een komma, geen punt: 665000,50.")
      .waitFor();
    await page.getByRole("button", { name: "Gebruik 665000,50" }).click();
    await expect(page.getByTestId("gelezen-als").innerText()).resolves.toBe(
      "Gelezen als € 665.000,50"
    );
    await amount.fill("abc");
    await page.getByText("'abc' is geen bedrag: typ cijfers").waitFor();
    await shot(page, "verdelen-fout");
  });

  it.each([
    ["sluitend", "Sluitend"],
    ["per_regel", "Per regel"],
  ])("Verdelen previews VERDEEL_INWONERS for 295.000 (%s)", async (method, label) => {
    await page.getByRole("textbox", { name: "Bedrag" }).fill("295.000");
    await page.getByRole("radio", { name: new RegExp(`^${label}`) }).check();
    const shares = (await page.getByTestId("aandeel").allInnerTexts()).map((t) => t.trim());
    const expected = verdeelInwoners(295000, null as never, 0, method).map(([v]) =>
      formatDutchNumber(v)
    );
    expect(shares).toEqual(expected);
    // Per regel the 14 shares add up to 295.001 (see the distribution tests): 1 more than the amount typed.
    await expect(page.getByTestId("afrondingsverschil").innerText()).resolves.toBe(
      method === "per_regel"
        ? "Afrondingsverschil: 1 (de aandelen tellen op tot 295.001, het bedrag is 295.000)."
        : "De aandelen tellen precies op tot het bedrag, 295.000."
    );
    await shot(page, `verdelen-${method}`);
  });

  it("Functies: four groups, every function with its arguments, examples in Dutch Excel to copy", async () => {
    await page.getByRole("tab", { name: "Functies" }).click();
    await page.getByRole("heading", { name: "ST-functies" }).waitFor();
    await expect(page.getByRole("heading", { level: 3 }).allInnerTexts()).resolves.toEqual([
      "Verdelen",
      "Cao",
      "Weerstand",
      "Controle",
    ]);
    await expect(page.getByRole("heading", { level: 4 }).count()).resolves.toBe(12);
    await page.getByRole("button", { name: "Kopieer het voorbeeld van ST.CAO_OVERSCHOT" }).click();
    await page.getByText("Gekopieerd: =ST.CAO_OVERSCHOT(1000000; 5,3%; 1,96%; 0,6%)").waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      "=ST.CAO_OVERSCHOT(1000000; 5,3%; 1,96%; 0,6%)"
    );
    await shot(page, "functies");
  });

  it("never a white page: a tab whose code cannot load says so in Dutch, and Opnieuw brings it back", async () => {
    const { context: ctx, page: p } = await newPane(suite.browser, suite.url, "light");
    await ctx.route(/tab-verdelen\.js$/, (route) => route.abort());
    await p.getByRole("tab", { name: "Verdelen" }).click();
    await p.getByText("Verdelen liep vast").waitFor();
    await expect(p.getByRole("tab", { name: "Controleren" }).isVisible()).resolves.toBe(true);
    await shot(p, "vastgelopen");
    await ctx.unroute(/tab-verdelen\.js$/);
    await p.getByRole("button", { name: "Opnieuw" }).click();
    await p.getByRole("textbox", { name: "Bedrag" }).waitFor();
    await ctx.close();
  });

  it("works with the keyboard alone", async () => {
    await page.reload();
    await page.getByRole("heading", { name: "Berap-controle" }).waitFor();
    await tabTo(page, "Open een Excel-bestand");
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(EXAMPLE);
    await page.getByText("voorbeeld-berap-2025-2.xlsx").first().waitFor();
    await tabTo(page, "Controleer werkmap");
    await page.keyboard.press("Enter");
    await page.getByTestId("overzicht").getByText(/fout/).waitFor();
    // On to the first fout, then F8: the focus follows the findings.
    await tabTo(page, "Naar de eerste fout");
    await page.keyboard.press("Enter");
    await page.keyboard.press("F8");
    await expect(page.getByTestId("positie").innerText()).resolves.toBe("2 van 22");
    // Arrow keys move between the tabs, Enter opens the tab.
    await page.getByRole("tab", { name: "Controleren" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: "Bedrag" }).waitFor();
    // Bad input typed, not filled: Tab into Bedrag, type an English amount, then -1 in Decimalen.
    await page.keyboard.press("Tab");
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute("inputmode"))
    ).resolves.toBe("decimal");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("665,000");
    await page.getByText("Is '665,000' 665.000 of 665?").waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // Bedoeld: € 665.000,00
    await expect(page.getByTestId("gelezen-als").innerText()).resolves.toBe(
      "Gelezen als € 665.000,00"
    );
    await page.getByRole("spinbutton", { name: "Decimalen" }).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("-1");
    await page.keyboard.press("Enter");
    await page.getByText("Decimalen: kies 0 tot 4; -1 valt daarbuiten.").waitFor();
    await page.keyboard.press("ArrowUp"); // from the last good value, 0, one up
    await expect(page.getByRole("spinbutton", { name: "Decimalen" }).inputValue()).resolves.toBe(
      "1"
    );
    // Almelo's share of 665.000 with one decimal, as ST.VERDEEL_INWONERS computes it.
    const almelo = verdeelInwoners(665000, null as never, 1, "sluitend")[0][0];
    await expect(page.getByTestId("aandeel").first().innerText()).resolves.toBe(
      formatDutchNumber(almelo, 1)
    );
  }, 60_000);
});
