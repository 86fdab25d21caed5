import { execFileSync } from "child_process";
import * as fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  decide,
  Decision,
  readStore,
  STORE_SHEET,
  validateWorkbook,
  Workbook,
} from "../../src/berap";
import { isRoundingDifference } from "../../src/workbook/reportRows";
import { readXlsx } from "../../src/workbook/xlsx";
import { cellText, writeStoreToXlsx } from "../../src/workbook/xlsxStore";
import { ROOT_DIR } from "../support/fixtures";
import { xlsxPackage } from "../support/xlsxPackage";

/*
 * "Kopie opslaan met besluiten": the store sheet written into the opened file. The copy is read back with our
 * own reader (the engine then applies the decisions), every other part stays the same, text from the workbook
 * (hostile reasons and sheet names) stays text, and LibreOffice opens the copy and keeps the store.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
const original = new Uint8Array(fs.readFileSync(EXAMPLE));
let example: Workbook;
let fout: Decision;
let afronding: Decision;

beforeAll(async () => {
  example = await readXlsx(original);
  const { bevindingen } = validateWorkbook(example);
  // The example's one fout (Begroting D24, 438 where 436 follows) and its first afrondingsverschil.
  fout = decide(
    bevindingen.find((f) => f.ernst === "fout")!,
    "genegeerd",
    "Zie memo =A1",
    "2026-11-25"
  );
  afronding = decide(bevindingen.find(isRoundingDifference)!, "geaccepteerd", "", "2026-11-25");
});

const parts = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

function storeOf(wb: Workbook) {
  const sheet = wb.sheets.find((s) => s.name === STORE_SHEET);
  return sheet && readStore(sheet);
}

describe("writeStoreToXlsx", () => {
  it("adds a very hidden store sheet the engine applies; every other part stays as it was", async () => {
    const copy = writeStoreToXlsx(original, [fout, afronding]);
    const wb = await readXlsx(copy);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      ...example.sheets.map((s) => s.name),
      STORE_SHEET,
    ]);
    expect(storeOf(wb)).toEqual({ decisions: [fout, afronding], problems: [] });
    const result = validateWorkbook(wb);
    expect(result.samenvatting.fouten).toBe(0);
    expect(result.besloten.map((b) => b.besluit)).toHaveLength(2);
    expect(result.besloten.map((b) => b.besluit)).toEqual(
      expect.arrayContaining([fout, afronding])
    );
    expect(result.vervallen).toEqual([]);

    const before = parts(original);
    const after = parts(copy);
    const changed = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];
    const added = Object.keys(after).filter((k) => !(k in before));
    expect(added).toEqual(["xl/worksheets/sheet12.xml"]);
    for (const name of Object.keys(before).filter((k) => !changed.includes(k)))
      expect([name, after[name]]).toEqual([name, before[name]]);
    expect(after["xl/workbook.xml"]).toMatch(
      /<sheet name="Berap-controle besluiten" sheetId="12" state="veryHidden" r:id="rId15"\/><\/sheets>/
    );
    expect(after["xl/_rels/workbook.xml.rels"]).toContain(
      '<Relationship Id="rId15" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet12.xml"/>'
    );
    expect(after["[Content_Types].xml"]).toContain(
      '<Override PartName="/xl/worksheets/sheet12.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    );
    // Text only: inline strings, no formula, no shared string the other parts would have to know of.
    const sheet = after["xl/worksheets/sheet12.xml"];
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet.match(/<c /g)!.length).toBe(sheet.match(/t="inlineStr"/g)!.length);
  });

  it("replaces an existing store, and removing every decision restores the file's parts exactly", async () => {
    const two = writeStoreToXlsx(original, [fout, afronding]);
    const one = writeStoreToXlsx(two, [afronding]);
    const wb = await readXlsx(one);
    expect(wb.sheets.filter((s) => s.name === STORE_SHEET)).toHaveLength(1);
    expect(storeOf(wb)?.decisions).toEqual([afronding]);
    expect(validateWorkbook(wb).samenvatting.fouten).toBe(1);
    expect(
      Object.keys(parts(one)).filter((k) => /worksheets\/sheet\d+\.xml$/.test(k))
    ).toHaveLength(12);

    const none = writeStoreToXlsx(one, []);
    expect(parts(none)).toEqual(parts(original));
    expect((await readXlsx(none)).sheets.map((s) => s.name)).not.toContain(STORE_SHEET);
  });

  it("keeps hostile text as text: formulas, control characters, XML and Excel escapes", async () => {
    const hostile = [
      '=HYPERLINK("https://x.invalid/?"&A1)',
      "+1",
      "-Inhuur personeel",
      "@SUM(A1)",
      "a\u0001b\u001fc",
      "<&>\"'",
      "_x0041_ blijft _x0041_",
      "regel 1\nregel 2\ttab",
    ];
    const decisions = hostile.map((text, i) => ({
      ...afronding,
      blad: `=Blad${i}`,
      cel: `A${i + 1}`,
      reden: text,
    }));
    const wb = await readXlsx(writeStoreToXlsx(original, decisions));
    const store = storeOf(wb)!;
    expect(store.problems).toEqual([]);
    expect(store.decisions.map((d) => d.reden)).toEqual(hostile.map((t) => cellText(t).trim()));
    expect(store.decisions.map((d) => d.blad)).toEqual(hostile.map((_, i) => `=Blad${i}`));
    const sheet = wb.sheets.find((s) => s.name === STORE_SHEET)!;
    for (let r = 1; r <= sheet.maxRow; r++)
      for (let c = 1; c <= sheet.maxCol; c++) expect(sheet.get(r, c)?.formula).toBeUndefined();
  });

  it("round-trips any decision through the store (generated text)", async () => {
    const text = fc.string({ unit: "binary", maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            besluit: fc.constantFrom("geaccepteerd" as const, "genegeerd" as const),
            regel: text.filter((t) => cellText(t).trim() !== ""),
            blad: text,
            cel: text,
            verwacht: text,
            gevonden: text,
            bericht: text,
            reden: text,
            datum: text,
          }),
          { minLength: 1, maxLength: 4 }
        ),
        async (decisions) => {
          const wb = await readXlsx(writeStoreToXlsx(original, decisions));
          const clean = (t: string) => cellText(t).trim();
          expect(storeOf(wb)!.decisions).toEqual(
            decisions.map((d) => ({
              besluit: d.besluit,
              regel: clean(d.regel),
              blad: clean(d.blad),
              cel: clean(d.cel),
              verwacht: clean(d.verwacht),
              gevonden: clean(d.gevonden),
              bericht: clean(d.bericht),
              reden: clean(d.reden),
              datum: clean(d.datum),
            }))
          );
        }
      ),
      { numRuns: 40 }
    );
  });

  it("keeps the sheet the workbook opens on, and scoped names, when a moved store is replaced", async () => {
    // A store someone moved to the front (index 0) while the workbook opens on the second sheet.
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const base = xlsxPackage([
      { name: STORE_SHEET, xml: "" },
      { name: "Begroting", xml: "" },
      { name: "Toelichting", xml: "" },
    ]);
    const files = unzipSync(base);
    const wbXml = strFromU8(files["xl/workbook.xml"])
      .replace(
        "<sheets>",
        '<bookViews><workbookView activeTab="2" firstSheet="1"/></bookViews><sheets>'
      )
      .replace(
        "</sheets>",
        `</sheets><definedNames><definedName name="a" localSheetId="0">x!A1</definedName><definedName name="b" localSheetId="2">Toelichting!A1</definedName></definedNames>`
      );
    expect(wbXml).toContain(`xmlns:r="${REL}"`);
    const { zipSync, strToU8 } = await import("fflate");
    const moved = zipSync({ ...files, "xl/workbook.xml": strToU8(wbXml) });
    const out = strFromU8(unzipSync(writeStoreToXlsx(moved, [afronding]))["xl/workbook.xml"]);
    expect(out).toContain('<workbookView activeTab="1" firstSheet="0"/>');
    expect(out).not.toContain('name="a"');
    expect(out).toContain('<definedName name="b" localSheetId="1">');
    expect(out.match(/<sheet /g)!.length).toBe(3);
    expect(out).toMatch(
      /name="Toelichting"[^>]*\/><sheet name="Berap-controle besluiten"[^>]*state="veryHidden"/
    );
  });

  it("LibreOffice opens the copy and keeps the store, very hidden, with the same decisions", () => {
    const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].find(
      (p) => fs.existsSync(p)
    );
    if (!soffice) throw new Error("LibreOffice (soffice) ontbreekt: npm test installeert het");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "berap-store-"));
    const file = path.join(dir, "kopie.xlsx");
    fs.writeFileSync(file, writeStoreToXlsx(original, [fout, afronding]));
    const out = path.join(dir, "uit");
    const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), "berap-lo-profile-"))}`;
    for (const format of ["csv", "xlsx"])
      execFileSync(
        soffice,
        [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--calc"].concat([
          "--convert-to",
          format,
          "--outdir",
          out,
          file,
        ]),
        { stdio: "pipe", timeout: 120_000 }
      );
    // The csv is the sheet the file opens on: the first one, never the store.
    expect(fs.readFileSync(path.join(out, "kopie.csv"), "utf8")).toMatch(/^.*GGD Twente/);
    return readXlsx(fs.readFileSync(path.join(out, "kopie.xlsx"))).then((wb) => {
      expect(storeOf(wb)?.decisions).toEqual([fout, afronding]);
      const workbookXml = parts(fs.readFileSync(path.join(out, "kopie.xlsx")))["xl/workbook.xml"];
      // Calc knows no "very hidden": it keeps the sheet hidden, never shown.
      expect(workbookXml).toMatch(
        /<sheet name="Berap-controle besluiten"[^>]*state="(very)?[hH]idden"/
      );
    });
  }, 120_000);
});
