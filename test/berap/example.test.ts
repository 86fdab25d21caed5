import * as fs from "fs";
import * as path from "path";
import { validateWorkbook } from "../../src/berap";
import { readXlsx } from "../../src/workbook/xlsx";
import { berapLayout } from "../../scripts/berapLayout";
import { writeLayout } from "../../scripts/writeLayout";
import { berap2025, ROOT_DIR } from "../support/fixtures";

/*
 * The bundled example is the published 2e Berap 2025, slips included. Every slip below was found by hand
 * from berap-2025-2.json (the sums are written out); the engine must report exactly these as
 * afrondingsverschil or fout, with verwacht and gevonden, and nothing else but info.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");

type Slip = [
  sheet: string,
  verwacht: number,
  gevonden: number,
  ernst: "fout" | "waarschuwing",
  why: string,
];
const SLIPS: Slip[] = [
  ["Samenvatting", 0.53, 0.52, "waarschuwing", "toelichting: 193 / 364 = 53,0%, published 52%"],
  [
    "Samenvatting",
    0.68,
    0.69,
    "waarschuwing",
    "toelichting: subtotaal GGD 52 + 29 - 13 = 68%, published 69%",
  ],
  [
    "Samenvatting",
    0.06,
    0.05,
    "waarschuwing",
    "toelichting: subtotaal VTT 9 + 9 - 12 = 6%, published 5%",
  ],
  ["Cao", 562, 563, "waarschuwing", "cao table GGD 563 against the cao line 562 on the GGD sheet"],
  ["Cao", 164, 163, "waarschuwing", "cao table VTT: 313 - 149 = 164, published 163"],
  [
    "Cao",
    927,
    928,
    "waarschuwing",
    "cao subtotaal stijging: 554 + 50 + 149 + 174 = 927, published 928",
  ],
  [
    "Investeringen",
    26,
    27,
    "waarschuwing",
    "overige materiële vaste activa gerealiseerd: 10 + 16 = 26, published 27",
  ],
  [
    "Investeringen",
    54,
    53,
    "waarschuwing",
    "overige materiële vaste activa: 27 + 27 = 54, published 53",
  ],
  ["Investeringen", 739, 738, "waarschuwing", "totaal: 580 + 159 = 739, published subtotaal 738"],
  // One slip, one finding: the row (738 - 48) and the column (527 + 53 + 110) both give 690.
  [
    "Investeringen",
    690,
    691,
    "waarschuwing",
    "totaal: 738 - 48 = 527 + 53 + 110 = 690, published 691",
  ],
  [
    "Begroting",
    42138,
    42137,
    "waarschuwing",
    "2e wijziging: 71.520 - 29.382 = 42.138, published 42.137",
  ],
  [
    "Begroting",
    9955,
    9954,
    "waarschuwing",
    "ontwikkeling lasten: 72.836 - 62.881 = 9.955, published 9.954",
  ],
  ["Begroting", 437, 438, "waarschuwing", "ontwikkeling saldo: 9.954 - 9.517 = 437, published 438"],
  ["Begroting", 9518, 9517, "waarschuwing", "verklaring baten add up to 9.518, published 9.517"],
  [
    "Begroting",
    436,
    438,
    "fout",
    "verklaring saldo: 12 - 151 - 2 - 238 + 365 + 12 + 688 - 250 = 436, published 438",
  ],
  ["Begroting", 437, 438, "waarschuwing", "totaal: 9.954 - 9.517 = 437, published saldo 438"],
  [
    "Begroting",
    61465,
    61464,
    "waarschuwing",
    "lasten prognose: 37.774 + 3.727 + 7.130 + 12.834 = 61.465, published 61.464",
  ],
  [
    "Begroting",
    -377,
    -376,
    "waarschuwing",
    "lasten subtotaal verschil: 61.464 - 61.841 = -377, published -376",
  ],
  [
    "Begroting",
    41197,
    41198,
    "waarschuwing",
    "saldo prognose: 61.464 - 20.267 = 41.197, published 41.198",
  ],
  [
    "Personeel",
    0.071,
    0.072,
    "waarschuwing",
    "verzuim 2023: 0,7 + 0,6 + 5,8 = 7,1%, published 7,2%",
  ],
  [
    "Personeel",
    0.066,
    0.065,
    "waarschuwing",
    "verzuim 2025: 0,7 + 0,5 + 5,4 = 6,6%, published 6,5%",
  ],
  [
    "Frictiekosten",
    34142,
    34143,
    "waarschuwing",
    "Almelo saldo: 76.966 - 11.574 - 31.250 = 34.142, published 34.143",
  ],
];

describe("the bundled 2e Berap 2025 example", () => {
  let result: ReturnType<typeof validateWorkbook>;
  beforeAll(async () => {
    result = validateWorkbook(await readXlsx(fs.readFileSync(EXAMPLE)));
  });

  it("reports exactly the published report's own slips, with verwacht and gevonden", () => {
    const slips = result.bevindingen
      .filter((f) => f.ernst !== "info")
      .map((f) => [f.blad, f.verwacht, f.gevonden, f.ernst])
      .sort();
    expect(slips).toEqual(SLIPS.map(([s, v, g, e]) => [s, v, g, e]).sort());
    expect(result.samenvatting).toMatchObject({ fouten: 1, waarschuwingen: SLIPS.length - 1 });
  });

  it("has no finding at all on the tables that are consistent", () => {
    const sheets = new Set(result.bevindingen.filter((f) => f.ernst !== "info").map((f) => f.blad));
    for (const consistent of [
      "GGD Twente",
      "OZJT",
      "Veilig Thuis Twente",
      "Bestuur & Ondersteuning",
      "Weerstandsvermogen",
    ]) {
      expect(sheets.has(consistent)).toBe(false);
    }
  });

  it("recognizes every table of the report", async () => {
    const { recognizeBerap } = await import("../../src/berap");
    const berap = recognizeBerap(await readXlsx(fs.readFileSync(EXAMPLE)));
    expect(berap.problems).toEqual([]);
    expect(berap.programmes.map((p) => [p.name, p.lists.length, p.matrix !== undefined])).toEqual([
      ["GGD Twente", 2, true],
      ["OZJT", 2, true],
      ["Veilig Thuis Twente", 2, true],
      ["Bestuur & Ondersteuning", 4, true],
    ]);
    expect(berap.grids.map((g) => g.kind).sort()).toEqual(
      [
        "projectenbudget",
        "samenvatting",
        "financieringsmatrix",
        "vergelijking",
        "toelichting-verschillen",
        "cao",
        "weerstandsvermogen",
        "investeringen",
        "ontwikkeling-begroting",
        "taakstellingen",
        "lasten-baten",
        "lasten-baten",
        "ziekteverzuim",
        "verdeling",
      ].sort()
    );
  });

  it("is what scripts/make-examples writes from the fixture (regenerate with npm run examples)", async () => {
    const fresh = await writeLayout(berapLayout(berap2025)).xlsx.writeBuffer();
    const a = await readXlsx(new Uint8Array(fresh as ArrayBuffer));
    const b = await readXlsx(fs.readFileSync(EXAMPLE));
    const dump = (wb: typeof a) =>
      wb.sheets.map((s) => [
        s.name,
        s.filledRows().map((r) => s.rowCells(r).map(([c, cell]) => [c, cell.value, cell.numFmt])),
      ]);
    expect(dump(a)).toEqual(dump(b));
  });
});
