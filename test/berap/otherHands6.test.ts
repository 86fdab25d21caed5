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
 * 2 (second tester). A financing matrix headed by the soort's letters: "| I | M | S | Totaal".
 *     By hand from the lists: R: I 50; P: M 83; G: M 20, S -145, totaal -125; bottom 50 | 103 | -145 | 8
 *     (153 - 145 = 8, the bedrijfsresultaat).
 */
describe("2b. a financing matrix headed I | M | S | Totaal", () => {
  const ggd = (gM: number) =>
    workbook(
      sheet("GGD", [
        ["GGD Twente"],
        ["Bedragen x € 1.000"],
        [],
        ["Positieve ontwikkelingen", null, null, null, "Negatieve ontwikkelingen"],
        ["Soort", "Omschrijving", "€", null, "Soort", "Omschrijving", "€"],
        ["I", "Infectieziekten (R)", 50, null, "S", "Huisvesting JGZ (G)", -145],
        ["M", "Projecten GGD (P)", 83],
        ["M", "Extra bijdrage gemeenten (G)", 20],
        [null, "Totaal positief", 153, null, null, "Totaal negatief", -145],
        [],
        [null, "Verwacht bedrijfsresultaat", 8],
        [],
        ["Resultaat per financiering"],
        [null, "I", "M", "S", "Totaal"],
        ["R Rijksbijdrage", 50, "-", "-", 50],
        ["P Projecten", "-", 83, "-", 83],
        ["G Gemeentelijke bijdrage", "-", gM, -145, -125],
        ["Verwacht bedrijfsresultaat", 50, 103, -145, 8],
      ])
    );
  it("reads the letters as the soorten and finds no fout", () => {
    expect(fouten(ggd(20))).toEqual([]);
  });
  it("finds G/M typed 30 where the lists give 20", () => {
    expect(claims(ggd(30)).filter((c) => c[1] === "fout")).toEqual([["C17", "fout", 20, 30]]);
  });
});

/*
 * 1 (second tester). A begrotingswijziging over three years with "Programma" in the group row, the years
 *    in the row below it.
 *    By hand: 25.610 + 120 = 25.730, 26.100 + 130 = 26.230, 26.600 + 0 = 26.600; 4.900 - 120 = 4.780,
 *    5.000 - 130 = 4.870, 5.100 + 0 = 5.100; totals 30.510, 31.100, 31.700 and changes 0.
 */
describe("1b. years under the phases, the label header in the group row", () => {
  const table = (programmaAbove: boolean, ozjt2027: number) =>
    workbook(
      sheet("W", [
        ["Technische begrotingswijziging 2026-2028: gemeentelijke bijdrage"],
        ["bedragen x € 1.000"],
        [],
        [
          programmaAbove ? "Programma" : null,
          "Begroting voor wijziging",
          null,
          null,
          "Wijziging",
          null,
          null,
          "Begroting na wijziging",
        ],
        [programmaAbove ? null : "Programma", 2026, 2027, 2028, 2026, 2027, 2028, 2026, 2027, 2028],
        ["GGD Twente", 25610, 26100, 26600, 120, 130, 0, 25730, 26230, 26600],
        ["OZJT", 4900, 5000, 5100, -120, -130, 0, 4780, ozjt2027, 5100],
        ["Totaal", 30510, 31100, 31700, 0, 0, 0, 30510, 31100, 31700],
      ])
    );
  it.each([true, false])(
    "reads the years as the header (Programma above: %p): no fout",
    (above) => {
      expect(fouten(table(above, 4870))).toEqual([]);
    }
  );
  it.each([true, false])("finds 4.880 where 5.000 - 130 = 4.870 (Programma above: %p)", (above) => {
    const found = fouten(table(above, 4880));
    expect(found.map((f) => [f.cel, f.verwacht, f.gevonden])).toEqual([["I7", 4870, 4880]]);
    // The row named by its label, as with the label header in the years' row.
    expect(found[0].bericht).toContain("OZJT");
  });
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
 * 3 (second tester). A budget per programme and taakveld: each programme's row is the sum of its taakvelden
 *    below it, and the Totaal is the sum of the programme rows (not of every row).
 *    By hand: GGD 20.000 + 10.110 + 8.000 = 38.110, 5.000 + 4.500 + 3.000 = 12.500, 15.000 + 5.610 + 5.000
 *    = 25.610; OZJT 3.155 + 2.000 = 5.155, 255 + 0 = 255, 2.900 + 2.000 = 4.900; Totaal 38.110 + 5.155 =
 *    43.265, 12.500 + 255 = 12.755, 25.610 + 4.900 = 30.510.
 */
describe("3b. programme rows above their taakvelden", () => {
  const table = (indent: string, infectie: number) =>
    workbook(
      sheet("Begroting", [
        ["Begroting 2025 per programma en taakveld"],
        ["bedragen x € 1.000"],
        [],
        ["Omschrijving", "Lasten", "Baten", "Saldo"],
        ["GGD Twente", 38110, 12500, 25610],
        [indent + "Jeugdgezondheidszorg", 20000, 5000, 15000],
        [indent + "Infectieziektebestrijding", infectie, 4500, 5610],
        [indent + "Forensische geneeskunde", 8000, 3000, 5000],
        ["OZJT", 5155, 255, 4900],
        [indent + "Inkoop jeugdhulp", 3155, 255, 2900],
        [indent + "Contractmanagement", 2000, 0, 2000],
        ["Totaal", 43265, 12755, 30510],
      ])
    );
  it.each(["  ", ""])("reads the groups by their sums and finds no fout (indent %p)", (indent) => {
    expect(fouten(table(indent, 10110))).toEqual([]);
  });
  it.each(["  ", ""])("finds 10.011 where 4.500 + 5.610 = 10.110, once (indent %p)", (indent) => {
    expect(claims(table(indent, 10011))).toEqual([["B7", "fout", 10110, 10011]]);
  });
});

/*
 * 4 (second tester). A jaarrekening that prints voordelig positive on every row: begroting - realisatie on
 *    the lasten, realisatie - begroting on the baten (the V/N column says so).
 *    By hand: lasten 38.110 - 37.860 = 250 V, 5.155 - 5.190 = -35 N, 43.265 - 43.050 = 215 V; baten
 *    12.730 - 12.500 = 230 V, 240 - 255 = -15 N, 12.970 - 12.755 = 215 V; saldo 30.510 - 30.080 = 430 V.
 */
describe("4b. voordelig positive on the lasten and the baten", () => {
  const table = (ozjtBaten: number) =>
    workbook(
      sheet("Jaarrekening", [
        ["Omschrijving", "Begroting na wijziging", "Realisatie", "Verschil", "V/N"],
        ["GGD Twente lasten", 38110, 37860, 250, "V"],
        ["OZJT lasten", 5155, 5190, -35, "N"],
        ["Totaal lasten", 43265, 43050, 215, "V"],
        ["GGD Twente baten", 12500, 12730, 230, "V"],
        ["OZJT baten", 255, 240, ozjtBaten, "N"],
        ["Totaal baten", 12755, 12970, 215, "V"],
        ["Saldo van baten en lasten", 30510, 30080, 430, "V"],
      ])
    );
  it("reads the baten rows' own sign and finds no fout", () => {
    expect(fouten(table(-15))).toEqual([]);
  });
  it("still finds a baten row with the lasten's sign: 15 where 240 - 255 = -15", () => {
    expect(claims(table(15)).filter((c) => c[1] === "fout")).toEqual([["D6", "fout", -15, 15]]);
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
 * 10/11 (second tester). The Totaal on top, right under the header, the rows it adds up below it.
 *     By hand: inwoners 2.000 + 500 + 4.000 + 2.500 + 1.000 = 10.000, 100.000 at 10 per inwoner: 20.000,
 *     5.000, 40.000, 25.000, 10.000. Lasten 38.110 + 5.155 = 43.265, baten 12.500 + 255 = 12.755, saldo
 *     25.610 + 4.900 = 30.510. Inhuur 100 + 200 = 300, 110 + 210 = 320.
 */
describe("10b. a Totaal on top", () => {
  const verdeling = (enschede: number) =>
    workbook(
      sheet("Verdeling", [
        ["Gemeente", "Inwoners", "Aandeel"],
        ["Totaal", 10000, 100000],
        ["Almelo", 2000, 20000],
        ["Borne", 500, 5000],
        ["Enschede", 4000, enschede],
        ["Hengelo", 2500, 25000],
        ["Oldenzaal", 1000, 10000],
      ])
    );
  const begroting = (baten: number) =>
    workbook(
      sheet("Begroting", [
        ["Omschrijving", "Lasten", "Baten", "Saldo"],
        ["Totaal lasten en baten", 43265, baten, 30510],
        ["GGD Twente", 38110, 12500, 25610],
        ["OZJT", 5155, 255, 4900],
      ])
    );
  const inhuur = (totaal2026: number) =>
    workbook(
      sheet("Inhuur", [
        ["Inhuur per team"],
        ["Team", "2025", "2026"],
        ["Totaal", 300, totaal2026],
        ["Jeugd", 100, 110],
        ["Zorg", 200, 210],
      ])
    );
  it("checks the shares below it: Enschede 39.000 where 4.000 x 10 = 40.000", () => {
    expect(fouten(verdeling(40000))).toEqual([]);
    expect(claims(verdeling(39000)).filter((c) => c[1] === "fout")).toEqual([
      ["C5", "fout", 40000, 39000],
    ]);
  });
  it("checks a budget's Totaal against the programmes below it: 12.575 where 12.755", () => {
    expect(fouten(begroting(12755))).toEqual([]);
    expect(fouten(begroting(12575)).map((f) => [f.cel, f.verwacht, f.gevonden])).toEqual([
      ["C2", 12755, 12575],
    ]);
  });
  it("checks an unrecognised table's Totaal on top: 330 where 110 + 210 = 320", () => {
    expect(fouten(inhuur(320))).toEqual([]);
    expect(claims(inhuur(330))).toEqual([["C3", "fout", 320, 330]]);
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
 * 5 (second tester). A jaarrekening whose verschil is printed without its sign, a V/N column beside it.
 *    By hand: GGD 38.000 - 37.500 = 500 V; OZJT 5.155 - 5.190 = -35, printed 35 N; VTT 7.200 - 7.100 = 100
 *    V; Totaal 50.355 - 49.790 = 565 V.
 */
describe("5b. a verschil without sign beside a V/N column", () => {
  const table = (ozjt: number) =>
    workbook(
      sheet("Jaarrekening", [
        ["Programma", "Begroting na wijziging", "Realisatie", "Verschil", "V/N"],
        ["GGD Twente", 38000, 37500, 500, "V"],
        ["OZJT", 5155, 5190, ozjt, "N"],
        ["Veilig Thuis Twente", 7200, 7100, 100, "V"],
        ["Totaal", 50355, 49790, 565, "V"],
      ])
    );
  it("checks the size and finds no fout", () => {
    expect(fouten(table(35))).toEqual([]);
  });
  it("finds 53 N where 5.155 - 5.190 = -35 (35 N), read with the N as a minus; the Totaal follows the figures", () => {
    expect(claims(table(53)).filter((c) => c[1] === "fout")).toEqual([["D3", "fout", -35, -53]]);
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
 * 8b (second tester). A distribution by a count whose header says no "sleutel": "Jeugdigen 0-18".
 *     By hand: 2 euro per jeugdige: Almelo 14.000 -> 28.000, Hellendoorn 6.900 -> 13.800, Losser 5.100 ->
 *     10.200; Totaal 26.000 jeugdigen, 52.000.
 */
describe("8b. a key of counts headed without 'sleutel'", () => {
  const table = (header: string, hellendoorn: number) =>
    workbook(
      sheet("Jeugd", [
        ["Gemeente", header, "Bijdrage"],
        ["Almelo", 14000, 28000],
        ["Hellendoorn", 6900, hellendoorn],
        ["Losser", 5100, 10200],
        ["Totaal", 26000, 52000 + hellendoorn - 13800],
      ])
    );
  it.each(["Jeugdigen 0-18", "Aantal jeugdigen"])(
    "checks each share by its count (%s)",
    (header) => {
      expect(fouten(table(header, 13800))).toEqual([]);
      // Hellendoorn 13.900 and the Totaal 52.100 that adds it up; the other two follow 2 per jeugdige.
      expect(claims(table(header, 13900)).filter((c) => c[1] === "fout")).toEqual([
        ["C3", "fout", 13800, 13900],
        ["C5", "fout", 52000, 52100],
      ]);
    }
  );
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
 * 15 (second tester). V and N written in the cell after the figure ("250 V", "35 N"): nadelig is a minus.
 *     By hand: 38.110 - 37.860 = 250 V; 5.155 - 5.190 = -35 (35 N); Totaal 43.265 - 43.050 = 215 V.
 */
describe("15b. V and N in the cell", () => {
  const table = (ozjt: string) =>
    workbook(
      sheet("Jaarrekening", [
        ["Programma", "Begroting", "Realisatie", "Verschil"],
        ["GGD Twente", 38110, 37860, "250 V"],
        ["OZJT", 5155, 5190, ozjt],
        ["Totaal", 43265, 43050, "215 V"],
      ])
    );
  it("reads 35 N as -35 and finds no fout", () => {
    expect(fouten(table("35 N"))).toEqual([]);
  });
  it("finds 53 N where 5.155 - 5.190 = -35", () => {
    expect(claims(table("53 N")).filter((c) => c[1] === "fout")).toEqual([
      ["D3", "fout", -35, -53],
    ]);
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

/*
 * 3c (second tester). A table no kind knows (Lasten | Baten, no saldo) with programme rows above their
 *     taakvelden and no indentation: the Totaal is the programme rows.
 *     By hand: 20.000 + 10.110 + 8.000 = 38.110, 5.000 + 4.500 + 3.000 = 12.500; 3.155 + 2.000 = 5.155,
 *     255 + 0 = 255; Totaal 43.265 and 12.755.
 */
describe("3c. groups above their items in a table no kind knows", () => {
  const table = (totaalLasten: number) =>
    workbook(
      sheet("Begroting", [
        ["Omschrijving", "Lasten", "Baten"],
        ["GGD Twente", 38110, 12500],
        ["Jeugdgezondheidszorg", 20000, 5000],
        ["Infectieziektebestrijding", 10110, 4500],
        ["Forensische geneeskunde", 8000, 3000],
        ["OZJT", 5155, 255],
        ["Inkoop jeugdhulp", 3155, 255],
        ["Contractmanagement", 2000, 0],
        ["Totaal", totaalLasten, 12755],
      ])
    );
  it("finds no fout", () => {
    expect(fouten(table(43265))).toEqual([]);
  });
  it("finds a Totaal lasten of 43.256 where 38.110 + 5.155 = 43.265", () => {
    expect(claims(table(43256))).toEqual([["B9", "fout", 43265, 43256]]);
  });
});
