import { recognizeBerap, validateWorkbook } from "../../../src/berap";
import { exampleWorkbook } from "../../../src/berap/rules/examples";
import { wijzigingTabellen } from "../../../src/berap/rules/wijziging-tabellen";
import { sheet, TestCell, testRule, workbook } from "../../support/ruleTester";

/*
 * A begrotingswijziging as three tables with the same row labels, x € 1.000. By hand:
 *   GGD Twente  voor 38.110 | 13.888 | 24.222   wijziging 120 | 120 | 0     na 38.230 | 14.008 | 24.222
 *   OZJT        voor  3.539 |    578 |  2.961   wijziging -45 | -45 | -     na  3.494 |    533 |  2.961
 *   VTT         voor 11.800 |  1.600 | 10.200   wijziging  50 |   0 | 50    na 11.850 |  1.600 | 10.250
 *   Totaal      voor 53.449 | 16.066 | 37.383   wijziging 125 |  75 | 50    na 53.574 | 16.141 | 37.433
 * (each column adds up: 38.110 + 3.539 + 11.800 = 53.449, 120 - 45 + 50 = 125, 38.230 + 3.494 + 11.850 = 53.574;
 * lasten - baten = saldo on every row: 53.574 - 16.141 = 37.433.)
 */
type Row = [string, TestCell, TestCell, TestCell];
const VOOR: Row[] = [
  ["GGD Twente", 38110, 13888, 24222],
  ["OZJT", 3539, 578, 2961],
  ["VTT", 11800, 1600, 10200],
  ["Totaal", 53449, 16066, 37383],
];
const WIJZIGING: Row[] = [
  ["GGD Twente", 120, 120, 0],
  ["OZJT", -45, -45, "-"],
  ["VTT", 50, "-", 50],
  ["Totaal", 125, 75, 50],
];
const NA: Row[] = [
  ["GGD Twente", 38230, 14008, 24222],
  ["OZJT", 3494, 533, 2961],
  ["VTT", 11850, 1600, 10250],
  ["Totaal", 53574, 16141, 37433],
];
const table = (title: string, rows: Row[], header = ["Programma", "Lasten", "Baten", "Saldo"]) => [
  [title],
  header,
  ...rows,
  [],
];

/** The three tables one below the other on one sheet. */
const stacked = (na: Row[] = NA, wijziging: Row[] = WIJZIGING) =>
  workbook(
    sheet("Begrotingswijziging", [
      ["2e begrotingswijziging 2025"],
      ["Bedragen x € 1.000"],
      [],
      ...table("Begroting voor wijziging", VOOR),
      ...table("Wijziging", wijziging),
      ...table("Begroting na wijziging", na),
    ])
  );

/** Each on its own sheet, with the synonyms of other years and the rows in another order. */
const separateSheets = (na: Row[] = NA) =>
  workbook(
    sheet("Primitief", table("Primitieve begroting 2025", [VOOR[2], VOOR[0], VOOR[1], VOOR[3]])),
    sheet(
      "Mutaties",
      table("Mutaties", [
        WIJZIGING[1],
        WIJZIGING[0],
        ["Veilig Thuis Twente", 50, "-", 50],
        WIJZIGING[3],
      ])
    ),
    sheet("Bijgesteld", table("Bijgestelde begroting 2025", na))
  );

/** Side by side on one sheet, a spacer column between them, each with its own title above it. */
const sideBySide = (
  na: Row[] = NA,
  wijziging: Row[] = [WIJZIGING[1], WIJZIGING[2], WIJZIGING[0], WIJZIGING[3]]
) => {
  const parts = [
    table("Begroting voor wijziging", VOOR),
    table("Wijziging", wijziging),
    table("Begroting na wijziging", na),
  ];
  // Each table four columns wide (Programma, Lasten, Baten, Saldo), then one empty spacer column.
  const widened = (row: TestCell[] = []) => [0, 1, 2, 3, 4].map((c) => row[c]);
  const rows: TestCell[][] = [["Bedragen x € 1.000"], []];
  for (let r = 0; r < parts[0].length; r++) rows.push(parts.flatMap((p) => widened(p[r])));
  return workbook(sheet("Wijziging", rows));
};

/*
 * The coalitions, budget-neutral (lasten = baten, saldo 0), whole euros. By hand, na = voor + wijziging:
 *   Kennispunt Twente  2.145.000 + 96.500 = 2.241.500;  Twentse Koers 1.380.250 - 150.000 = 1.230.250;
 *   Samen14            612.400 + 23.875 = 636.275;      Totaal 4.137.650 - 29.625 = 4.108.025.
 * The na table prints them as "… (CoW)" in another order, the change table Samen14 as "Coalition of the
 * Willing"; before, these were six rows that matched nothing (six waarschuwingen).
 */
const coalitions = (samen14Na: TestCell = 636275) =>
  workbook(
    sheet("Coalities", [
      ["Begrotingswijziging coalities 2026"],
      ["Bedragen in €"],
      [],
      ...table("Begroting voor wijziging", [
        ["Kennispunt Twente", 2145000, 2145000, 0],
        ["Twentse Koers", 1380250, 1380250, 0],
        ["Samen14", 612400, 612400, 0],
        ["Totaal", 4137650, 4137650, 0],
      ]),
      ...table("Wijziging", [
        ["Kennispunt Twente", 96500, 96500, 0],
        ["Twentse Koers", -150000, -150000, 0],
        ["Coalition of the Willing", 23875, 23875, 0],
        ["Totaal", -29625, -29625, 0],
      ]),
      ...table("Begroting na wijziging", [
        ["Samen14 (CoW)", samen14Na, 636275, 0],
        ["Twentse Koers (CoW)", 1230250, 1230250, 0],
        ["Kennispunt Twente (CoW)", 2241500, 2241500, 0],
        ["Totaal", 4108025, 4108025, 0],
      ]),
    ])
  );

/*
 * Two rows that differ only by their financing code, each its own row: "Overige (R)" and "Overige (G)".
 * By hand: (R) 500 + 20 = 520, (G) 300 + 10 = 310; Totaal 800 + 30 = 830.
 */
const codes = (gNa: TestCell = 310) =>
  workbook(
    sheet("Codes", [
      ...table("Begroting voor wijziging", [
        ["Overige (R)", 500, 500, 0],
        ["Overige (G)", 300, 0, 300],
        ["Totaal", 800, 500, 300],
      ]),
      ...table("Wijziging", [
        ["Overige (G)", 10, 0, 10],
        ["Overige (R)", 20, 20, 0],
        ["Totaal", 30, 20, 10],
      ]),
      ...table("Begroting na wijziging", [
        ["Overige (R)", 520, 520, 0],
        ["Overige (G)", gNa, 0, 310],
        ["Totaal", 830, 520, 310],
      ]),
    ])
  );

testRule(wijzigingTabellen, {
  valid: [
    {
      name: "de coalities als 'Samen14 (CoW)' en 'Coalition of the Willing', andere volgorde",
      workbook: () => coalitions(),
    },
    { name: "'Overige (R)' en 'Overige (G)' elk met zichzelf gekoppeld", workbook: () => codes() },
    { name: "drie tabellen onder elkaar", workbook: () => stacked() },
    {
      name: "elk op een eigen blad, synoniemen, andere volgorde, VTT en Veilig Thuis Twente",
      workbook: () => separateSheets(),
    },
    { name: "naast elkaar, de wijziging in een andere volgorde", workbook: () => sideBySide() },
    {
      name: "het eigen voorbeeld",
      workbook: () => exampleWorkbook(wijzigingTabellen.meta.voorbeelden!.klopt),
    },
    {
      name: "één begrotingstabel zonder voor/na in de titel: niets te koppelen",
      workbook: () => workbook(sheet("Begroting", table("Ontwikkeling begroting 2025", VOOR))),
    },
  ],
  invalid: [
    {
      // Samen14 (CoW) na lasten 637.275, but 612.400 + 23.875 = 636.275: the row is matched, a fout of
      // 1.000 at B20 (rows: 3 above, 7 per table; the na header is row 19).
      name: "coalities: Samen14 (CoW) lasten na 637.275 in plaats van 636.275",
      workbook: () => coalitions(637275),
      errors: [{ cel: "B20", ernst: "fout", verwacht: 636275, gevonden: 637275 }],
    },
    {
      // Overige (G) na lasten 320, but 300 + 10 = 310 (and never 500 + 20 of the (R) row): B16 (tables of
      // six rows from row 1: the na title is row 13, its header 14, Overige (R) 15).
      name: "'Overige (G)' lasten na 320: gekoppeld met (G), niet met (R)",
      workbook: () => codes(320),
      errors: [{ cel: "B16", ernst: "fout", verwacht: 310, gevonden: 320 }],
    },
    {
      // GGD Twente na lasten 38.330, but 38.110 + 120 = 38.230: a fout of 100. Rows: 3 above the tables, then
      // 7 per table (title, header, 4 rows, blank): the na header is row 19, GGD Twente row 20.
      name: "onder elkaar: GGD Twente lasten na wijziging 38.330 in plaats van 38.230",
      workbook: () => stacked([["GGD Twente", 38330, 14008, 24222], ...NA.slice(1)]),
      errors: [{ cel: "B20", ernst: "fout", verwacht: 38230, gevonden: 38330 }],
    },
    {
      // Bijgesteld saldo Totaal 37.434 where 37.383 + 50 = 37.433: an afrondingsverschil of 1, in D6.
      name: "eigen bladen: saldo Totaal na 37.434, 1 te veel",
      workbook: () => separateSheets([...NA.slice(0, 3), ["Totaal", 53574, 16141, 37434]]),
      errors: [
        { blad: "Bijgesteld", cel: "D6", ernst: "waarschuwing", verwacht: 37433, gevonden: 37434 },
      ],
    },
    {
      // The change table lacks VTT: one waarschuwing at VTT's label in the first table (row 8: title 4,
      // header 5, GGD 6, OZJT 7), no fout.
      name: "de wijziging noemt VTT niet: een waarschuwing over de tabel, geen fout",
      workbook: () => stacked(NA, [WIJZIGING[0], WIJZIGING[1], WIJZIGING[3]]),
      errors: [{ cel: "A8", ernst: "waarschuwing", messageId: "regelOntbreekt" }],
    },
    {
      name: "voor en na zonder wijziging: een waarschuwing dat niet gecontroleerd is",
      workbook: () =>
        workbook(
          sheet("Begroting", [
            ...table("Primitieve begroting 2025", VOOR),
            ...table("Bijgestelde begroting 2025", NA),
          ])
        ),
      errors: [{ cel: "A2", ernst: "waarschuwing", messageId: "nietTeKoppelen" }],
    },
    {
      // The rule's own inconsistent example: Na!B3 38.330 where 38.110 + 120 = 38.230.
      name: "het eigen voorbeeld",
      workbook: () => exampleWorkbook(wijzigingTabellen.meta.voorbeelden!.kloptNiet),
      errors: [{ blad: "Na", cel: "B3", ernst: "fout", verwacht: 38230, gevonden: 38330 }],
    },
  ],
});

describe("wijziging-tabellen in every layout", () => {
  it("reads the three tables as three tables, each with its phase in the title", () => {
    for (const wb of [stacked(), separateSheets(), sideBySide()])
      expect(recognizeBerap(wb).grids.map((g) => [g.kind, g.title])).toEqual([
        ["ontwikkeling-begroting", expect.stringMatching(/voor wijziging|Primitieve/)],
        ["ontwikkeling-begroting", expect.stringMatching(/^(Wijziging|Mutaties)$/)],
        ["ontwikkeling-begroting", expect.stringMatching(/na wijziging|Bijgestelde/)],
      ]);
  });

  it("gives no fout with all rules on a consistent workbook, whatever the layout", () => {
    for (const wb of [stacked(), separateSheets(), sideBySide()])
      expect(
        validateWorkbook(wb)
          .bevindingen.filter((f) => f.ernst !== "info")
          .map((f) => [f.regel, f.blad, f.cel])
      ).toEqual([]);
  });

  it("finds the same slip in every layout: the na lasten of GGD Twente 100 too high", () => {
    const slip: Row[] = [["GGD Twente", 38330, 14008, 24222], ...NA.slice(1)];
    const wbs = [stacked(slip), separateSheets(slip), sideBySide(slip)];
    for (const wb of wbs)
      expect(
        validateWorkbook(wb, { rules: [wijzigingTabellen] })
          .bevindingen.filter((f) => f.regel === "wijziging-tabellen")
          .map((f) => [f.ernst, f.verwacht, f.gevonden])
      ).toEqual([["fout", 38230, 38330]]);
  });
});

/*
 * Titles as printed in a real wijziging (found by a tester laying out workbooks by other hands): words between
 * "vóór"/"na" and the change ("vóór de 5e begrotingswijziging"), an accent on vóór. The GGD Twente na lasten
 * 38.330 is 100 too high: 38.110 + 120 = 38.230 (the same slip as above).
 */
describe("wijziging-tabellen with printed titles", () => {
  const printed = (na: Row[]) =>
    workbook(
      sheet("5e wijziging", [
        ...table("Begroting 2025 vóór de 5e begrotingswijziging", VOOR),
        ...table("5e begrotingswijziging 2025 (technisch)", WIJZIGING),
        ...table("Begroting 2025 na de 5e begrotingswijziging", na),
      ])
    );
  const fouten = (na: Row[]) =>
    validateWorkbook(printed(na), { rules: [wijzigingTabellen] })
      .bevindingen.filter((f) => f.regel === "wijziging-tabellen")
      .map((f) => [f.ernst, f.cel, f.verwacht, f.gevonden]);

  it("pairs the three tables and finds the slip", () => {
    expect(fouten([["GGD Twente", 38330, 14008, 24222], ...NA.slice(1)])).toEqual([
      // Each table is 7 rows (title, header, 4 rows, blank): the na table starts at row 15, GGD Twente is row 17.
      ["fout", "B17", 38230, 38330],
    ]);
  });

  it("says nothing about the consistent tables", () => {
    expect(fouten(NA)).toEqual([]);
  });
});
