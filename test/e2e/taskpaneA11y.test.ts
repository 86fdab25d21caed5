import AxeBuilder from "@axe-core/playwright";
import * as path from "path";
import { BrowserContext, Page } from "playwright-core";
import { NOT_RECALCULATED, newPane, openFile, runCheck, shot, SHOTS } from "../support/pane";
import { paneSuite } from "../support/paneSuite";

/*
 * Accessibility of every state of the pane at Excel's pane width (320 px), in light, in dark and with text at
 * 200%: axe-core finds no violation of any impact, and nothing scrolls sideways (WCAG 1.4.4, 1.4.10).
 * Screenshots of each state go to test-results/.
 */
const suite = paneSuite();

/** The states a controller passes through, each reached from a fresh pane. */
// One after the other on the same pane, as a controller goes: each state starts where the previous one ended.
const STATES: Record<string, (p: Page) => Promise<void>> = {
  start: async () => {},
  gecontroleerd: async (p) => {
    await openFile(p);
    await runCheck(p);
  },
  waarom: async (p) => {
    await p.getByRole("button", { name: "Info tonen (19)" }).click();
    await p.getByRole("button", { name: "Volgende" }).click();
    await p.getByRole("button", { name: "Waarom?" }).first().click();
  },
  // The reason form of Negeren open on the fout.
  besluit: async (p) => {
    await p.getByRole("button", { name: "Negeren: Fout Begroting D24" }).click();
    await p.getByTestId("besluit-formulier").getByRole("textbox").fill("Toelichting in de memo");
  },
  // The fout ignored, and the section of decided findings open.
  besloten: async (p) => {
    await p.getByTestId("besluit-formulier").getByRole("button", { name: "Opslaan" }).click();
    await p.getByTestId("besluit-melding").getByText("Begroting D24 genegeerd.").waitFor();
    await p.getByRole("button", { name: "Geaccepteerd en genegeerd (1)" }).click();
    await p.getByTestId("besloten").first().waitFor();
  },
  "niet-herberekend": async (p) => {
    await openFile(p, NOT_RECALCULATED);
    await runCheck(p);
  },
  verdeling: async (p) => {
    await p.getByRole("tab", { name: "Verdelen" }).click();
    await p.getByRole("radio", { name: /^Per regel/ }).check();
    await p.getByTestId("afrondingsverschil").waitFor();
  },
  verdelen: async (p) => {
    await p.getByRole("textbox", { name: "Bedrag" }).fill("665,000");
    await p.getByRole("spinbutton", { name: "Decimalen" }).fill("-1");
    await p.getByRole("spinbutton", { name: "Decimalen" }).press("Enter");
    await p.getByText("Decimalen: kies").waitFor();
  },
  functies: async (p) => {
    await p.getByRole("tab", { name: "Functies" }).click();
    await p.getByRole("heading", { name: "ST-functies" }).waitFor();
  },
};

describe.each(["light", "dark", "200%"] as const)(
  "accessibility and screenshots at 320 px (%s)",
  (look) => {
    let ctx: BrowserContext;
    let p: Page;
    beforeAll(async () => {
      ({ context: ctx, page: p } = await newPane(suite.browser, suite.url, look));
    });
    afterAll(() => ctx?.close());

    it.each(Object.keys(STATES))(
      "axe finds no violation in state %s, and nothing scrolls sideways",
      async (state) => {
        await STATES[state](p);
        if (look === "dark") {
          const background = await p
            .locator("main")
            .evaluate((e) => getComputedStyle(e).backgroundColor);
          expect(background).not.toBe("rgb(255, 255, 255)");
        }
        // Fluent's focus manager (Tabster) inserts hidden focus "bumpers" (<i data-tabster-dummy>) that move
        // focus on at once; axe's aria-hidden-focus flags them, a known false positive that Microsoft's
        // Accessibility Insights suppresses the same way (microsoft/accessibility-insights-web PR 7605).
        const results = await new AxeBuilder({ page: p }).exclude("[data-tabster-dummy]").analyze();
        expect(
          results.violations.map(
            (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
          )
        ).toEqual([]);
        // Every control speaks Dutch: no English names such as Fluent's "Increment value" on spin buttons.
        const names = await p.evaluate(() =>
          [...document.querySelectorAll("button, input, [role=button], [role=spinbutton]")].map(
            (e) => `${e.getAttribute("aria-label") ?? ""} ${e.getAttribute("title") ?? ""}`
          )
        );
        expect(
          names.filter((n) => /increment|decrement|value|choose|close|dismiss/i.test(n))
        ).toEqual([]);
        // Reflow (WCAG 1.4.4, 1.4.10): no sideways scrolling, also with text at 200%.
        const overflow = await p.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
        expect(overflow).toBeLessThanOrEqual(0);
        if (look !== "200%") await shot(p, `${state}-${look === "light" ? "licht" : "donker"}`);
        else {
          // At 200% the page is long: the screenshot shows the state's own part (a finding's detail, the results).
          await p.evaluate(() =>
            (
              document.querySelector("#besloten-lijst") ??
              document.querySelector('[data-testid="besluit-formulier"]') ??
              document.querySelector('[data-testid="waarom"]') ??
              document.querySelector('[data-testid="niet-herberekend"]') ??
              document.querySelector('[data-testid="overzicht"]:not(:empty)') ??
              document.querySelector("table") ??
              document.querySelector('[role="tabpanel"]')
            )?.scrollIntoView()
          );
          await p.screenshot({ path: path.join(SHOTS, `${state}-200.png`) });
        }
      },
      60_000
    );
  }
);
