import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cli } from "../support/cliRun";
import { ROOT_DIR } from "../support/fixtures";
import { writeLayout } from "../../scripts/writeLayout";
import { terminalSafe } from "../../src/cli/terminalText";

const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");

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
    expect(out).toMatch(/Begroting: 1 fout, 8 waarschuwingen/);
    expect(out).toMatch(/Totaal: 1 fout, 21 waarschuwingen, \d+ info/);
  });

  it("--json prints exactly one JSON document in the documented shape", async () => {
    const { code, out } = await cli("--json", EXAMPLE);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual([
      "bestand",
      "bevindingen",
      "samenvatting",
      "besloten",
      "vervallen",
    ]);
    expect(Object.keys(doc.bevindingen[0])).toEqual([
      "regel",
      "ernst",
      "blad",
      "cel",
      "bericht",
      "verwacht",
      "gevonden",
      "messageId",
      "data",
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

  it("never calls a workbook without a Berap table clean: exit 2, niets gecontroleerd", async () => {
    const plain = file(
      "geen-berap.xlsx",
      Buffer.from(
        await writeLayout([
          { name: "Blad1", rows: [["Hallo"], [1, 2, 3]], widths: [10] },
        ]).xlsx.writeBuffer()
      )
    );
    const { code, out } = await cli(plain);
    expect(code).toBe(2);
    expect(out).toContain("Niets gecontroleerd: geen Berap-tabel herkend; ");
    expect(out).not.toContain("0 fouten");
  });

  it("checks a workbook of only unrecognised tables on their totals: a fout there is exit 1", async () => {
    // By hand: Totaal 10 + 20 = 30, typed 40.
    const rows = [["Formatie per team"], ["Team", "Fte 2025"], ["Team A", 10], ["Team B", 20]];
    const write = async (name: string, extra: (string | number)[][]) =>
      file(
        name,
        Buffer.from(
          await writeLayout([
            { name: "Overig", rows: [...rows, ...extra], widths: [10] },
          ]).xlsx.writeBuffer()
        )
      );
    const slip = await cli(await write("alleen-onbekend.xlsx", [["Totaal", 40]]));
    expect(slip.code).toBe(1);
    expect(slip.out).toContain(
      "Totaal, Fte 2025: 40 staat er, 30 volgt uit de tabel (verschil 10)"
    );
    expect(slip.out).toContain("niet herkend als Berap-tabel: alleen totalen gecontroleerd");
    // Without a Totaal nothing is checked: exit 2, naming what was seen.
    const none = await cli(await write("zonder-totaal.xlsx", []));
    expect(none.code).toBe(2);
    expect(none.out).toContain(
      "Niets gecontroleerd: geen Berap-tabel herkend; 1 tabel gevonden, zonder Totaal-regel om na te rekenen; "
    );
  });

  it.each([
    [
      "a missing file",
      path.join(tmp, "bestaat-niet.xlsx"),
      "het bestand bestaat niet of is niet te openen",
    ],
    ["a text file", "tekst.xlsx", "het bestand is geen Excel-werkmap (.xlsx)"],
    ["an encrypted file", "geheim.xlsx", "het bestand is met een wachtwoord beveiligd"],
    ["an old .xls", "oud.xlsx", "het oude Excel-formaat (.xls) wordt niet gelezen"],
    ["a broken zip", "kapot.xlsx", "het bestand is beschadigd of onvolledig"],
  ])("exits 2 with a one-line Dutch reason for %s", async (_what, name, reason) => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (t: string) => [...t].flatMap((c) => [c.charCodeAt(0), 0]);
    const contents: Record<string, Buffer> = {
      "tekst.xlsx": Buffer.from("geen werkmap"),
      "geheim.xlsx": Buffer.from([...ole, ...utf16("EncryptedPackage")]),
      "oud.xlsx": Buffer.from([...ole, ...utf16("Workbook")]),
      "kapot.xlsx": Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
    };
    const target = contents[name] ? file(name, contents[name]) : name;
    const { code, out } = await cli(target);
    expect(code).toBe(2);
    const lines = out
      .trim()
      .split("\n")
      .filter((l) => l.trim());
    expect(lines).toEqual([target, expect.stringMatching(/^ {2}Niet gecontroleerd: het /)]);
    expect(out).toContain(reason);
    // --json: the element names the file and the reason.
    const json = JSON.parse((await cli("--json", target)).out);
    expect(json).toMatchObject({ bestand: target, fout: expect.stringContaining(reason) });
  });

  it("gives every file of a batch its own result; the exit code is the worst", async () => {
    const bad = file("batch-kapot.xlsx", Buffer.from("geen werkmap"));
    const human = await cli(EXAMPLE, bad);
    expect(human.code).toBe(2);
    expect(human.out).toMatch(/Totaal: 1 fout, 21 waarschuwingen/);
    expect(human.out).toContain(
      `${bad}\n\n  Niet gecontroleerd: het bestand is geen Excel-werkmap`
    );
    const json = await cli("--json", bad, EXAMPLE);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.out);
    expect(doc.map((d: { bestand: string }) => d.bestand)).toEqual([bad, EXAMPLE]);
    expect(doc[0]).toEqual({
      bestand: bad,
      fout: expect.stringContaining("geen Excel-werkmap"),
      soort: "geen-werkmap",
    });
    expect(doc[1].samenvatting.fouten).toBe(1);
  });

  it("shows the technical detail in parentheses, and all of it with --uitgebreid", async () => {
    const broken = file("afgebroken.xlsx", fs.readFileSync(EXAMPLE).subarray(0, 5000));
    const short = await cli(broken);
    expect(short.out).toMatch(
      /Niet gecontroleerd: het bestand is beschadigd of onvolledig en kan niet worden gelezen \(.+\)/
    );
    const full = await cli("--uitgebreid", broken);
    expect(full.out).toMatch(/\(geen centrale map/);
  });

  it("strips control characters, C1 controls and bidi overrides from text on its way to the terminal", () => {
    expect(
      terminalSafe("Blad\u001b[2K\u001b[32mOK\u009b31m\u202eTOUT\u2066\nD24\tFOUT\u0007")
    ).toBe("Blad[2K[32mOK31mTOUT D24 FOUT");
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
