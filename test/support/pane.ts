import * as path from "path";
import { Browser, BrowserContext, Page } from "playwright-core";
import { ROOT_DIR } from "./fixtures";

/** Shared steps of the pane's browser tests (production build, Debian Chromium, Excel's pane width). */
export const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
export const NOT_RECALCULATED = path.join(ROOT_DIR, "assets", "berap-sjabloon-2025-2-gevuld.xlsx");
export const SHOTS = path.join(ROOT_DIR, "test-results");
const WIDTH = 320;

/** Light, dark, or light with text at 200%: a 320 px pane at zoom 200% is 160 x 400 CSS px at 2 pixels each. */
export type Look = "light" | "dark" | "200%";

/** A fresh pane in a context of its own; every request it makes is added to `requests`. */
export async function newPane(
  browser: Browser,
  url: string,
  look: Look,
  requests: string[] = []
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(
    look === "200%"
      ? { viewport: { width: WIDTH / 2, height: 400 }, deviceScaleFactor: 2, colorScheme: "light" }
      : { viewport: { width: WIDTH, height: 800 }, colorScheme: look }
  );
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  const page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  // Playwright turns on catching file dialogs when a listener is added, asynchronously. A key press is
  // quicker than that round trip, so a standing listener keeps it on from the start.
  page.on("filechooser", () => {});
  await page.goto(`${url}/taskpane.html`);
  await page.getByRole("heading", { name: "Berap-controle" }).waitFor();
  return { context, page };
}

/** Opens a file standalone, through the pane's own Dutch button. */
export async function openFile(p: Page, file = EXAMPLE): Promise<void> {
  const chooser = p.waitForEvent("filechooser");
  await p.getByRole("button", { name: "Open een Excel-bestand" }).click();
  await (await chooser).setFiles(file);
  await p.getByText(path.basename(file)).first().waitFor();
}

/** Controleer werkmap, and wait for the overview line. */
export async function runCheck(p: Page): Promise<void> {
  await p.getByRole("button", { name: "Controleer werkmap" }).click();
  await p.getByTestId("overzicht").getByText(/fout/).waitFor();
}

export const shot = (p: Page, name: string) =>
  p.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
