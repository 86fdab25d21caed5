import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/support/chromium";
import { serve } from "../test/support/staticServer";
import { fmt, verdict } from "./timing";

const ROOT = path.join(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "assets", "voorbeeld-berap-2025-2.xlsx");
const RUNS = 5;

type Server = Awaited<ReturnType<typeof serve>>;

/**
 * Production bundle sizes, and the pane in headless Chromium: first render, the Controleren tab ready, and
 * checking the example. Which script belongs to which moment is read off what the page itself asks for.
 */
export async function paneBench(): Promise<void> {
  const out = buildInto(fs.mkdtempSync(path.join(os.tmpdir(), "berap-bench-")));
  // A blank page from the same server, as a yardstick for what headless Chromium itself costs here.
  fs.writeFileSync(
    path.join(out, "leeg.html"),
    "<!doctype html><html lang=nl><title>leeg</title><h1>leeg</h1></html>"
  );
  const server = await serve(out);
  const browser = await launchChromium();
  try {
    printSizes(out, await scriptsByMoment(browser, server));
    await printTimes(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

function buildInto(out: string): string {
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }),
      "--mode",
      "production",
      "--env",
      `outputPath=${out}`,
    ],
    { cwd: ROOT, stdio: "pipe" }
  );
  return out;
}

interface ScriptsByMoment {
  atOpen: string[];
  afterFirstRender: string[];
}

/** The page's own script requests: in taskpane.html, fetched once it shows, and the rest (on use). */
async function scriptsByMoment(browser: Browser, server: Server): Promise<ScriptsByMoment> {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith(server.url) && r.url().endsWith(".js")) requested.push(path.basename(r.url()));
  });
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("button", { name: "Controleer werkmap" }).waitFor();
  await page.waitForLoadState("networkidle");
  const atOpen = await page.$$eval("script[src]", (els) =>
    els.map((e) => (e as HTMLScriptElement).src)
  );
  await page.close();
  const open = atOpen.filter((u) => u.startsWith(server.url)).map((u) => path.basename(u));
  return {
    atOpen: open,
    afterFirstRender: [...new Set(requested)].filter((f) => !open.includes(f)),
  };
}

function printSizes(out: string, moments: ScriptsByMoment): void {
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(out, file))).length / 1024;
  const sum = (files: string[]) => files.reduce((a, f) => a + gz(f), 0);
  const all = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
  const seen = [...moments.atOpen, ...moments.afterFirstRender];
  const onUse = all.filter((f) => !seen.includes(f));
  const atOpen = sum(moments.atOpen);
  const first = sum(moments.afterFirstRender);
  console.log("Productiebundel (gzip)");
  console.log(
    `  bij openen (${moments.atOpen.join(" + ")}):  ${fmt(atOpen, 0)} KB   doel <= 350 KB: ${verdict(atOpen <= 350)}`
  );
  console.log(
    `  + direct daarna (Controleren, prefetch Verdelen/Functies): ${fmt(first, 0)} KB   samen ${fmt(atOpen + first, 0)} KB: ${verdict(atOpen + first <= 350)}`
  );
  console.log(`  pas bij 'Open een Excel-bestand' (lezer):  ${fmt(sum(onUse), 0)} KB\n`);
}

async function printTimes(browser: Browser, server: Server): Promise<void> {
  const blanks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    blanks.push(await timeTo(page, `${server.url}/leeg.html`, "leeg"));
    await page.close();
  }
  const renders: number[] = [];
  const ready: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    const start = Date.now();
    renders.push(await timeTo(page, `${server.url}/taskpane.html`, "Berap-controle"));
    await page.getByRole("button", { name: "Controleer werkmap" }).waitFor();
    ready.push(Date.now() - start);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Open een Excel-bestand" }).click();
    await (await chooser).setFiles(EXAMPLE);
    await page.getByText("voorbeeld-berap-2025-2.xlsx").first().waitFor();
    const t = Date.now();
    await page.getByRole("button", { name: "Controleer werkmap" }).click();
    await page.getByTestId("bevinding").first().waitFor();
    checks.push(Date.now() - t);
    await page.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`Taakvenster in headless Chromium (mediaan van ${RUNS})`);
  console.log(
    `  tot eerste weergave (titel en tabbladen): ${fmt(median(renders))} ms   doel <= 1.000 ms: ${verdict(median(renders) <= 1000)}`
  );
  console.log(`  tot tabblad Controleren bruikbaar:       ${fmt(median(ready))} ms`);
  console.log(`  (ter vergelijking: een lege pagina ${fmt(median(blanks))} ms)`);
  console.log(
    `  voorbeeld controleren en tonen: ${fmt(median(checks))} ms   doel <= 300 ms: ${verdict(median(checks) <= 300)}`
  );
}

/** From navigation to a heading on screen: the page's first render, not its load event. */
async function timeTo(page: Page, url: string, heading: string): Promise<number> {
  const start = Date.now();
  await page.goto(url, { waitUntil: "commit" });
  await page.getByRole("heading", { name: heading }).waitFor();
  return Date.now() - start;
}
