import { begrotingSaldo } from "../../../src/berap/rules/begroting-saldo";
import { caoTabel } from "../../../src/berap/rules/cao-tabel";
import { foutwaarde } from "../../../src/berap/rules/foutwaarde";
import { onleesbaar } from "../../../src/berap/rules/onleesbaar";
import { tabelNietHerkend } from "../../../src/berap/rules/tabel-niet-herkend";
import { totaalZonderFormule } from "../../../src/berap/rules/totaal-zonder-formule";
import { verdelingGemeenten } from "../../../src/berap/rules/verdeling-gemeenten";
import { doorwerking } from "../../../src/berap/rules/doorwerking";
import { financieringMatrix } from "../../../src/berap/rules/financiering-matrix";
import { investeringen } from "../../../src/berap/rules/investeringen";
import { weerstandsvermogen } from "../../../src/berap/rules/weerstandsvermogen";
import { rolRelatie } from "../../../src/berap/rules/rol-relatie";
import { brief, programmeSheet, run, sheet, workbook } from "../../support/ruleTester";
import { neg, pos } from "./ggdLists";

// By hand: R: I 50; P: M 83; G: I 213 - 105 = 108, S -145. Totals: I 158, M 83, S -145, all 96.
const matrix = (g: (number | string)[]) => [
  [],
  ["Resultaat per financiering"],
  [, "Incidenteel (I)", "Meerjarig (M)", "Structureel (S)", "Totaal"],
  ["R Rijksbijdrage", 50, "-", "-", 50],
  ["P Projecten", "-", 83, "-", 83],
  ["G Gemeentelijke bijdrage", ...g],
  ["Verwacht bedrijfsresultaat", 158, 83, -145, 96],
];

describe("financiering-matrix", () => {
  const build = (g: (number | string)[]) => {
    const s = programmeSheet(
      "GGD Twente",
      pos,
      neg,
      [346, -250],
      [["Verwacht bedrijfsresultaat", 96]]
    );
    return workbook({ ...s, rows: [...s.rows, ...matrix(g)] });
  };

  it("is silent on a matrix that follows from the lists", () => {
    expect(run(financieringMatrix, build([108, "-", -145, -37]))).toEqual([]);
  });

  it("reports a cell that does not follow from the lists, and the row total it breaks", () => {
    // G, I typed as 118 instead of 108: the cell is 10 off, and its row no longer adds up to -37 (118 - 145 = -27).
    expect(brief(run(financieringMatrix, build([118, "-", -145, -37])))).toEqual([
      ["GGD Twente", "B17", "fout", 108, 118],
      ["GGD Twente", "E17", "fout", -27, -37],
      ["GGD Twente", "B18", "fout", 168, 158],
    ]);
  });
});

describe("doorwerking (older layout, rows I/M/S x Voordelig/Nadelig/Totaal)", () => {
  const build = (iRow: number[]) => {
    const s = programmeSheet(
      "VTT",
      pos,
      neg,
      [346, -250],
      [
        ["Verwacht bedrijfsresultaat", 96],
        ["Tekort cao-ontwikkeling", -10],
      ]
    );
    const table = [
      [],
      ["Doorwerking"],
      ["Soort", "Voordelig", "Nadelig", "Totaal"],
      ["Incidenteel", ...iRow],
      ["Meerjarig", 83, 0, 83],
      ["Structureel", 0, -145, -145],
      ["Totaal", 346, -250, 96],
    ];
    return workbook({ ...s, rows: [...s.rows, ...table] });
  };
  // By hand: I voordelig 50 + 213 = 263, nadelig -105, totaal 158.
  it("is silent when the table follows from the lists", () => {
    expect(run(doorwerking, build([263, -105, 158]))).toEqual([]);
  });
  it("reports Voordelig that does not follow, and the Totaal column", () => {
    expect(brief(run([doorwerking, rolRelatie], build([265, -105, 158])))).toEqual([
      ["VTT", "B16", "fout", 263, 265],
      ["VTT", "D16", "fout", 160, 158],
      ["VTT", "B19", "fout", 348, 346],
    ]);
  });
});

describe("cao-tabel", () => {
  const build = (vtt: number[]) =>
    workbook(
      programmeSheet(
        "VTT",
        [["I", "A (G)", 10]],
        [],
        [10, "-"],
        [
          ["Verwacht bedrijfsresultaat", 10],
          ["Overschot cao-ontwikkeling", 163],
        ]
      ),
      sheet("Cao", [
        ["Cao-ontwikkeling"],
        ["Programma", "Stijging salariskosten", "Begrote stijging", "Overschot cao-ontwikkeling"],
        ["VTT", ...vtt],
        ["Subtotaal", ...vtt],
        ["Verwachte stijging baten van derden", 143, 150, -7],
        ["Totaal", vtt[0] - 143, vtt[1] - 150, vtt[2] - 7],
      ])
    );
  it("checks overschot = begroot - stijging (published VTT: 313 - 149 = 164, not 163)", () => {
    // The Subtotaal repeats the row (164 again); the Totaal row gives (313 - 150) - (149 - 143) = 157, where 156 stands.
    expect(brief(run(caoTabel, build([149, 313, 163])))).toEqual([
      ["Cao", "D3", "waarschuwing", 164, 163],
      ["Cao", "D4", "waarschuwing", 164, 163],
      ["Cao", "D6", "waarschuwing", 157, 156],
    ]);
  });
  it("reads the baten row the other way round, and the Totaal as Subtotaal minus baten", () => {
    expect(run(caoTabel, build([150, 313, 163]))).toEqual([]);
  });
  it("compares the programme's figure with the cao line on its sheet", () => {
    expect(brief(run(caoTabel, build([100, 270, 170])))).toEqual([["Cao", "D3", "fout", 163, 170]]);
  });
});

describe("weerstandsvermogen", () => {
  const build = (ratio: number, total: number) =>
    workbook(
      sheet("Weerstand", [
        ["Reserve", "Benodigd", "Beschikbaar", "Ratio"],
        ["Bestemmingsreserve GGD Twente", 1378, 1704, { v: ratio, fmt: "0.0" }],
        ["Algemene reserve", 300, 338, { v: 1.1, fmt: "0.0" }],
        ["Totaal", 1678, total, { v: 1.2, fmt: "0.0" }],
      ])
    );
  it("checks every ratio at the precision shown: 1.704 / 1.378 = 1,24 shown as 1,2", () => {
    expect(run(weerstandsvermogen, build(1.2, 2042))).toEqual([
      expect.objectContaining({
        ernst: "waarschuwing",
        cel: "D4",
        bericht: expect.stringMatching(/boven bandbreedte/),
      }),
    ]);
    expect(brief(run(weerstandsvermogen, build(1.4, 2042)))).toEqual([
      ["Weerstand", "D2", "fout", 1.2, 1.4],
      ["Weerstand", "D4", "waarschuwing", "0.8 - 1", 1.2169],
    ]);
  });
  it("checks the Totaal row", () => {
    expect(brief(run(weerstandsvermogen, build(1.2, 2040))).slice(0, 1)).toEqual([
      ["Weerstand", "C4", "fout", 2042, 2040],
    ]);
  });
});

describe("begroting-saldo", () => {
  it("lasten - baten = saldo, ontwikkeling = last - first, verklaring adds up", () => {
    const wb = workbook(
      sheet("Begroting", [
        ["Begroting", "Lasten", "Baten", "Saldo"],
        ["Begroting voor wijziging", 100, 40, 60],
        ["Begroting actueel", 130, 60, 71],
        ["Ontwikkeling lasten en baten", 30, 20, 11],
        ["Opdracht A", 20, 20, "-"],
        ["Uitbreiding B", 10, "-", 12],
        ["Totaal", 30, 20, 11],
      ])
    );
    // Row 3: 130 - 60 = 70, not 71 (afrondingsverschil); ontwikkeling saldo 71 - 60 = 11 (klopt, from the
    // published saldi) but 30 - 20 = 10 by its own row; row 6: 10 - 0 = 10, not 12; verklaring saldo 0 + 12 = 12, not 11.
    expect(brief(run([begrotingSaldo, rolRelatie], wb))).toEqual([
      ["Begroting", "D3", "waarschuwing", 70, 71],
      ["Begroting", "D4", "waarschuwing", 10, 11],
      ["Begroting", "D6", "fout", 10, 12],
      ["Begroting", "D7", "waarschuwing", 12, 11],
      ["Begroting", "D7", "waarschuwing", 10, 11],
    ]);
  });
});

describe("investeringen", () => {
  it("checks each row, each group and the total", () => {
    const wb = workbook(
      sheet("Investeringen", [
        [
          "Investering",
          "Gerealiseerd t/m sep",
          "Prognose",
          "Subtotaal investeringen",
          "Bijdragen van derden",
          "Totaal investeringen",
        ],
        ["Machines:", 497, 78, 575, -48, 527],
        ["  Telefoons", 131, 0, 131, -48, 83],
        ["  Computers", 366, 78, 444, 0, 444],
        ["Gebouwen:", 56, 54, 110, 0, 110],
        ["  Verbouwingen", 56, 54, 110, 0, 110],
        ["Totaal", 553, 132, 685, -48, 637],
      ])
    );
    // By hand: Machines 131 + 366 = 497, 0 + 78 = 78: klopt. Totaal 497 + 56 = 553, 78 + 54 = 132, 575 + 110 = 685,
    // 527 + 110 = 637: klopt. Computers 366 + 78 = 444: klopt.
    expect(run([investeringen, rolRelatie], wb)).toEqual([]);
    wb.sheets[0].set(4, 4, { value: 445 });
    expect(brief(run([investeringen, rolRelatie], wb))).toEqual(
      [
        ["Investeringen", "D4", "waarschuwing", 444, 445],
        ["Investeringen", "F4", "waarschuwing", 445, 444],
        ["Investeringen", "D2", "waarschuwing", 576, 575],
      ].sort((a, b) => Number(String(a[1]).slice(1)) - Number(String(b[1]).slice(1)))
    );
  });
});

describe("verdeling-gemeenten", () => {
  it("checks each share naar rato (per regel) and the saldo column", () => {
    const wb = workbook(
      sheet("Frictiekosten", [
        ["Bedragen in hele euro's"],
        ["Gemeente", "Aantal inwoners", "Gereserveerd", "Bijgesteld", "Saldo"],
        ["Almelo", 74164, 76966, -11574, 65392],
        ["Borne", 24638, 25570, -3845, 21725],
        ["Totaal", 640787, 665000, -100000, 565000],
      ])
    );
    // Borne: 665.000 x 24.638 / 640.787 = 25.568,98 -> 25.569, so 25.570 is an afrondingsverschil;
    // saldo 25.570 - 3.845 = 21.725 klopt; 565.000 x 24.638 / 640.787 = 21.724,02 -> 21.724 (afrondingsverschil).
    expect(brief(run(verdelingGemeenten, wb))).toEqual([
      ["Frictiekosten", "C4", "waarschuwing", 25569, 25570],
      ["Frictiekosten", "E4", "waarschuwing", 21724, 21725],
    ]);
  });
});

describe("foutwaarde, onleesbaar, totaal-zonder-formule, tabel-niet-herkend", () => {
  const s = programmeSheet(
    "OZJT",
    [
      ["I", "A (G)", { error: "#DIV/0!" }],
      ["I", "B (G)", "veel"],
    ],
    [],
    [{ v: 5, f: "SUM(C6:C7)" }, "-"]
  );
  const wb = workbook(s);
  it("reports Excel error values and text in amount columns", () => {
    expect(brief(run(foutwaarde, wb))).toEqual([["OZJT", "C6", "fout", null, "#DIV/0!"]]);
    expect(brief(run(onleesbaar, wb))).toEqual([["OZJT", "C7", "fout", null, "veel"]]);
  });
  it("reports typed totals as info, not those that are formulas", () => {
    expect(run(totaalZonderFormule, wb)).toEqual([]);
    const typed = workbook(programmeSheet("OZJT", [["I", "A (G)", 5]], [], [5, "-"]));
    expect(brief(run(totaalZonderFormule, typed))).toEqual([["OZJT", "C7", "info", null, 1]]);
  });
  it("says what it could not read", () => {
    const broken = workbook(
      sheet("GGD Twente", [["Positieve ontwikkelingen"], ["Soort", "Bedrag"], ["I", 5]])
    );
    expect(run(tabelNietHerkend, broken).map((f) => [f.cel, f.bericht])).toEqual([
      ["A2", "tabel niet herkend: naast de kolom Soort ontbreekt de kolom Omschrijving"],
      [
        "",
        "Geen Berap-tabel herkend: er is niets gecontroleerd. De controle herkent tabellen aan hun kopjes (zoals Soort | Omschrijving | bedrag, Lasten | Baten | Saldo) en labels.",
      ],
    ]);
  });
});
