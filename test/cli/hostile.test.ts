import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/berap-check";
import { ROOT_DIR } from "../support/fixtures";
import { HostileFile, hostileFiles } from "../support/hostileFiles";

/*
 * Every hostile file our own code makes, and the example converted by LibreOffice, through the command line:
 * exit 0, 1 or 2 within 20 s and under 1 GB, a Dutch reason without stack trace, raw JavaScript error text or
 * terminal escape, and never exit 0 for a file without a Berap table. Light files run in-process; the heavy
 * ones in a process of their own so their peak memory (maxRSS) can be measured.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "berap-hostile-"));
const files = hostileFiles(fs.readFileSync(EXAMPLE));
const light = files.filter((f) => !f.heavy);
const heavy = files.filter((f) => f.heavy);
for (const f of files) fs.writeFileSync(path.join(tmp, f.name), f.bytes);

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const STACK_TRACE = /\n\s+at \S/;
const RAW_JS_ERROR =
  /TypeError|RangeError|ReferenceError|SyntaxError|Cannot read prop|is not a function|is not defined|Maximum call stack|undefined|\[object /;

function expectClean(output: string): void {
  expect(output).not.toMatch(TERMINAL_CONTROL);
  expect(output).not.toMatch(STACK_TRACE);
  expect(output).not.toMatch(RAW_JS_ERROR);
}

async function inProcess(file: string, ...options: string[]) {
  let out = "";
  const start = Date.now();
  const code = await main(
    [...options, file],
    { write: (s: string) => (out += s) },
    { write: (s: string) => (out += s) }
  );
  return { code, out, seconds: (Date.now() - start) / 1000 };
}

function expectAnswer(f: HostileFile, code: number, out: string, seconds: number): void {
  expect([0, 1, 2]).toContain(code);
  if (!f.berap) expect(code).toBe(2);
  if (code === 2) expect(out).toMatch(/Niets? gecontroleerd: \S/);
  expect(seconds).toBeLessThan(20);
  expectClean(out);
}

describe("berap-check on hostile files", () => {
  it.each(light.map((f) => [f.name, f] as const))(
    "%s: exit 0/1/2 in time, Dutch, clean",
    async (_n, f) => {
      const file = path.join(tmp, f.name);
      const human = await inProcess(file);
      expectAnswer(f, human.code, human.out, human.seconds);
      const json = await inProcess(file, "--json");
      expect(json.code).toBe(human.code);
      expectClean(json.out);
      const doc = JSON.parse(json.out);
      if (human.code === 2)
        expect(doc).toEqual({ bestand: file, fout: expect.any(String), soort: expect.any(String) });
    }
  );

  describe("heavy files, each in its own process (peak memory)", () => {
    let cli: string;
    beforeAll(() => {
      // The command line compiled on its own, so a heavy file's memory is measured in a fresh process.
      // Under node_modules/.cache, so the compiled copy finds the project's packages the ordinary way.
      const cache = path.join(ROOT_DIR, "node_modules", ".cache");
      fs.mkdirSync(cache, { recursive: true });
      const out = fs.mkdtempSync(path.join(cache, "berap-hostile-lib-"));
      execFileSync(
        process.execPath,
        [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json", "--outDir", out],
        {
          cwd: ROOT_DIR,
        }
      );
      cli = path.join(out, "src", "cli", "berap-check.js");
    }, 120_000);

    it("stops a file that runs over the time budget or the heap cap, with a Dutch reason, and goes on", async () => {
      const { FileChecker } = require(path.join(path.dirname(cli), "isolation.js"));
      const options = { tolerantie: 1, alleenFouten: false, uitgebreid: false };
      // 2 s: far below what reading 2.000.000 cells takes (about 6 s here), far above what a fresh worker
      // needs to start and refuse an empty file (0,7 s on this machine under a load of 7; 300 ms was not enough).
      const slow = new FileChecker({ timeBudgetMs: 2_000, heapMb: 700 });
      expect(await slow.check(path.join(tmp, "cellen-te-veel.xlsx"), options)).toMatchObject({
        soort: "te-groot",
        fout: "het bestand is te groot of te ingewikkeld: controleren duurt langer dan 2 seconden",
      });
      // The next file gets a fresh worker and is checked as usual.
      expect(await slow.check(path.join(tmp, "leeg.xlsx"), options)).toMatchObject({
        soort: "geen-werkmap",
      });
      await slow.close();
      const small = new FileChecker({ timeBudgetMs: 15_000, heapMb: 64 });
      expect(await small.check(path.join(tmp, "cellen-te-veel.xlsx"), options)).toMatchObject({
        soort: "te-groot",
        fout: expect.stringMatching(/geheugen/),
      });
      await small.close();
    }, 30_000);

    it.each(heavy.map((f) => [f.name, f] as const))(
      "%s: exit 0/1/2 within 20 s and 1 GB",
      (_n, f) => {
        const start = Date.now();
        const script = `require(${JSON.stringify(cli)}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; process.stderr.write("maxRSS=" + process.resourceUsage().maxRSS + "\\n"); })`;
        const run = spawnSync(process.execPath, ["-e", script, path.join(tmp, f.name)], {
          encoding: "utf8",
          timeout: 25_000,
        });
        const seconds = (Date.now() - start) / 1000;
        const maxRssKb = Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1]);
        expect(run.stderr.replace(/maxRSS=\d+\n/, "")).toBe("");
        expectAnswer(f, run.status ?? -1, run.stdout, seconds);
        expect(run.stderr.replace(/maxRSS=\d+\n/, "")).toBe("");
        expect(maxRssKb * 1024).toBeLessThan(1024 ** 3);
      },
      30_000
    );
  });
});

/** The example saved by LibreOffice in three formats: read with the same findings, or refused with a reason. */
describe("berap-check on the example converted by LibreOffice", () => {
  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => fs.existsSync(p));
  const converted: Record<string, string> = {};
  beforeAll(() => {
    if (!soffice) throw new Error("LibreOffice (soffice) ontbreekt: npm test installeert het");
    const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), "berap-lo-profile-"))}`;
    for (const format of ["ods", "xls", "xlsx"]) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), `berap-lo-${format}-`));
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          format,
          "--outdir",
          out,
          EXAMPLE,
        ],
        {
          stdio: "pipe",
          timeout: 120_000,
        }
      );
      converted[format] = path.join(out, `voorbeeld-berap-2025-2.${format}`);
    }
  }, 300_000);

  type Json = {
    fout?: string;
    bevindingen?: { regel: string; ernst: string; blad: string; cel: string }[];
  };
  const problems = (doc: Json) =>
    (doc.bevindingen ?? [])
      .filter((f) => f.ernst !== "info")
      .map((f) => `${f.ernst} ${f.regel} ${f.blad}!${f.cel}`)
      .sort();

  it("the .xlsx saved by LibreOffice gives the same fout and afrondingsverschillen as the original", async () => {
    const original = JSON.parse((await inProcess(EXAMPLE, "--json")).out);
    const resaved = await inProcess(converted.xlsx, "--json");
    expect(resaved.code).toBe(1);
    expectClean(resaved.out);
    expect(problems(JSON.parse(resaved.out))).toEqual(problems(original));
  });

  it.each([
    ["ods", /OpenDocument-rekenblad \(\.ods\) wordt niet gelezen; sla het .* op als \.xlsx/],
    ["xls", /het oude Excel-formaat \(\.xls\) wordt niet gelezen; .* sla het op als \.xlsx/],
  ])("the .%s is refused with exit 2 and its reason, never 0 fouten", async (format, reason) => {
    const human = await inProcess(converted[format]);
    expect(human.code).toBe(2);
    expect(human.out).toMatch(reason);
    expect(human.out).not.toMatch(/0 fouten/);
    expectClean(human.out);
  });
});
