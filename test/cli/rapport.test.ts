import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cli } from "../support/cliRun";
import { ROOT_DIR } from "../support/fixtures";
import { readReport, target } from "../support/reportFile";

/*
 * berap-check --rapport: the pane's "Rapport op nieuw blad" as an .xlsx, read back from disk. Expected figures
 * come from the README's description of the example: one fout, Begroting D24, where 438 stands and the
 * verklaring adds up to 436 (difference 2).
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "berap-rapport-"));

describe("berap-check --rapport", () => {
  it("writes the example's report: the fout on Begroting D24 as a row, linked to the checked file, figures #,##0", async () => {
    const report = path.join(tmp, "uit", "rapport.xlsx");
    fs.mkdirSync(path.dirname(report));
    const { code, out } = await cli("--rapport", report, EXAMPLE);
    expect(code).toBe(1); // the example has a fout
    expect(out).toContain(`Rapport geschreven: ${report}`);
    const { header, rows, xml } = await readReport(report);
    expect(header).toEqual([
      "Ernst",
      "Blad",
      "Cel",
      "Bericht",
      "Volgens de tabel",
      "Er staat",
      "Controle",
      "Verschil",
    ]);
    expect(xml).not.toMatch(/<f[ >]/);

    const fouten = rows.filter((r) => r.values[0] === "Fout");
    expect(fouten).toHaveLength(1);
    const [fout] = fouten;
    expect(fout.values.slice(1, 3)).toEqual(["Begroting", "D24"]);
    expect(fout.values[4]).toBe(436);
    expect(fout.values[5]).toBe(438);
    expect(fout.values[7]).toBe(2);
    expect(fout.numFmts.slice(4)).toEqual(["#,##0", "#,##0", "@", "#,##0"]);
    expect(target(report, fout.link!)).toEqual({ file: EXAMPLE, location: "'Begroting'!$D$24" });

    // 21 afrondingsverschillen (README), each a difference of one unit; plain rule names, never an id.
    expect(rows.filter((r) => r.values[0] === "Afrondingsverschil")).toHaveLength(21);
    for (const r of rows) {
      expect(r.values[6]).toMatch(/^[A-Z][a-z]/);
      expect(r.values[6]).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
      if (r.link) expect(target(report, r.link).file).toBe(EXAMPLE);
    }
    // Percentages keep their %: every figure format is #,##0 or a percentage format.
    const formats = new Set(rows.flatMap((r) => r.numFmts.slice(4).filter((f) => f !== "@")));
    for (const f of formats) expect(f).toMatch(/^(#,##0(\.0+)?|0(\.0+)?%)$/);
    // The README's afrondingsverschillen include ziekteverzuim, a percentage: at least one figure shows as %.
    expect([...formats].some((f) => f?.endsWith("%"))).toBe(true);
  });

  it("writes hostile sheet names and texts from the workbook back as the same text, never as a formula", async () => {
    // The example, with the Begroting sheet renamed and text typed where amounts belong: each is "geen
    // bedrag", a finding whose found value is the text itself. ExcelJS writes them as strings, not formulas.
    const sheetName = '=HYPERLINK("x")';
    // "+1+1", not "+1": a text "+1" is read as the number 1 (as Excel does when it is typed), no text finding.
    const hostile = ['=WEBSERVICE("http://x")', "+1+1", "-Inhuur personeel", "@SUM(A1)"];
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(EXAMPLE);
    const ws = book.getWorksheet("Begroting")!;
    ws.name = sheetName;
    ["D13", "D18", "D19", "D21"].forEach((cel, i) => (ws.getCell(cel).value = hostile[i]));
    const checked = path.join(tmp, "in", "vijandig.xlsx");
    fs.mkdirSync(path.dirname(checked));
    fs.writeFileSync(checked, Buffer.from(await book.xlsx.writeBuffer()));

    const report = path.join(tmp, "vijandig-rapport.xlsx");
    const { out } = await cli("--rapport", report, checked);
    expect(out).toContain("Rapport geschreven");
    const { rows, xml } = await readReport(report);
    expect(xml).not.toMatch(/<f[ >]/);
    const onSheet = rows.filter((r) => r.values[1] === sheetName);
    expect(onSheet.length).toBeGreaterThan(0);
    for (const r of onSheet)
      expect(target(report, r.link!)).toEqual({
        file: checked,
        location: `'${sheetName}'!${String(r.values[2]).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`,
      });
    // Each hostile text is reported where it was typed, and comes back unchanged as text in format @.
    ["D13", "D18", "D19", "D21"].forEach((cel, i) => {
      const row = onSheet.find((r) => r.values[2] === cel && r.values[5] === hostile[i]);
      expect(row).toBeDefined();
      expect(row!.numFmts[5]).toBe("@");
    });
    // A message that quotes the sheet name first ("=HYPERLINK(...): Lasten: 3 totalen ...") stays text too.
    expect(onSheet.some((r) => String(r.values[3]).startsWith(`${sheetName}: `))).toBe(true);
  });

  it("refuses to overwrite an existing file, and refuses several input files", async () => {
    const existing = path.join(tmp, "bestaat.xlsx");
    fs.writeFileSync(existing, "niet overschrijven");
    const first = await cli("--rapport", existing, EXAMPLE);
    expect(first.code).toBe(2);
    expect(first.err).toContain("bestaat al");
    expect(fs.readFileSync(existing, "utf8")).toBe("niet overschrijven");

    const several = await cli("--rapport", path.join(tmp, "twee.xlsx"), EXAMPLE, EXAMPLE);
    expect(several.code).toBe(2);
    expect(several.err).toContain("één werkmap");
    expect(fs.existsSync(path.join(tmp, "twee.xlsx"))).toBe(false);

    const notXlsx = await cli("--rapport", path.join(tmp, "rapport.csv"), EXAMPLE);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.err).toContain(".xlsx");
  });
});
