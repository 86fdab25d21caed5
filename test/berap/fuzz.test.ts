import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { validateWorkbook } from "../../src/berap";
import { CellValue, Sheet, Workbook } from "../../src/berap/model/workbook";
import { readXlsx } from "../../src/workbook/xlsx";
import { main } from "../../src/cli/berap-check";
import { ROOT_DIR } from "../support/fixtures";
import * as os from "os";

/*
 * Bad input never crashes the engine: generated workbooks full of Berap words in random places, error
 * values, text in number columns and extreme numbers, and the real example with rows deleted and cells
 * replaced. Every run must end in a list of findings.
 */
const WORDS = [
  "Soort",
  "Omschrijving",
  "Totaal",
  "Subtotaal",
  "Positieve ontwikkelingen",
  "Negatieve ontwikkelingen",
  "Voordelig",
  "Nadelig",
  "Incidenteel (I)",
  "Meerjarig (M)",
  "Structureel (S)",
  "Verwacht bedrijfsresultaat",
  "Overschot cao-ontwikkeling",
  "Tekort cao-ontwikkeling",
  "Verwacht jaarrekeningresultaat",
  "Verwacht resultaat Concern",
  "GGD Twente",
  "VTT",
  "OZJT",
  "Bestuur en Ondersteuning",
  "Lasten",
  "Baten",
  "Saldo",
  "Benodigd",
  "Beschikbaar",
  "Ratio",
  "Aantal inwoners",
  "Almelo",
  "Gerealiseerd",
  "Prognose",
  "Subtotaal investeringen",
  "Karakter",
  "Bedrag",
  "Begrote stijging",
  "Overschot",
  "t/m aug 2025",
  "I",
  "M",
  "S",
  "R",
  "P",
  "G",
  "x (G)",
  "-",
  "1.377",
  "0,7%",
  "-/- 189.000",
  "Actueel begroot",
  "Verschil",
  "2e Berap",
  "1e Berap",
];
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 5e-324, 0),
  fc.boolean(),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#REF!" }, { error: "#N/A" }),
  fc.string({ maxLength: 12 }),
  fc.constant(null)
);
const sheetArb = fc.record({
  name: fc.constantFrom("GGD Twente", "Samenvatting", "Cao", "Blad1", "VTT", "Begroting", ""),
  cells: fc.array(
    fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 10 }), cellValue),
    { maxLength: 150 }
  ),
});

function model(sheets: { name: string; cells: [number, number, CellValue][] }[]): Workbook {
  return {
    sheets: sheets.map((s) => {
      const sheet = new Sheet(s.name);
      for (const [r, c, v] of s.cells)
        sheet.set(r, c, {
          value: v,
          numFmt: typeof v === "number" && r % 3 === 0 ? "0.0%" : undefined,
        });
      return sheet;
    }),
  };
}

const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");

describe("fuzz: the engine never throws", () => {
  it("on 1.000 generated workbooks", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 0, maxLength: 4 }), (sheets) => {
        const result = validateWorkbook(model(sheets), { tolerantie: 1 });
        // No rule may fail on its own (the engine would report that as "kon niet worden uitgevoerd").
        return result.bevindingen.every((f) => !f.bericht.includes("kon niet worden uitgevoerd"));
      }),
      { numRuns: 1000 }
    );
  });

  it("on 300 corrupted copies of the real example (rows deleted, cells replaced)", async () => {
    const example = await readXlsx(fs.readFileSync(EXAMPLE));
    const cells = example.sheets.map((s) => ({
      name: s.name,
      cells: s
        .filledRows()
        .flatMap((r) =>
          s.rowCells(r).map(([c, cell]) => [r, c, cell.value] as [number, number, CellValue])
        ),
    }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), cellValue), { maxLength: 20 }),
        (deletions, replacements) => {
          const copy = cells.map((s) => ({ name: s.name, cells: [...s.cells] }));
          for (const [si, row] of deletions) {
            const s = copy[si % copy.length];
            const victim = s.cells[row % Math.max(1, s.cells.length)]?.[0];
            s.cells = s.cells.filter(([r]) => r !== victim);
          }
          for (const [si, ci, v] of replacements) {
            const s = copy[si % copy.length];
            if (s.cells.length > 0) {
              const i = ci % s.cells.length;
              s.cells[i] = [s.cells[i][0], s.cells[i][1], v];
            }
          }
          return validateWorkbook(model(copy)).bevindingen.every(
            (f) => !f.bericht.includes("kon niet worden uitgevoerd")
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it("on an empty workbook, empty sheets and a huge sheet", () => {
    // Nothing recognised is the main result, not silence.
    for (const empty of [{ sheets: [] }, model([{ name: "Leeg", cells: [] }])]) {
      const result = validateWorkbook(empty);
      expect(result.tabellen).toBe(0);
      expect(result.bevindingen.map((f) => [f.regel, f.ernst])).toEqual([
        ["tabel-niet-herkend", "waarschuwing"],
      ]);
    }
    const huge: [number, number, CellValue][] = [];
    for (let r = 1; r <= 10_000; r++)
      for (let c = 1; c <= 10; c++) huge.push([r, c, (r * c) % 7 === 0 ? "Totaal" : r * c]);
    expect(
      Array.isArray(validateWorkbook(model([{ name: "Groot", cells: huge }])).bevindingen)
    ).toBe(true);
  });
});

describe("fuzz: the command line never throws on corrupted files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "berap-fuzz-"));
  const sink = { write: () => true };
  it("exits 0, 1 or 2 on 60 truncated and bit-flipped copies of the example", async () => {
    const original = fs.readFileSync(EXAMPLE);
    const rng = fc.sample(
      fc.tuple(
        fc.integer({ min: 0, max: original.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean()
      ),
      { numRuns: 60, seed: 42 }
    );
    for (const [at, byte, truncate] of rng) {
      const bytes = Buffer.from(original);
      const damaged = truncate ? bytes.subarray(0, at) : (bytes.writeUInt8(byte, at), bytes);
      const file = path.join(dir, "kapot.xlsx");
      fs.writeFileSync(file, damaged);
      const code = await main([file, "--json"], sink, sink);
      expect([0, 1, 2]).toContain(code);
    }
  }, 120_000);
});
