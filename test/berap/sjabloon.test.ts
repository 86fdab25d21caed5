import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateWorkbook, Workbook } from "../../src/berap";
import { readXlsx } from "../../src/workbook/xlsx";
import { berap2025, matrixRow, programma, ROOT_DIR } from "../support/fixtures";

/*
 * The Berap-sjabloon computes every total with formulas. A real spreadsheet engine (LibreOffice, headless)
 * recalculates the template filled with the published source figures and saves it; the engine then
 * validates the saved file: no fout, and the recalculated totals are the published ones.
 */
const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].find((p) =>
  fs.existsSync(p)
);

function recalculate(file: string): string {
  if (!soffice)
    throw new Error(
      "LibreOffice (soffice) ontbreekt: npm test installeert het, of installeer libreoffice-calc-nogui"
    );
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "berap-lo-"));
  const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), "berap-lo-profile-"))}`;
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--calc",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      file,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    }
  );
  return path.join(out, path.basename(file));
}

/** The value of the first cell in `sheet` right of the label `label`. */
function valueRightOf(
  wb: Workbook,
  sheet: string,
  label: RegExp,
  nth = 0,
  anywhere = false
): (number | null)[] {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  // By default the label is the row's first text, so a column header with the same words does not count;
  // `anywhere` finds labels of side-by-side lists.
  const labelAt = (r: number) =>
    s
      .rowCells(r)
      .findIndex(
        ([, c], i, all) =>
          typeof c.value === "string" &&
          (anywhere
            ? label.test(c.value)
            : all.findIndex(([, x]) => typeof x.value === "string") === i)
      );
  const rows = s.filledRows().filter((r) => {
    const at = labelAt(r);
    return at >= 0 && label.test(String(s.rowCells(r)[at][1].value));
  });
  const cells = s.rowCells(rows[nth]);
  return cells
    .slice(labelAt(rows[nth]) + 1)
    .map(([, c]) => (typeof c.value === "number" ? c.value : null));
}

describe("berap-sjabloon, recalculated by LibreOffice", () => {
  let filled: Workbook;
  let empty: Workbook;
  beforeAll(async () => {
    filled = await readXlsx(
      fs.readFileSync(
        recalculate(path.join(ROOT_DIR, "assets", "berap-sjabloon-2025-2-gevuld.xlsx"))
      )
    );
    empty = await readXlsx(
      fs.readFileSync(recalculate(path.join(ROOT_DIR, "assets", "berap-sjabloon.xlsx")))
    );
  }, 240_000);

  it("the filled sjabloon as saved, its formulas without values, is read all the same", async () => {
    // Not recalculated: every formula reads as nothing. Recognition must not fail on the empty rows.
    const raw = await readXlsx(
      fs.readFileSync(path.join(ROOT_DIR, "assets", "berap-sjabloon-2025-2-gevuld.xlsx"))
    );
    const result = validateWorkbook(raw);
    expect(result.tabellen).toBeGreaterThan(10);
    expect(result.bevindingen.filter((f) => f.messageId === "nietAlsBerap")).toEqual([]);
  });

  it("the filled sjabloon has no fout; its warnings are the published figures' own rounding", () => {
    const result = validateWorkbook(filled);
    expect(result.samenvatting.fouten).toBe(0);
    const warnings = result.bevindingen.filter((f) => f.ernst === "waarschuwing");
    // The cao table's programme figures against the cao lines: 563 vs 562 (GGD) and 313 - 149 = 164 vs 163 (VTT).
    expect(
      warnings.filter((f) => f.regel === "cao-tabel").map((f) => [f.cel, f.verwacht, f.gevonden])
    ).toEqual([
      ["D5", 562, 563],
      ["D7", 163, 164],
    ]);
    // Shares rounded per row (as published) do not close: 665.000 gives 664.999 in total, -100.000 gives
    // -99.999, -270.000 gives -270.001 (see the distribution tests), so the saldo column adds up to 294.999.
    const totals = warnings.filter(
      (f) => f.regel === "verdeling-gemeenten" && f.cel.endsWith("19")
    );
    expect(totals.map((f) => [f.cel, f.verwacht, f.gevonden])).toEqual([
      ["C19", 664999, 665000],
      ["D19", -99999, -100000],
      ["E19", -270001, -270000],
      ["F19", 294999, 295000],
    ]);
    expect(warnings.every((f) => ["cao-tabel", "verdeling-gemeenten"].includes(f.regel))).toBe(
      true
    );
    // Every total is a formula now, so nothing is reported as typed in.
    expect(result.bevindingen.filter((f) => f.regel === "totaal-zonder-formule")).toEqual([]);
  });

  it("recalculates the published frictiekosten row of Almelo (per regel)", () => {
    expect(valueRightOf(filled, "Verdeling", /^Almelo$/).slice(0, 4)).toEqual(
      berap2025.frictiekosten_verdeling.Almelo.slice(0, 4)
    );
  });

  it("recalculates the published totals of every programme", () => {
    for (const naam of ["GGD Twente", "OZJT", "Veilig Thuis Twente", "Bestuur & Ondersteuning"]) {
      const p = programma(naam);
      p.blokken.forEach((b, i) => {
        expect([naam, valueRightOf(filled, naam, /^Totaal positief$/, i, true)[0]]).toEqual([
          naam,
          b.totaal_positief ?? 0,
        ]);
        expect([naam, valueRightOf(filled, naam, /^Totaal negatief$/, i, true)[0]]).toEqual([
          naam,
          b.totaal_negatief ?? 0,
        ]);
      });
      expect(valueRightOf(filled, naam, /^Verwacht bedrijfsresultaat$/)[0]).toBe(
        p.verwacht_bedrijfsresultaat
      );
      expect(valueRightOf(filled, naam, /^Verwacht jaarrekeningresultaat$/)[0]).toBe(
        (p as unknown as Record<string, number>).verwacht_jaarrekeningresultaat
      );
      expect(valueRightOf(filled, naam, /^G Gemeentelijke bijdrage$/)).toEqual(matrixRow(p, "G"));
      expect(valueRightOf(filled, naam, /^Verwacht bedrijfsresultaat$/, 1)).toEqual(
        matrixRow(p, "Verwacht")
      );
    }
  });

  it("recalculates the published summary and consolidated matrix", () => {
    expect(valueRightOf(filled, "Samenvatting", /^Totaal$/)).toEqual(berap2025.samenvatting.Totaal);
    const m = berap2025.resultaat_per_financiering_totaal;
    expect(valueRightOf(filled, "Samenvatting", /^Gemeentelijke bijdrage$/)).toEqual(
      m["Gemeentelijke bijdrage"]
    );
    expect(valueRightOf(filled, "Samenvatting", /^Verwacht bedrijfsresultaat$/)).toEqual(
      m["Verwacht bedrijfsresultaat"]
    );
    expect(valueRightOf(filled, "Samenvatting", /^Verwacht jaarrekeningresultaat$/)).toEqual([
      m["Verwacht jaarrekeningresultaat"],
    ]);
    const verschillen = valueRightOf(filled, "Samenvatting", /^Totaal$/, 1);
    expect(verschillen.slice(0, 3)).toEqual(berap2025.vergelijking_1e_berap.Totaal.slice(0, 3));
  });

  it("recalculates the weerstandsvermogen and the saldo of lasten and baten", () => {
    expect(valueRightOf(filled, "Weerstandsvermogen", /^Subtotaal/).slice(0, 2)).toEqual([
      2856, 3179,
    ]);
    expect(valueRightOf(filled, "Weerstandsvermogen", /^Totaal$/).slice(0, 2)).toEqual([
      2856, 2835,
    ]);
    expect(valueRightOf(filled, "Begroting", /^Saldo/)[0]).toBe(42575);
  });

  it("the empty sjabloon, recalculated, gives no finding at all", () => {
    expect(validateWorkbook(empty).bevindingen).toEqual([]);
  });
});
