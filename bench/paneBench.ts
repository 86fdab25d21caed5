import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { chromium } from "playwright-core";
import { serve } from "../test/support/staticServer";
import { fmt, verdict } from "./timing";

const ROOT = path.join(__dirname, "..", "..");

/** Production bundle sizes, and the pane in headless Chromium: first render and checking the example. */
export async function paneBench(): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "berap-bench-"));
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }),
      "--mode",
      "production",
      "--env",
      `outputPath=${out}`,
    ],
    {
      cwd: ROOT,
      stdio: "pipe",
    }
  );
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(out, file))).length / 1024;
  const scripts = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
  const initial = ["taskpane.js", "functions.js"];
  const initialKb = initial.reduce((a, f) => a + gz(f), 0);
  const lazyKb = scripts.filter((f) => !initial.includes(f)).reduce((a, f) => a + gz(f), 0);
  console.log("Productiebundel (gzip)");
  console.log(
    `  taakvenster bij openen (taskpane.js + functions.js): ${fmt(initialKb, 0)} KB   doel <= 350 KB: ${verdict(initialKb <= 350)}`
  );
  console.log(`  pas geladen bij 'Open een Excel-bestand' (ExcelJS):  ${fmt(lazyKb, 0)} KB\n`);

  // A blank page from the same server, as a yardstick for what headless Chromium itself costs here.
  fs.writeFileSync(
    path.join(out, "leeg.html"),
    "<!doctype html><html lang=nl><title>leeg</title><h1>leeg</h1></html>"
  );
  const server = await serve(out);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      // No network here: every host name but 127.0.0.1 fails at once, so Office.js from the CDN cannot
      // load (the standalone case) and nothing can leave the machine.
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ],
  });
  try {
    const blanks: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      const start = Date.now();
      await page.goto(`${server.url}/leeg.html`);
      await page.getByRole("heading", { name: "leeg" }).waitFor();
      blanks.push(Date.now() - start);
      await page.close();
    }
    const renders: number[] = [];
    const checks: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      const start = Date.now();
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole("heading", { name: "Berap-controle" }).waitFor();
      renders.push(Date.now() - start);
      await page
        .getByLabel("Open een Excel-bestand")
        .setInputFiles(path.join(ROOT, "assets", "voorbeeld-berap-2025-2.xlsx"));
      await page.getByText("voorbeeld-berap-2025-2.xlsx").first().waitFor();
      const t = Date.now();
      await page.getByRole("button", { name: "Controleer werkmap" }).click();
      await page.getByTestId("bevinding").first().waitFor();
      checks.push(Date.now() - t);
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log("Taakvenster in headless Chromium (mediaan van 5)");
    console.log(
      `  tot eerste weergave:          ${fmt(median(renders))} ms   doel <= 1.000 ms: ${verdict(median(renders) <= 1000)}`
    );
    console.log(`  (ter vergelijking: een lege pagina ${fmt(median(blanks))} ms)`);
    console.log(
      `  voorbeeld controleren en tonen: ${fmt(median(checks))} ms   doel <= 300 ms: ${verdict(median(checks) <= 300)}`
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
