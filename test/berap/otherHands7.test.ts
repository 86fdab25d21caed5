import { validateWorkbook } from "../../src/berap";
import { claims } from "../support/claims";
import { sheet, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands, a seventh round (the second tester's P&C tables: begrotingswijzigingen,
 * jaarrekeningen, distributions): each case is the layout feature reduced to a small workbook built here, with its figures by hand. A consistent
 * table gives no fout; a slip gives exactly the finding the hand calculation predicts, once.
 */

const fouten = (wb: ReturnType<typeof workbook>) =>
  validateWorkbook(wb).bevindingen.filter((f) => f.ernst === "fout");

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
