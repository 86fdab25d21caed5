import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { claims } from "../support/claims";
import { programmeSheet, sheet, TestCell, workbook } from "../support/ruleTester";
import { ggdNegatief, ggdPositief } from "./rules/ggdLists";

/*
 * Layouts by other hands, a sixth round (two testers building P&C tables as controllers print them): each
 * case is the layout feature reduced to a small workbook built here, with its figures by hand. A consistent
 * table gives no fout; a slip gives exactly the finding the hand calculation predicts, once.
 */

const fouten = (wb: ReturnType<typeof workbook>) =>
  validateWorkbook(wb).bevindingen.filter((f) => f.ernst === "fout");

/*
 * A2. A taakvelden table whose Verschil is begroting - prognose (voordelig positive, with a V/N column).
 *     By hand: 1.200 - 1.150 = 50 V; 2.400 - 2.480 = -80 N; 800 - 790 = 10 V; 4.400 - 4.420 = -20 N.
 */
describe("A2. verschil = begroting - prognose", () => {
  const table = (verschil: TestCell) =>
    workbook(
      sheet("Taakvelden", [
        ["Taakveld", "Begroting 2025", "Prognose 2025", "Verschil", "V/N"],
        ["6.72 Maatwerkdienstverlening 18-", "1.200", "1.150", verschil, "V"],
        ["7.1 Volksgezondheid", "2.400", "2.480", "-80", "N"],
        ["1.2 Openbare orde en veiligheid", "800", "790", "10", "V"],
        ["Totaal", "4.400", "4.420", "-20", "N"],
      ])
    );
  it("reads the sign from the rows and finds no fout", () => {
    expect(claims(table("50"))).toEqual([]);
  });
  it("finds 40 where 1.200 - 1.150 = 50", () => {
    expect(claims(table("40"))).toEqual([["D2", "fout", 50, 40]]);
  });
});

/*
 * A3. Lasten | Baten | Saldo with the saldo as baten - lasten (the municipal sign: a bijdrage is negative).
 *     By hand: 13.888 - 38.110 = -24.222; 578 - 3.539 = -2.961; 2.965 - 7.172 = -4.207;
 *     1.835 - 13.020 = -11.185; 19.266 - 61.841 = -42.575.
 */
describe("A3. saldo = baten - lasten", () => {
  const table = (vtt: number) =>
    workbook(
      sheet("Programma", [
        ["Nr", "Programma", "Lasten", "Baten", "Saldo"],
        ["1", "GGD Twente", 38110, 13888, -24222],
        ["2", "OZJT", 3539, 578, -2961],
        ["3", "Veilig Thuis Twente", 7172, 2965, vtt],
        ["4", "Bestuur & Ondersteuning", 13020, 1835, -11185],
        [null, "Totaal", 61841, 19266, -42575],
      ])
    );
  it("reads the sign from the rows and finds no fout", () => {
    expect(fouten(table(-4207))).toEqual([]);
  });
  it("finds -4.027 where 2.965 - 7.172 = -4.207", () => {
    expect(claims(table(-4027))).toEqual([["E4", "fout", -4207, -4027]]);
  });
});

/*
 * A6. "Tekort cao ontwikkeling" printed without a sign (an older layout).
 *     By hand: 174 + 92 = 266, -145 - 44 = -189, bedrijfsresultaat 77; a tekort of 210: 77 - 210 = -133.
 */
describe("A6. a cao tekort printed as a positive figure", () => {
  const ggd = (incl: number) =>
    workbook(
      programmeSheet(
        "GGD Twente",
        ggdPositief,
        ggdNegatief,
        [266, -189],
        [
          ["Verwacht bedrijfsresultaat", 77],
          ["Tekort cao ontwikkeling", 210],
          ["Verwacht resultaat incl. cao ontwikkeling", incl],
        ]
      )
    );
  it("subtracts the tekort and finds no fout", () => {
    expect(fouten(ggd(-133))).toEqual([]);
  });
  it("finds 287 (the tekort added) where 77 - 210 = -133", () => {
    expect(claims(ggd(287)).filter((c) => c[1] === "fout")).toEqual([["C12", "fout", -133, 287]]);
  });
});

/*
 * 8c. A begrotingswijziging headed "Primitieve begroting | Begrotingswijzigingen | Begroting na wijziging"
 *     (or "Begroting primitief | Mutatie | Bijgestelde begroting").
 *     By hand: 25.610 + 120 = 25.730; 5.100 + 55 = 5.155; 30.710 + 175 = 30.885 (120 + 55 = 175).
 */
describe("8c. begrotingswijziging headers as other hands write them", () => {
  const table = (headers: string[], ozjt: number) =>
    workbook(
      sheet("Wijziging", [
        ["Begrotingswijziging 2025"],
        ["Programma", ...headers],
        ["GGD Twente", 25610, 120, 25730],
        ["OZJT", 5100, ozjt, 5155],
        ["Totaal", 30710, 175, 30885],
      ])
    );
  it.each([
    [["Primitieve begroting", "Begrotingswijzigingen", "Begroting na wijziging"]],
    [["Begroting primitief", "Mutatie", "Bijgestelde begroting"]],
  ])(
    "finds the wijziging typed 65 where 5.155 - 5.100 = 55 (and 175 - 120 = 55): %p",
    (headers) => {
      expect(claims(table(headers, 55))).toEqual([]);
      expect(claims(table(headers, 65))).toEqual([["C4", "fout", 55, 65]]);
    }
  );
});

/*
 * A4. A projectenbudget with a Verschil column.
 *     By hand: projects -36 - 33 - 55 - 170 - 28 = -322 and -43 - 35 - 38 - 176 - 28 = -320; verschil
 *     -7 - 2 + 17 - 6 + 0 = 2; verwacht saldo 322 - 322 = 0 ("-"), 322 - 320 = 2, verschil 2.
 */
describe("A4. a projectenbudget with a Verschil column", () => {
  const table = (totaalPrognose: number) =>
    workbook(
      sheet("OZJT projecten", [
        ["Project", "Begroting 2025", "Prognose 2025", "Verschil"],
        ["Projecten-/werkbudget beschikbaar", 322, 322, "-"],
        ["Opdracht strategische inkoopteam jeugd", -36, -43, -7],
        ["Implementatie inkoop Jeugdhulp - fase 'nazorg'", -33, -35, -2],
        ["Projectleider uitloopwerkzaamheden inkoop", -55, -38, 17],
        ["Project indicatoren - 2025", -170, -176, -6],
        ["Overhead Coördinatiepunt Wonen en Verblijf", -28, -28, "-"],
        ["Totaal", -322, totaalPrognose, 2],
        ["Verwacht saldo", "-", 2, 2],
      ])
    );
  it("leaves the beschikbaar budget out of the Totaal and finds no fout", () => {
    expect(fouten(table(-320))).toEqual([]);
  });
  it("finds a Totaal prognose of -330 where the projects give -320, once", () => {
    expect(claims(table(-330))).toEqual([["C8", "fout", -320, -330]]);
  });
});

/*
 * A5. Ziekteverzuim per programma with fte: the Totaal is the rate over all fte, never the sum of the rates.
 *     By hand: (412,5 x 6,1 + 25 x 4,0 + 88 x 7,5 + 110,5 x 5,2) / 636 = (2.516,25 + 100 + 660 + 574,6) / 636
 *     = 3.850,85 / 636 = 6,05%, shown as 6,1%; the plain mean (6,1 + 4,0 + 7,5 + 5,2) / 4 = 5,7%.
 */
describe("A5. a Totaal of rates is their average", () => {
  const table = (totaal: string) =>
    workbook(
      sheet("Personeel", [
        ["Ziekteverzuim per programma t/m aug 2025", "Fte", "Verzuim"],
        ["GGD Twente", "412,5", "6,1%"],
        ["OZJT", "25,0", "4,0%"],
        ["Veilig Thuis Twente", "88,0", "7,5%"],
        ["Bestuur & Ondersteuning", "110,5", "5,2%"],
        ["Totaal SamenTwente", "636,0", totaal],
      ])
    );
  it.each(["6,1%", "5,7%"])("finds no fout or waarschuwing on a Totaal of %s", (totaal) => {
    expect(claims(table(totaal))).toEqual([]);
  });
  it("still finds a Totaal that is no average of the rates (9,1%, above every rate)", () => {
    expect(fouten(table("9,1%")).map((f) => f.cel)).toEqual(["C6"]);
  });
});

/*
 * A1. Investments in groups (the group's sum on its row above the items), with a group row that has no items
 *     of its own ("Verbouwing").
 *     By hand: Hardware 30.100 + 15.200 = 45.300, 5.200 + 7.500 = 12.700, 35.300 + 22.700 = 58.000;
 *     Software 20.000 + 0 = 20.000, 0 + 8.450 = 8.450; Totaal 45.300 + 20.000 + 10.000 = 75.300,
 *     12.700 + 8.450 + 5.000 = 26.150, 58.000 + 28.450 + 15.000 = 101.450.
 */
describe("A1. a group row without items among the investment groups", () => {
  const table = (monitoren: number) =>
    workbook(
      sheet("Investeringen", [
        ["Investeringen 2025 (bedragen in €)"],
        [],
        ["Omschrijving", "Gerealiseerd t/m aug", "Prognose sep-dec", "Totaal"],
        ["Hardware", 45300, 12700, 58000],
        ["  Laptops", 30100, 5200, 35300],
        ["  Monitoren", 15200, monitoren, 22700],
        ["Software", 20000, 8450, 28450],
        ["  Website", 20000, 0, 20000],
        ["  Registratiesysteem", "-", 8450, 8450],
        ["Verbouwing", 10000, 5000, 15000],
        ["Totaal", 75300, 26150, 101450],
      ])
    );
  it("reads Verbouwing as a row of its own and finds no fout", () => {
    expect(fouten(table(7500))).toEqual([]);
  });
  it("finds a Totaal typed 101.540 where 58.000 + 28.450 + 15.000 = 101.450, and nothing else", () => {
    const wb = table(7500);
    wb.sheets[0].set(11, 4, { value: 101540 });
    expect(claims(wb)).toEqual([["D11", "fout", 101450, 101540]]);
  });
  it("finds Monitoren's prognose typed 7.050 once: 22.700 - 15.200 = 7.500, as 12.700 - 5.200", () => {
    expect(claims(table(7050))).toEqual([["C6", "fout", 7500, 7050]]);
  });
});

/*
 * C1. A distribution by inwoners over all 14 municipalities whose Totaal alone is typed wrong.
 *     By hand: 250.000 x inwoners / 640.787, each rounded (domein/inwoners-2025.csv): Almelo 74.164 ->
 *     28.934,7 -> 28.935 ... Wierden 24.935 -> 9.728; the 14 shares add up to exactly 250.000. The Totaal is
 *     typed 250.100: against it every share would be about 0,04% too low.
 */
describe("C1. a Totaal typed wrong over shares that add up", () => {
  const shares: [string, number, number][] = [
    ["Almelo", 74164, 28935],
    ["Borne", 24638, 9612],
    ["Dinkelland", 26739, 10432],
    ["Enschede", 161852, 63146],
    ["Haaksbergen", 24349, 9500],
    ["Hellendoorn", 36258, 14146],
    ["Hengelo", 83087, 32416],
    ["Hof van Twente", 35439, 13826],
    ["Losser", 23380, 9122],
    ["Oldenzaal", 31795, 12405],
    ["Rijssen-Holten", 38681, 15091],
    ["Tubbergen", 21397, 8348],
    ["Twenterand", 34073, 13293],
    ["Wierden", 24935, 9728],
  ];
  const table = (totaal: number) =>
    workbook(
      sheet("Frictiekosten", [
        ["Gemeente", "Inwoners", "Frictiekosten"],
        ...shares,
        ["Totaal", 640787, totaal],
      ])
    );
  it("finds no fout when the Totaal is 250.000", () => {
    expect(fouten(table(250000))).toEqual([]);
  });
  it("finds the Totaal 250.100 where the shares give 250.000, and no share", () => {
    expect(claims(table(250100))).toEqual([["C16", "fout", 250000, 250100]]);
  });
});

/*
 * B2. A distribution by a key in percentages whose Totaal is 100 off the shares it adds up.
 *     By hand: 17.000 + 34.000 + 21.250 + 12.750 = 85.000 (20%, 40%, 25%, 15% of 85.000); typed 85.100.
 */
describe("B2. a Totaal off the sum of its shares by 100, in whole euros", () => {
  const table = (totaal: string) =>
    workbook(
      sheet("Kennispunt", [
        ["Deelnemer", "Verdeelsleutel", "Aandeel tekort"],
        ["Almelo", "20,0%", "17.000"],
        ["Enschede", "40,0%", "34.000"],
        ["Hengelo", "25,0%", "21.250"],
        ["SamenTwente", "15,0%", "12.750"],
        ["Totaal", "100,0%", totaal],
      ])
    );
  it("finds no fout on 85.000", () => {
    expect(fouten(table("85.000"))).toEqual([]);
  });
  it("is a fout, not an afrondingsverschil: the shares as printed add up to 85.000", () => {
    expect(claims(table("85.100"))).toEqual([["C6", "fout", 85000, 85100]]);
  });
});

/*
 * B6. A risk inventory whose benodigd bedrag is kans x financieel gevolg.
 *     By hand: 25% x 400 = 100; 50% x 600 = 300; 10% x 250 = 25; Totaal 100 + 300 + 25 = 425.
 */
describe("B6. benodigd = kans x gevolg per risico", () => {
  const pct = (v: number) => ({ v, fmt: "0%" });
  const table = (header: string, claims25: number, totaal = 425) =>
    workbook(
      sheet("Risico's", [
        ["Risico", "Kans", "Gevolg", header],
        ["Uitval ICT-systemen", pct(0.25), 400, 100],
        ["Wegvallen subsidie centrumgemeente", pct(0.5), 600, 300],
        ["Aansprakelijkheidsclaims", pct(0.1), 250, claims25],
        ["Totaal benodigde weerstandscapaciteit", null, null, totaal],
      ])
    );
  it.each(["Benodigde weerstandscapaciteit", "Risicobedrag"])("finds no fout (%s)", (header) => {
    expect(recognizeBerap(table(header, 25)).grids.map((g) => g.kind)).toEqual([
      "risico-inventarisatie",
    ]);
    expect(fouten(table(header, 25))).toEqual([]);
  });
  it("finds 52 where 10% x 250 = 25 (and the Totaal added up over it)", () => {
    expect(claims(table("Risicobedrag", 52, 452))).toEqual([["D4", "fout", 25, 52]]);
  });
  it("says once, and no fout, when most risks are not kans x gevolg (risk classes)", () => {
    const wb = workbook(
      sheet("Risico's", [
        ["Risico", "Kans", "Gevolg", "Benodigd"],
        ["Uitval ICT-systemen", pct(0.25), 400, 150],
        ["Wegvallen subsidie", pct(0.5), 600, 200],
        ["Claims", pct(0.1), 250, 60],
        ["Totaal", null, null, 410],
      ])
    );
    const result = validateWorkbook(wb);
    expect(result.bevindingen.filter((f) => f.ernst === "fout")).toEqual([]);
    expect(result.bevindingen.filter((f) => f.messageId === "andereMethode")).toHaveLength(1);
  });
});

/*
 * A sheet on which recognition fails in a way nobody foresaw costs only that sheet: the other sheets are
 * checked, and the failed one is named.
 */
describe("one sheet failing to read", () => {
  it("checks the other sheets and says which sheet was not read", () => {
    const wb = workbook(
      sheet("Inhuur", [
        ["Team", "2025", "2026"],
        ["Jeugd", 100, 110],
        ["Zorg", 200, 210],
        ["Totaal", 300, 330],
      ]),
      sheet("Kapot", [["Programma", "Lasten", "Baten", "Saldo"]])
    );
    // A cell that fails when read, as nothing in a real file can: the sheet's reading stops there.
    const cell = { value: "Jeugd" as unknown };
    wb.sheets[1].set(2, 1, cell as never);
    Object.defineProperty(cell, "value", {
      get() {
        throw new Error("cel onleesbaar");
      },
    });
    const result = validateWorkbook(wb);
    // 110 + 210 = 320 on the sheet that was read.
    expect(claims(wb).filter((c) => c[1] === "fout")).toEqual([["C4", "fout", 320, 330]]);
    expect(
      result.bevindingen.filter(
        (f) => f.blad === "Kapot" && /niet \(helemaal\) gelezen/.test(f.bericht)
      )
    ).toHaveLength(1);
  });
});

/*
 * B3. Taakstellingen over three years, closed by a Saldo of the two subtotals.
 *     By hand: -82 - 52 = -134 each year; invulling 82 | 52 | 52; Saldo -134 + 82 = -52, -134 + 52 = -82,
 *     -134 + 52 = -82.
 */
describe("B3. a Saldo under two subtotals, one year typed wrong", () => {
  const table = (saldo2026: number) =>
    workbook(
      sheet("Taakstellingen", [
        ["Taakstelling", "Karakter", 2025, 2026, 2027],
        ["Taakstelling huisvesting Twentehuis", "S", -82, -82, -82],
        ["Taakstelling Veilig Thuis Twente", "S", -52, -52, -52],
        ["Subtotaal in te vullen", null, -134, -134, -134],
        ["Wijze van invulling"],
        ["Mutatie huisvestingsreserve", "I", 82, "-", "-"],
        ["Efficiency Veilig Thuis Twente", "S", "-", 52, 52],
        ["Subtotaal invulling", null, 82, 52, 52],
        ["Saldo", null, -52, saldo2026, -82],
      ])
    );
  it("finds no fout when consistent", () => {
    expect(fouten(table(-82))).toEqual([]);
  });
  it("is a fout, not a waarschuwing, where the other years bear the Saldo out: -28 where -82", () => {
    expect(claims(table(-28))).toEqual([["D9", "fout", -82, -28]]);
  });
});

/*
 * C7. Lasten and baten side by side under one Programma column: the baten table names its rows by it.
 *     By hand: VTT baten 3.068 - 2.965 = 103, typed 130. Totals: 38.110 + 3.539 + 7.172 = 48.821,
 *     37.774 + 3.727 + 7.130 = 48.631, -336 + 188 - 42 = -190; 13.888 + 578 + 2.965 = 17.431,
 *     14.413 + 622 + 3.068 = 18.103, 525 + 44 + 103 = 672.
 */
describe("C7. two tables side by side sharing one label column", () => {
  it("names the row of the table on the right by the labels on the left", () => {
    const wb = workbook(
      sheet("Afwijkingen", [
        ["Begrotingsafwijkingen per programma 2025"],
        ["bedragen x € 1.000"],
        [],
        ["Programma", "Lasten", null, null, null, "Baten"],
        [
          null,
          "Actueel begroot",
          "Prognose",
          "Verschil",
          null,
          "Actueel begroot",
          "Prognose",
          "Verschil",
        ],
        ["GGD Twente", 38110, 37774, -336, null, 13888, 14413, 525],
        ["OZJT", 3539, 3727, 188, null, 578, 622, 44],
        ["Veilig Thuis Twente", 7172, 7130, -42, null, 2965, 3068, 130],
        ["Totaal basistaken", 48821, 48631, -190, null, 17431, 18103, 672],
      ])
    );
    const found = fouten(wb);
    expect(found.map((f) => [f.cel, f.verwacht, f.gevonden])).toEqual([["H8", 103, 130]]);
    expect(found[0].bericht).toContain("Veilig Thuis Twente");
  });
});
