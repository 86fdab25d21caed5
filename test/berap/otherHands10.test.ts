import { claims } from "../support/claims";
import { sheet, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands, a tenth round: the overview of baten en lasten of a begroting or jaarrekening,
 * closing under its saldo with the reserve mutations ("Geraamd resultaat" = saldo - toevoegingen +
 * onttrekkingen, however the table prints their signs), and a block saldo printed as the gemeentelijke
 * bijdrage it is.
 */

/*
 * A begroting's overview, x € 1.000, saldo = baten - lasten, toevoegingen printed positive.
 *   Saldo:   48.521 - 48.821 = -300; 49.150 - 49.300 = -150; 49.900 - 49.950 = -50; 50.450 - 50.400 = 50.
 *   Result:  -300 - 120 + 420 = 0;   -150 - 0 + 100 = -50;     -50 - 50 + 100 = 0;   50 - 200 + 150 = 0.
 * No other way of counting the three rows fits any column (-300 + 120 - 420 = -600, ...).
 */
const overzicht = (o: { resultaat2027?: number; onttrekking2028?: number } = {}) =>
  workbook(
    sheet("Begroting", [
      ["Overzicht van baten en lasten"],
      ["bedragen x € 1.000"],
      [],
      ["Omschrijving", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029"],
      ["Lasten", 48821, 49300, 49950, 50400],
      ["Baten", 48521, 49150, 49900, 50450],
      ["Saldo van baten en lasten", -300, -150, -50, 50],
      ["Toevoegingen aan reserves", 120, 0, 50, 200],
      ["Onttrekkingen aan reserves", 420, 100, o.onttrekking2028 ?? 100, 150],
      ["Geraamd resultaat", 0, o.resultaat2027 ?? -50, 0, 0],
    ])
  );

describe("a begroting's overview: Geraamd resultaat = saldo - toevoegingen + onttrekkingen", () => {
  it("is consistent: no fout, no waarschuwing (the resultaat is no sum of the rows above it)", () => {
    expect(claims(overzicht())).toEqual([]);
  });
  it("finds the resultaat typed -40 where -150 - 0 + 100 = -50", () => {
    expect(claims(overzicht({ resultaat2027: -40 }))).toEqual([["C10", "fout", -50, -40]]);
  });
  it("an onttrekking typed 110 (not checkable on its own) shows as the resultaat off by 10: -50 - 50 + 110 = 10", () => {
    expect(claims(overzicht({ onttrekking2028: 110 }))).toEqual([["D10", "fout", 10, 0]]);
  });
});

/*
 * A jaarrekening's overview with the toevoegingen printed negative and a "Saldo mutaties reserves" row.
 *   Saldo:     59.200 - 60.000 = -800; 61.000 - 62.500 = -1.500; 61.300 - 61.800 = -500.
 *   Mutaties:  -200 + 1.000 = 800;     -300 + 1.800 = 1.500;     -450 + 1.250 = 800.
 *   Resultaat: -800 + 800 = 0;         -1.500 + 1.500 = 0;       -500 + 800 = 300.
 */
const jaarrekening = (o: { resultaat?: number; mutaties?: number } = {}) =>
  workbook(
    sheet("Jaarrekening", [
      ["Overzicht van baten en lasten 2025"],
      ["bedragen x € 1.000"],
      [
        "Omschrijving",
        "Begroting primitief 2025",
        "Begroting na wijziging 2025",
        "Realisatie 2025",
      ],
      ["Totaal lasten", 60000, 62500, 61800],
      ["Totaal baten", 59200, 61000, 61300],
      ["Gerealiseerd totaal saldo van baten en lasten", -800, -1500, -500],
      ["Toevoeging aan reserves", -200, -300, -450],
      ["Onttrekking aan reserves", 1000, 1800, 1250],
      ["Saldo mutaties reserves", 800, 1500, o.mutaties ?? 800],
      ["Gerealiseerd resultaat", 0, 0, o.resultaat ?? 300],
    ])
  );

describe("a jaarrekening's overview: toevoegingen negative, a Saldo mutaties reserves row", () => {
  it("is consistent: no fout, no waarschuwing (Saldo mutaties is no sum of every row above it)", () => {
    expect(claims(jaarrekening())).toEqual([]);
  });
  it("finds the Gerealiseerd resultaat typed 350 where -500 + 800 = 300", () => {
    expect(claims(jaarrekening({ resultaat: 350 }))).toEqual([["D10", "fout", 300, 350]]);
  });
  it("finds Saldo mutaties reserves typed 850 where -450 + 1.250 = 800, once: the resultaat -500 + 800 = 300 holds", () => {
    expect(claims(jaarrekening({ mutaties: 850 }))).toEqual([["D9", "fout", 800, 850]]);
  });
});

/*
 * One year of a balanced overview, all resultaten 0, a single column: which way the rows count no other
 * column bears out, so a difference is a waarschuwing. By hand: -300 - 120 + 420 = 0, typed 20.
 */
it("a one-column overview: a resultaat that fits no way of counting is a waarschuwing, not a fout", () => {
  const wb = workbook(
    sheet("Begroting", [
      ["Omschrijving", "Begroting 2026"],
      ["Saldo van baten en lasten", -300],
      ["Toevoegingen aan reserves", 120],
      ["Onttrekkingen aan reserves", 420],
      ["Geraamd resultaat", 20],
    ])
  );
  expect(claims(wb)).toEqual([["B5", "waarschuwing", 0, 20]]);
});

/*
 * Programmes stacked with their saldo printed as "Gemeentelijke bijdrage" (lasten - baten), x € 1.000.
 *   GGD 38.110 - 2.110 = 36.000; OZJT 3.539 - 539 = 3.000; VTT 7.172 - 1.172 = 6.000; totaal 45.000.
 *   2027: 38.500 - 2.200 = 36.300; 3.600 - 600 = 3.000; 7.200 - 1.200 = 6.000; totaal 45.300.
 */
const bijdragen = (ggd2026 = 36000) =>
  workbook(
    sheet("Programma's", [
      ["Meerjarenraming per programma"],
      ["bedragen x € 1.000"],
      ["Programma", "2026", "2027"],
      ["GGD Twente"],
      ["Lasten", 38110, 38500],
      ["Baten", 2110, 2200],
      ["Gemeentelijke bijdrage", ggd2026, 36300],
      ["OZJT"],
      ["Lasten", 3539, 3600],
      ["Baten", 539, 600],
      ["Gemeentelijke bijdrage", 3000, 3000],
      ["Veilig Thuis Twente"],
      ["Lasten", 7172, 7200],
      ["Baten", 1172, 1200],
      ["Gemeentelijke bijdrage", 6000, 6000],
      ["Totaal gemeentelijke bijdrage", 45000, 45300],
    ])
  );

describe("a block saldo printed as the gemeentelijke bijdrage", () => {
  it("is consistent: no fout, no waarschuwing", () => {
    expect(claims(bijdragen())).toEqual([]);
  });
  it("names the bijdrage typed 36.100 on its own cell (38.110 - 2.110 = 36.000), not the Totaal", () => {
    expect(claims(bijdragen(36100))).toEqual([["B7", "fout", 36000, 36100]]);
  });
});

/*
 * A saldo row whose lasten equal its baten fits both ways round (0): it never decides the convention. Here
 * the only other saldo is the slip, so no cell bears a way out and the difference is a waarschuwing, shown
 * against the nearer way: 49.150 - 49.300 = -150, typed -160.
 */
it("a saldo whose way round no cell bears out is a waarschuwing against the nearer way", () => {
  const wb = workbook(
    sheet("Begroting", [
      ["Omschrijving", "Begroting 2026", "Raming 2027"],
      ["Lasten", 48821, 49300],
      ["Baten", 48821, 49150],
      ["Saldo", 0, -160],
    ])
  );
  expect(claims(wb)).toEqual([["C4", "waarschuwing", -150, -160]]);
});

/*
 * The overview by programme saldi, two years: 2026 bears the counting out on its own (-300 - 100 + 400 = 0;
 * no other way fits: -300 + 100 - 400 = -600, -300 + 100 + 400 = 200, -300 - 100 - 400 = -800), so 2027's
 * resultaat typed 60 where -200 - 0 + 250 = 50 is a fout.
 */
it("an overview by programme saldi: its Totaal saldo is their sum, its resultaat typed 60 where 50 is a fout", () => {
  const wb = workbook(
    sheet("Begroting", [
      ["Overzicht van baten en lasten"],
      ["bedragen x € 1.000"],
      ["Programma", "Begroting 2026", "Raming 2027"],
      ["GGD Twente", -36000, -36300],
      ["OZJT", -3000, -3000],
      ["Veilig Thuis Twente", -6000, -6000],
      ["Algemene dekkingsmiddelen", 44700, 45100],
      ["Totaal saldo van baten en lasten", -300, -200],
      ["Toevoegingen aan reserves", 100, 0],
      ["Onttrekkingen aan reserves", 400, 250],
      ["Geraamd resultaat", 0, 60],
    ])
  );
  expect(claims(wb)).toEqual([["C11", "fout", 50, 60]]);
});

/*
 * The BBV overview with Lasten | Baten | Saldo columns: the toevoegingen stand under Lasten, the onttrekkingen
 * under Baten, and the resultaat adds up in every column. By hand: lasten 48.821 + 300 + 0 = 49.121; baten
 * 3.821 + 0 + 500 = 4.321; saldo -45.000 - 300 + 500 = -44.800.
 */
const bbv = (resultaatLasten = 49121) =>
  workbook(
    sheet("Begroting", [
      ["Overzicht van baten en lasten 2026"],
      ["bedragen x € 1.000"],
      ["Programma", "Lasten", "Baten", "Saldo"],
      ["GGD Twente", 38110, 2110, -36000],
      ["OZJT", 3539, 539, -3000],
      ["Veilig Thuis Twente", 7172, 1172, -6000],
      ["Totaal saldo van baten en lasten", 48821, 3821, -45000],
      ["Toevoegingen aan reserves", 300, 0, -300],
      ["Onttrekkingen aan reserves", 0, 500, 500],
      ["Geraamd resultaat", resultaatLasten, 4321, -44800],
    ])
  );

describe("the BBV overview with Lasten, Baten and Saldo columns", () => {
  it("is consistent: no fout, no waarschuwing", () => {
    expect(claims(bbv())).toEqual([]);
  });
  it("finds the resultaat's lasten typed 49.221 where 48.821 + 300 = 49.121", () => {
    expect(claims(bbv(49221))).toEqual([["B10", "fout", 49121, 49221]]);
  });
});
