import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { decide, Decision, Finding, validateWorkbook } from "../../src/berap";
import { REPORT_HEADER, ruleName } from "../../src/workbook/reportRows";
import { readXlsx } from "../../src/workbook/xlsx";
import { xlsxWithStore, withPartText } from "../support/decisionStore";
import { cli } from "../support/cliRun";
import { ROOT_DIR } from "../support/fixtures";
import { readReport, target } from "../support/reportFile";

/*
 * berap-check honours the decisions the pane stores in the workbook (a very hidden sheet): decided findings
 * are apart and do not count, and a decision whose figures changed no longer holds. Expected figures by hand,
 * from the README and the published table: the example's one fout is Begroting D24, where 438 is published
 * and the explanation adds up to 436 (difference 2); besides it there are 21 afrondingsverschillen. With D24
 * corrected to 440 the explanation still adds up to 436, so the fout returns with 440 where 438 was ignored.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
const example = fs.readFileSync(EXAMPLE);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "berap-besluiten-"));
const DAY = "2026-11-25";
const REASON = "toegelicht in de memo aan het AB";

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let fout: Finding;
let rounding: Finding;
let counter = 0;

/** The example (edited, if asked) with these decisions in its store, written to a file of its own. */
async function stored(
  decisions: readonly Decision[],
  edit?: Parameters<typeof xlsxWithStore>[2]
): Promise<string> {
  const file = path.join(tmp, `werkmap-${++counter}.xlsx`);
  fs.writeFileSync(file, await xlsxWithStore(example, decisions, edit));
  return file;
}

beforeAll(async () => {
  const found = validateWorkbook(await readXlsx(example)).bevindingen;
  fout = found.find((f) => f.ernst === "fout")!;
  rounding = found.find((f) => f.ernst === "waarschuwing" && f.blad === "Cao")!;
  expect([fout.blad, fout.cel, fout.verwacht, fout.gevonden]).toEqual([
    "Begroting",
    "D24",
    436,
    438,
  ]);
  expect(rounding).toBeDefined();
});

describe("berap-check and the decisions stored in the workbook", () => {
  let decided: string;
  beforeAll(async () => {
    decided = await stored([
      decide(fout, "genegeerd", REASON, DAY),
      decide(rounding, "geaccepteerd", "", DAY),
    ]);
  });

  it("counts the decided findings on one line and leaves them out of the total: the only fout ignored, exit 0", async () => {
    const { code, out } = await cli(decided);
    expect(code).toBe(0);
    // 21 afrondingsverschillen in the example, one of them accepted: 20.
    expect(out).toMatch(/\n {2}Totaal: 0 fouten, 20 waarschuwingen, \d+ info\n/);
    expect(out).toContain("\n  2 bevindingen geaccepteerd of genegeerd (zie --ook-geaccepteerd)");
    expect(out).not.toContain("FOUT");
    expect(out).not.toContain(REASON);
    expect(out).not.toContain("besluit geldt niet meer");
  });

  it("--ook-geaccepteerd lists them: sheet!cell, severity, the rule's plain name, sentence, decision, reason, day", async () => {
    const { code, out } = await cli("--ook-geaccepteerd", decided);
    expect(code).toBe(0);
    const section = out.slice(out.indexOf("Totaal:"));
    expect(section).toContain("\n  2 bevindingen geaccepteerd of genegeerd:\n");
    expect(section).toContain(
      `\n    Begroting!D24  FOUT  ${ruleName(fout.regel)}: ${fout.bericht}\n      genegeerd op ${DAY}, reden: ${REASON}\n`
    );
    expect(section).toContain(
      `\n    Cao!${rounding.cel}  waarschuwing  ${ruleName(rounding.regel)}: ${rounding.bericht}\n      geaccepteerd op ${DAY}, zonder reden`
    );
    expect(section).not.toContain("zie --ook-geaccepteerd");
    // Without decisions the flag says so.
    expect((await cli("--ook-geaccepteerd", EXAMPLE)).out).toContain(
      "\n  Geen bevindingen geaccepteerd of genegeerd"
    );
  });

  it("--help documents the flag and the exit code; an unknown flag like it is still refused", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("--ook-geaccepteerd");
    expect(help.out).toContain("Een geaccepteerde of genegeerde fout telt niet mee");
    const wrong = await cli("--ook-geaccepteerde", decided);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("onbekende optie --ook-geaccepteerde");
  });

  it("--json always gives besloten (the finding and the decision) and vervallen; --alleen-fouten leaves them whole", async () => {
    const { code, out } = await cli("--json", decided);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.samenvatting.fouten).toBe(0);
    expect(doc.vervallen).toEqual([]);
    expect(doc.besloten).toHaveLength(2);
    expect(doc.besloten).toContainEqual(
      expect.objectContaining({
        regel: fout.regel,
        ernst: "fout",
        blad: "Begroting",
        cel: "D24",
        verwacht: 436,
        gevonden: 438,
        besluit: "genegeerd",
        reden: REASON,
        datum: DAY,
      })
    );
    expect(doc.bevindingen.some((f: Finding) => f.cel === "D24" && f.ernst === "fout")).toBe(false);

    const onlyFouten = JSON.parse((await cli("--json", "--alleen-fouten", decided)).out);
    expect(onlyFouten.bevindingen).toEqual([]);
    expect(onlyFouten.besloten).toHaveLength(2);
    // Without a store, both lists are there and empty.
    const plain = JSON.parse((await cli("--json", EXAMPLE)).out);
    expect([plain.besloten, plain.vervallen]).toEqual([[], []]);
  });

  it("exit 1 while the fout itself is open: accepting an afrondingsverschil does not hide it", async () => {
    const file = await stored([decide(rounding, "geaccepteerd", "", DAY)]);
    const { code, out } = await cli(file);
    expect(code).toBe(1);
    expect(out).toMatch(/Totaal: 1 fout, 20 waarschuwingen/);
    expect(out).toContain("\n  1 bevinding geaccepteerd of genegeerd (zie --ook-geaccepteerd)");
  });

  it("a changed figure brings the fout back (exit 1) and says the decision no longer holds", async () => {
    // D24 corrected from 438 to 440: the explanation still adds up to 436, so 440 is a fout of 4.
    const file = await stored([decide(fout, "genegeerd", REASON, DAY)], (book) => {
      book.getWorksheet("Begroting")!.getCell("D24").value = 440;
    });
    const human = await cli(file);
    expect(human.code).toBe(1);
    expect(human.out).toMatch(/D24 +FOUT/);
    expect(human.out).toContain(
      "\n  1 eerder besluit geldt niet meer: de cijfers zijn veranderd (zie --ook-geaccepteerd)"
    );
    expect(human.out).not.toContain("geaccepteerd of genegeerd (zie");

    const listed = await cli("--ook-geaccepteerd", file);
    expect(listed.out).toContain(
      `\n  1 eerder besluit geldt niet meer: de cijfers zijn veranderd:\n    Begroting!D24  ${ruleName(fout.regel)}: genegeerd op ${DAY}, reden: ${REASON}; toen stond er 438 en volgde 436\n`
    );

    const doc = JSON.parse((await cli("--json", file)).out);
    expect(doc.besloten).toEqual([]);
    expect(
      doc.bevindingen
        .filter((f: Finding) => f.blad === "Begroting" && f.cel === "D24" && f.ernst === "fout")
        .map((f: Finding) => [f.verwacht, f.gevonden])
    ).toContainEqual([436, 440]);
    expect(doc.vervallen).toEqual([
      expect.objectContaining({
        besluit: "genegeerd",
        blad: "Begroting",
        cel: "D24",
        verwacht: "436",
        gevonden: "438",
        reden: REASON,
      }),
    ]);
  });

  it("--rapport puts the decided findings apart under 'Geaccepteerd en genegeerd', linked, figures formatted", async () => {
    const report = path.join(tmp, "rapport-besluiten.xlsx");
    const { code, out } = await cli("--rapport", report, decided);
    expect(code).toBe(0);
    expect(out).toContain("Rapport geschreven");
    const { header, rows, xml } = await readReport(report, 11);
    expect(xml).not.toMatch(/<f[ >]/);
    expect(header.slice(0, 8)).toEqual([...REPORT_HEADER]);
    const title = rows.findIndex((r) => r.values[0] === "Geaccepteerd en genegeerd");
    expect(title).toBeGreaterThan(0);
    // Above the section: the open findings, without the ignored fout; then an empty line.
    expect(rows.slice(0, title).some((r) => r.values[0] === "Fout")).toBe(false);
    expect(rows[title].row).toBe(rows[title - 1].row + 2);
    expect(rows[title + 1].values).toEqual([...REPORT_HEADER, "Besluit", "Reden", "Datum"]);
    const section = rows.slice(title + 2);
    expect(section).toHaveLength(2);
    const d24 = section.find((r) => r.values[2] === "D24")!;
    // 438 staat er, 436 volgt: verschil 2, as the open fout showed it, in the cell's own format.
    expect(d24.values).toEqual([
      "Fout",
      "Begroting",
      "D24",
      fout.bericht,
      436,
      438,
      ruleName(fout.regel),
      2,
      "Genegeerd",
      REASON,
      DAY,
    ]);
    // The figures in the cell's format #,##0 (verwacht, er staat, verschil); every text cell Text.
    expect(d24.numFmts).toHaveLength(11);
    expect(d24.numFmts.flatMap((f, c) => (f === "@" ? [] : [[c, f]]))).toEqual([
      [4, "#,##0"],
      [5, "#,##0"],
      [7, "#,##0"],
    ]);
    expect(target(report, d24.link!)).toEqual({ file: decided, location: "'Begroting'!$D$24" });
    const cao = section.find((r) => r.values[1] === "Cao")!;
    expect(cao.values.slice(8)).toEqual(["Geaccepteerd", undefined, DAY]);
    expect(cao.values[0]).toBe("Afrondingsverschil");
  });

  it("hostile sheet name and reason: clean on the terminal, text in the report, and the decision still holds", async () => {
    // A sheet name and a reason with a formula, an escape sequence (as Excel writes one: _x001B_), a C1
    // control and bidi overrides. ExcelJS drops raw control characters and does not escape "_x0041_", so the
    // file gets both escapes after it is written.
    const ESC = "QQESCQQ";
    const sheet = `=HYPERLINK("x")${ESC}7\u009b\u202e`; // ESC 7: save the cursor; [ ] cannot be in a name
    const decodedSheet = sheet.replace(ESC, "\u001b");
    const reasons = [
      `=WEBSERVICE("http://x")${ESC}[31m\u202eKLAAR\u2066`,
      "+1+1",
      "-Inhuur personeel",
      "@SOM(A1:A3)",
      // OOXML's escape typed as text (in the file "_x005F_x0041_"): it stays these characters, never "A".
      "kostenpost_x0041_",
    ];
    const decodedReason = reasons[0].replace(ESC, "\u001b");
    const onHostile = { ...fout, blad: decodedSheet };
    const otherRounding = validateWorkbook(await readXlsx(example)).bevindingen.filter(
      (f) => f.ernst === "waarschuwing" && f.blad !== "Begroting"
    );
    const decisions = [
      decide(onHostile, "genegeerd", decodedReason, DAY),
      ...reasons.slice(1).map((r, i) => decide(otherRounding[i], "geaccepteerd", r, DAY)),
    ];
    // The store holds the marker where the escape will be, as the sheet name does.
    const written = await xlsxWithStore(
      example,
      decisions.map((d) => ({
        ...d,
        blad: d.blad.replace("\u001b", ESC),
        reden: d.reden.replace("\u001b", ESC),
      })),
      (book) => (book.getWorksheet("Begroting")!.name = sheet)
    );
    const file = path.join(tmp, "vijandig.xlsx");
    fs.writeFileSync(
      file,
      withPartText(
        withPartText(written, ESC, "_x001B_"),
        "kostenpost_x0041_",
        "kostenpost_x005F_x0041_"
      )
    );

    const human = await cli("--ook-geaccepteerd", file);
    // The ignored fout is found on the hostile sheet by its decoded name: the decision holds.
    expect(human.code).toBe(0);
    expect(human.out).not.toMatch(TERMINAL_CONTROL);
    expect(human.out).toContain(`=HYPERLINK("x")7!D24  FOUT`);
    expect(human.out).toContain(`reden: =WEBSERVICE("http://x")[31mKLAAR`);
    for (const r of reasons.slice(1)) expect(human.out).toContain(`reden: ${r}`);
    const json = await cli("--json", file);
    expect(json.out).not.toMatch(TERMINAL_CONTROL);
    expect(JSON.parse(json.out).besloten.map((b: { reden: string }) => b.reden)).toEqual(
      expect.arrayContaining([decodedReason, ...reasons.slice(1)])
    );

    const report = path.join(tmp, "vijandig-rapport.xlsx");
    expect((await cli("--rapport", report, file)).code).toBe(0);
    const { rows, xml } = await readReport(report, 11);
    expect(xml).not.toMatch(/<f[ >]/);
    const title = rows.findIndex((r) => r.values[0] === "Geaccepteerd en genegeerd");
    const section = rows.slice(title + 2);
    // XML cannot hold the escape character itself: the report leaves it out and keeps every other character.
    const withoutEscape = (t: string) => t.replace("\u001b", "");
    const hostileRow = section.find((r) => r.values[2] === "D24")!;
    expect(hostileRow.values[1]).toBe(withoutEscape(decodedSheet));
    expect(hostileRow.values[9]).toBe(withoutEscape(decodedReason));
    expect(section.map((r) => r.values[9])).toEqual(
      expect.arrayContaining([withoutEscape(decodedReason), ...reasons.slice(1)])
    );
    for (const r of section) expect(r.numFmts[9]).toBe("@");
    expect(target(report, hostileRow.link!).location).toBe(
      `'${withoutEscape(decodedSheet)}'!$D$24`
    );
  });
});
