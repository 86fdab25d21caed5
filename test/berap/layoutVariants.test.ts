import ExcelJS from "exceljs";
import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { readXlsx } from "../../src/workbook/xlsx";
import { programma, Regel } from "../support/fixtures";

/*
 * Berap layouts drift from year to year. Each variant below is built as a real .xlsx (ExcelJS), read back
 * with the adapter and checked: the tables must be recognized wherever they stand, whatever they are
 * called, and the rules must still find a planted slip.
 */
type Grid = (string | number | null | undefined)[][];

async function xlsx(
  sheets: { name: string; at?: [number, number]; rows: Grid; merges?: string[] }[]
) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const [r0, c0] = s.at ?? [1, 1];
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => v !== undefined && v !== null && (ws.getCell(r0 + r, c0 + c).value = v))
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const ggd = programma("GGD Twente");
const blok = ggd.blokken[0];
const item = ([s, o, f, b]: Regel) => [s, `${o} (${f})`, b ?? "-"];

/** The GGD lists side by side with the given titles, as rows. */
function lists(titles: [string, string], totals: [number, number] = [1413, -1114]): Grid {
  const rows: Grid = [
    [titles[0], , , , titles[1]],
    ["Soort", "Omschrijving", "x EUR 1.000", , "Soort", "Omschrijving", "x EUR 1.000"],
  ];
  for (let i = 0; i < Math.max(blok.positief.length, blok.negatief.length); i++) {
    rows.push([
      ...(blok.positief[i] ? item(blok.positief[i]) : [, , ,]),
      undefined,
      ...(blok.negatief[i] ? item(blok.negatief[i]) : []),
    ]);
  }
  rows.push([, "Totaal", totals[0], , , "Totaal", totals[1]]);
  return rows;
}

const matrix: Grid = [
  ["Resultaat per financiering"],
  [, "Incidenteel (I)", "Meerjarig (M)", "Structureel (S)", "Totaal"],
  ["R Rijksbijdragen", 50, 163, "-", 213],
  ["P Projecten", "-", 83, "-", 83],
  ["G Gemeentelijke bijdragen", 223, -2, -218, 3],
  ["Verwacht bedrijfsresultaat", 273, 244, -218, 299],
];

const nonInfo = (wb: Awaited<ReturnType<typeof xlsx>>) =>
  validateWorkbook(wb)
    .bevindingen.filter((f) => f.ernst !== "info")
    .map((f) => [f.regel, f.blad, f.cel, f.ernst, f.verwacht, f.gevonden]);

describe("layout variants", () => {
  it("older layout: voordelig/nadelig titles, 'Tekort cao-ontwikkeling' and a doorwerking table", async () => {
    // Doorwerking by hand from the GGD lists: I voordelig 174 + 50 + 213 + 76 + 562 = 1.075, nadelig
    // -44 - 91 - 105 - 562 = -802; M 92 + 83 + 163 = 338 and -94; S 0 and -145 - 73 = -218. Totals 1.413, -1.114, 299.
    // Planted slip: M Totaal typed as 245 instead of 338 - 94 = 244.
    const rows: Grid = [
      ["Programma GGD Twente"],
      ["Bedragen x EUR 1.000"],
      [],
      ...lists(["Voordelige ontwikkelingen", "Nadelige ontwikkelingen"]),
      [],
      [, "Verwacht bedrijfsresultaat", 299],
      [, "Tekort cao-ontwikkeling", -100],
      [, "Verwacht jaarrekeningresultaat", 199],
      [],
      ["Doorwerking"],
      ["Soort", "Voordelig", "Nadelig", "Totaal"],
      ["Incidenteel", 1075, -802, 273],
      ["Meerjarig", 338, -94, 245],
      ["Structureel", 0, -218, -218],
      ["Totaal", 1413, -1114, 299],
    ];
    const wb = await xlsx([{ name: "Blad1", rows }]);
    const berap = recognizeBerap(wb);
    expect(
      berap.programmes.map((p) => [p.name, p.lists.length, p.doorwerking?.rows.length])
    ).toEqual([["GGD Twente", 2, 4]]);
    expect(nonInfo(wb)).toEqual([
      ["rol-relatie", "Blad1", "D24", "waarschuwing", 244, 245],
      ["doorwerking", "Blad1", "D26", "waarschuwing", 300, 299],
    ]);
  });

  it("drifted labels: 'VTT' sheet, 'Rijksbijdragen', 'Bestuur en Ondersteuning' in the summary", async () => {
    const vtt = programma("Veilig Thuis Twente").blokken[0];
    const rows: Grid = [
      ["VTT"],
      ["x € 1.000"],
      [],
      ["Positieve ontwikkelingen", , , , "Negatieve ontwikkelingen"],
    ];
    rows.push(["Soort", "Omschrijving", "Bedrag", , "Soort", "Omschrijving", "Bedrag"]);
    for (let i = 0; i < 4; i++)
      rows.push([
        ...(vtt.positief[i] ? item(vtt.positief[i]) : [, , ,]),
        undefined,
        ...(vtt.negatief[i] ? item(vtt.negatief[i]) : []),
      ]);
    rows.push(
      [, "Totaal", 332, , , "Totaal", -350],
      [],
      [, "Verwacht bedrijfsresultaat", -18],
      [, "Overschot op de cao-ontwikkeling", 163],
      [, "Verwacht jaarrekeningresultaat", 145]
    );
    const summary: Grid = [
      [
        "Programma",
        "Verwacht bedrijfsresultaat",
        "Cao ontwikkeling",
        "Verwacht resultaat incl. cao ontwikkeling",
        "Verwacht voordeel rente schatkistbankieren",
        "Verwacht jaarrekening resultaat",
      ],
      ["Veilig Thuis Twente", -18, 163, 145, "-", 145],
      ["Totaal", -18, 163, 145, "-", 145],
    ];
    const wb = await xlsx([
      { name: "VTT", rows },
      { name: "Overzicht", rows: summary },
    ]);
    expect(recognizeBerap(wb).programmes.map((p) => p.name)).toEqual(["Veilig Thuis Twente"]);
    expect(nonInfo(wb)).toEqual([]);
    // And a slip in the summary is caught against the VTT sheet: -20 instead of -18.
    summary[1][1] = -20;
    const slipped = nonInfo(
      await xlsx([
        { name: "VTT", rows },
        { name: "Overzicht", rows: summary },
      ])
    );
    expect(slipped).toContainEqual(["samenvatting", "Overzicht", "B2", "fout", -18, -20]);
  });

  it("tables moved: lists from C20, Dutch numbers as text, matrix to the right of the lines", async () => {
    const moved = lists(
      ["Positieve ontwikkelingen", "Negatieve ontwikkelingen"],
      [1413, -1114]
    ).map((row) => row.map((v) => (typeof v === "number" ? v.toLocaleString("nl-NL") : v)));
    const wb = await xlsx([
      {
        name: "GGD Twente",
        at: [20, 3],
        rows: [...moved, [], [, "Verwacht bedrijfsresultaat", "299"]],
      },
      { name: "GGD Twente matrix", at: [3, 12], rows: matrix },
    ]);
    const berap = recognizeBerap(wb);
    expect(berap.programmes).toHaveLength(1);
    expect(berap.programmes[0].sheets).toEqual(["GGD Twente", "GGD Twente matrix"]);
    expect(nonInfo(wb)).toEqual([]);
  });

  it("merged titles and labels are read from their top-left cell", async () => {
    const rows: Grid = [
      ["GGD Twente"],
      [UNIT],
      [],
      ...lists(["Positieve ontwikkelingen", "Negatieve ontwikkelingen"], [1413, -1115]),
      [],
      [, "Verwacht bedrijfsresultaat", 299],
      [],
      ...matrix,
    ];
    const wb = await xlsx([
      { name: "Programma 1", rows, merges: ["A1:G1", "A4:C4", "E4:G4", "B30:C30"] },
    ]);
    expect(
      recognizeBerap(wb).programmes.map((p) => [p.name, p.lists.length, p.matrix?.rows.length])
    ).toEqual([["GGD Twente", 2, 4]]);
    // 299 = 1413 - 1114 from the items: the line is right, only the typed Totaal -1115 is a slip.
    expect(nonInfo(wb)).toEqual([
      ["lijst-totaal", "Programma 1", "G15", "waarschuwing", -1114, -1115],
    ]);
  });

  it("a sheet with several tables and a blank spacer row inside a list", async () => {
    const spaced = lists(["Positieve ontwikkelingen", "Negatieve ontwikkelingen"]);
    spaced.splice(5, 0, []);
    const wb = await xlsx([
      {
        name: "GGD Twente",
        rows: [...spaced, [], [, "Verwacht bedrijfsresultaat", 299], [], ...matrix],
      },
    ]);
    expect(recognizeBerap(wb).programmes[0].lists.map((l) => l.items.length)).toEqual([9, 8]);
    expect(nonInfo(wb)).toEqual([]);
  });
});

const UNIT = "Bedragen x EUR 1.000";
