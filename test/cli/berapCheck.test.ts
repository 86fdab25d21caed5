import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/berap-check";
import { ROOT_DIR } from "../support/fixtures";
import { writeLayout } from "../../scripts/writeLayout";

const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");

/** Runs the command line in-process and captures what it writes. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stream = (write: (s: string) => void) => ({ write });
  const code = await main(
    args,
    stream((s) => (out += s)),
    stream((s) => (err += s))
  );
  return { code, out, err };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "berap-cli-"));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};

describe("berap-check", () => {
  it("validates the bundled example when no file is given, and exits 1 because it has a fout", async () => {
    const { code, out } = await cli();
    expect(code).toBe(1);
    expect(out).toContain("voorbeeld-berap-2025-2.xlsx");
    expect(out).toMatch(/Begroting: 1 fouten, 8 waarschuwingen/);
    expect(out).toMatch(/Totaal: 1 fouten, 22 waarschuwingen, \d+ info/);
  });

  it("--json prints exactly one JSON document in the documented shape", async () => {
    const { code, out } = await cli("--json", EXAMPLE);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["bestand", "bevindingen", "samenvatting"]);
    expect(Object.keys(doc.bevindingen[0])).toEqual([
      "regel",
      "ernst",
      "blad",
      "cel",
      "bericht",
      "verwacht",
      "gevonden",
    ]);
    expect(doc.samenvatting.fouten).toBe(1);
  });

  it("several files give a JSON array; --alleen-fouten leaves warnings out", async () => {
    const { out } = await cli("--json", "--alleen-fouten", EXAMPLE, EXAMPLE);
    const doc = JSON.parse(out);
    expect(doc).toHaveLength(2);
    expect(doc[0].bevindingen.map((f: { ernst: string }) => f.ernst)).toEqual(["fout"]);
  });

  it("--tolerantie 2 turns the difference of 2 into an afrondingsverschil: exit 0", async () => {
    const { code, out } = await cli("--json", "--tolerantie", "2", EXAMPLE);
    expect(code).toBe(0);
    expect(JSON.parse(out).samenvatting.fouten).toBe(0);
  });

  it("exits 0 on a workbook without fouten", async () => {
    const clean = file(
      "leeg.xlsx",
      Buffer.from(
        await writeLayout([{ name: "Blad1", rows: [["Hallo"]], widths: [10] }]).xlsx.writeBuffer()
      )
    );
    const { code, out } = await cli(clean);
    expect(code).toBe(0);
    expect(out).toContain("Totaal: 0 fouten");
  });

  it.each([
    [
      "a missing file",
      path.join(tmp, "bestaat-niet.xlsx"),
      "het bestand bestaat niet of is niet te openen",
    ],
    ["a text file", "tekst.xlsx", "het bestand is geen Excel-werkmap (.xlsx)"],
    [
      "an encrypted (OLE) file",
      "geheim.xlsx",
      "het bestand is versleuteld of in het oude .xls-formaat",
    ],
    ["a broken zip", "kapot.xlsx", "de werkmap kan niet worden gelezen"],
  ])("exits 2 with a one-line Dutch reason for %s", async (_what, name, reason) => {
    const contents: Record<string, Buffer> = {
      "tekst.xlsx": Buffer.from("geen werkmap"),
      "geheim.xlsx": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "kapot.xlsx": Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
    };
    const target = contents[name] ? file(name, contents[name]) : name;
    const { code, err } = await cli(target);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain(reason);
  });

  it("exits 2 on a wrong option", async () => {
    const { code, err } = await cli("--tolerantie", "veel");
    expect(code).toBe(2);
    expect(err).toContain("--tolerantie verwacht een getal");
  });

  it("works as the installed command: npm run --silent check -- --json prints one JSON document", () => {
    execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"],
      { cwd: ROOT_DIR }
    );
    const run = spawnSync("npm", ["run", "--silent", "check", "--", "--json", EXAMPLE], {
      cwd: ROOT_DIR,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).bestand).toBe(EXAMPLE);
  }, 120_000);
});
