import { paneSuite } from "../support/paneSuite";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Page } from "playwright-core";
import { ROOT_DIR } from "../support/fixtures";
import { hostileFiles } from "../support/hostileFiles";

/*
 * The pane outside Excel reads a file the same bounded way as berap-check and says the same Dutch reasons:
 * a renamed Word file, an encrypted file, a whole-sheet merge (a workbook without a Berap table) and a
 * zip bomb are refused with their reason, never a white page and never "0 fouten".
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
const wanted = new Map([
  ["word-hernoemd.xlsx", "het bestand is een Word-document, geen Excel-werkmap"],
  ["versleuteld.xlsx", "het bestand is met een wachtwoord beveiligd"],
  ["samenvoeging-heel-blad.xlsx", "niets gecontroleerd: geen Berap-tabel herkend; "],
  [
    "zipbom-opgegeven.xlsx",
    "het bestand is te groot: een onderdeel is uitgepakt groter dan 200 MB",
  ],
]);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "berap-pane-files-"));
for (const f of hostileFiles(fs.readFileSync(EXAMPLE)).filter((h) => wanted.has(h.name)))
  fs.writeFileSync(path.join(dir, f.name), f.bytes);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const suite = paneSuite();
let page: Page;

beforeAll(async () => {
  page = await suite.browser.newPage();
  page.on("filechooser", () => {});
  await page.goto(`${suite.url}/taskpane.html`);
  await page.getByRole("heading", { name: "Berap-controle" }).waitFor();
}, 60_000);

describe("the standalone pane on files it cannot check", () => {
  it.each([...wanted])(
    "%s: shows the reason",
    async (name, reason) => {
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open een Excel-bestand" }).click();
      await (await chooser).setFiles(path.join(dir, name));
      const alert = page.getByText(new RegExp(`${escape(name)}.*: ${escape(reason)}`));
      await alert.waitFor({ timeout: 20_000 });
      await expect(page.getByText("0 fouten").count()).resolves.toBe(0);
      await expect(page.getByRole("heading", { name: "Berap-controle" }).count()).resolves.toBe(1);
    },
    30_000
  );
});
