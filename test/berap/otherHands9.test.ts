import { validateWorkbook } from "../../src/berap";
import { claims } from "../support/claims";
import { sheet, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands, a ninth round: tables stacked per programme (a heading, then Lasten, Baten and
 * Saldo rows, and at the bottom "Totaal lasten", "Totaal baten", "Totaal saldo"). A Saldo there is lasten -
 * baten of its block, never their sum; a "Totaal lasten" adds the rows labelled Lasten, not every row above.
 */

const findings = (wb: ReturnType<typeof workbook>) => validateWorkbook(wb).bevindingen;
const notInfo = (wb: ReturnType<typeof workbook>) => findings(wb).filter((f) => f.ernst !== "info");

/*
 * A multi-year estimate per programme, saldo = lasten - baten (the gemeentelijke bijdrage).
 *   By hand, 2026: GGD 38.110 - 2.110 = 36.000; OZJT 3.539 - 539 = 3.000; VTT 7.172 - 1.172 = 6.000;
 *   Totaal lasten 38.110 + 3.539 + 7.172 = 48.821; baten 2.110 + 539 + 1.172 = 3.821; saldo 45.000.
 *   2027: 38.500 - 2.200 = 36.300; 3.600 - 600 = 3.000; 7.200 - 1.200 = 6.000; 49.300, 4.000, 45.300.
 *   2028: 39.000 - 2.300 = 36.700; 3.650 - 650 = 3.000; 7.300 - 1.300 = 6.000; 49.950, 4.250, 45.700.
 * `sign` -1 prints every saldo as baten - lasten (all saldi negated), as some programmes do.
 */
const raming = (o: {
  ggdLasten?: number;
  ozjtSaldo?: number;
  totaalLasten?: number;
  sign?: 1 | -1;
}) => {
  const s = o.sign ?? 1;
  return workbook(
    sheet("Programma's", [
      ["Meerjarenraming per programma"],
      ["bedragen x € 1.000"],
      [],
      ["Programma", "2026", "2027", "2028"],
      ["GGD Twente"],
      ["Lasten", o.ggdLasten ?? 38110, 38500, 39000],
      ["Baten", 2110, 2200, 2300],
      ["Saldo", s * 36000, s * 36300, s * 36700],
      ["OZJT"],
      ["Lasten", 3539, 3600, 3650],
      ["Baten", 539, 600, 650],
      ["Saldo", s * (o.ozjtSaldo ?? 3000), s * 3000, s * 3000],
      ["Veilig Thuis Twente"],
      ["Lasten", 7172, 7200, 7300],
      ["Baten", 1172, 1200, 1300],
      ["Saldo", s * 6000, s * 6000, s * 6000],
      ["Totaal lasten", o.totaalLasten ?? 48821, 49300, 49950],
      ["Totaal baten", 3821, 4000, 4250],
      ["Totaal saldo", s * 45000, s * 45300, s * 45700],
    ])
  );
};

describe("a table stacked per programme: Lasten, Baten, Saldo", () => {
  it("is consistent: no fout and no waarschuwing (the Saldo rows are no sums, Totaal lasten only lasten)", () => {
    expect(notInfo(raming({}))).toEqual([]);
  });
  it("is consistent with saldo = baten - lasten too", () => {
    expect(notInfo(raming({ sign: -1 }))).toEqual([]);
  });
  it("names a lasten slip once, on its cell: GGD 38.120 typed, 38.110 by the Saldo and the Totaal", () => {
    // Saldo 36.000 = 38.110 - 2.110 and Totaal lasten 48.821 = 38.110 + 3.539 + 7.172 both point at B6.
    expect(claims(raming({ ggdLasten: 38120 }))).toEqual([["B6", "fout", 38110, 38120]]);
  });
  it("finds a saldo typed wrong: OZJT 3.100 where 3.539 - 539 = 3.000", () => {
    expect(claims(raming({ ozjtSaldo: 3100 }))).toEqual([["B12", "fout", 3000, 3100]]);
    expect(claims(raming({ ozjtSaldo: 3100, sign: -1 }))).toEqual([["B12", "fout", -3000, -3100]]);
  });
  it("finds a Totaal lasten typed wrong: 48.721 where 38.110 + 3.539 + 7.172 = 48.821", () => {
    expect(claims(raming({ totaalLasten: 48721 }))).toEqual([["B17", "fout", 48821, 48721]]);
  });
});

/*
 * One programme's Lasten, Baten and Saldo with no stacking: the Saldo is still their difference.
 *   By hand: 38.110 - 2.110 = 36.000; 38.500 - 2.200 = 36.300.
 */
describe("a single Lasten, Baten, Saldo", () => {
  const single = (saldo2027: number) =>
    workbook(
      sheet("GGD", [
        ["Begroting GGD Twente"],
        ["Omschrijving", "2026", "2027"],
        ["Lasten", 38110, 38500],
        ["Baten", 2110, 2200],
        ["Saldo", 36000, saldo2027],
      ])
    );
  it("no waarschuwing that 36.000 is not 38.110 + 2.110", () => {
    expect(notInfo(single(36300))).toEqual([]);
  });
  it("a slip in one year against the other year's convention: 36.200 where 38.500 - 2.200 = 36.300", () => {
    expect(claims(single(36200))).toEqual([["C5", "fout", 36300, 36200]]);
  });
});

/*
 * Lasten en baten per programma stacked (the lasten-baten kind): Actuele begroting | Prognose | Verschil.
 *   By hand: GGD lasten 38.110, 37.860, verschil 38.110 - 37.860 = 250; baten 2.110, 2.160, -50;
 *   saldo 36.000, 35.700, 300. OZJT 3.539, 3.539, 0; 539, 539, 0; 3.000, 3.000, 0.
 *   Totaal lasten 41.649, 41.399, 250; baten 2.649, 2.699, -50; saldo 39.000, 38.700, 300.
 */
describe("lasten and baten per programme, stacked", () => {
  const lb = (totaalLastenPrognose: number) =>
    workbook(
      sheet("LB", [
        ["Lasten en baten per programma"],
        ["bedragen x € 1.000"],
        [],
        ["Programma", "Actuele begroting 2026", "Prognose 2026", "Verschil"],
        ["GGD Twente"],
        ["Lasten", 38110, 37860, 250],
        ["Baten", 2110, 2160, -50],
        ["Saldo", 36000, 35700, 300],
        ["OZJT"],
        ["Lasten", 3539, 3539, 0],
        ["Baten", 539, 539, 0],
        ["Saldo", 3000, 3000, 0],
        ["Totaal lasten", 41649, totaalLastenPrognose, 250],
        ["Totaal baten", 2649, 2699, -50],
        ["Totaal saldo", 39000, 38700, 300],
      ])
    );
  it("is read as lasten en baten with no fout: Totaal lasten is not lasten plus baten", () => {
    const all = findings(lb(41399));
    expect(all.filter((f) => f.ernst !== "info")).toEqual([]);
    expect(all.filter((f) => f.regel === "tabel-totalen" && f.messageId === "nietHerkend")).toEqual(
      []
    );
  });
  it("finds the Totaal lasten prognose typed 41.499 where 37.860 + 3.539 = 41.399", () => {
    expect(claims(lb(41499))).toContainEqual(["C13", "fout", 41399, 41499]);
    expect(claims(lb(41499)).filter((c) => c[1] === "fout")).toHaveLength(1);
  });
});

/*
 * A technische begrotingswijziging stacked per programme, whole euros: Begroting 2026 | Wijziging |
 * Begroting 2026 na wijziging; a plain "Begroting 2026" beside the other two is the budget before the change.
 *   By hand: GGD lasten 38.110.000 + 125.000 = 38.235.000; baten 2.110.000 + 125.000 = 2.235.000; saldo
 *   36.000.000 + 0. OZJT lasten 3.539.000 - 40.000 = 3.499.000; baten 539.000 - 40.000 = 499.000.
 *   Totaal lasten 41.649.000 + 85.000 = 41.734.000 = 38.235.000 + 3.499.000; baten 2.734.000; saldo 39.000.000.
 */
describe("a technische begrotingswijziging stacked per programme", () => {
  const tbw = (o: { naGgdLasten?: number; wijzigingGgdSaldo?: number }) =>
    workbook(
      sheet("Wijziging", [
        ["Technische begrotingswijziging 2026"],
        ["bedragen in €"],
        [],
        ["Programma", "Begroting 2026", "Wijziging", "Begroting 2026 na wijziging"],
        ["GGD Twente"],
        ["Lasten", 38110000, 125000, o.naGgdLasten ?? 38235000],
        ["Baten", 2110000, 125000, 2235000],
        ["Saldo", 36000000, o.wijzigingGgdSaldo ?? 0, 36000000],
        ["OZJT"],
        ["Lasten", 3539000, -40000, 3499000],
        ["Baten", 539000, -40000, 499000],
        ["Saldo", 3000000, 0, 3000000],
        ["Totaal lasten", 41649000, 85000, 41734000],
        ["Totaal baten", 2649000, 85000, 2734000],
        ["Totaal saldo", 39000000, 0, 39000000],
      ])
    );
  it("is read as a begrotingswijziging, with no fout", () => {
    const all = findings(tbw({}));
    expect(all.filter((f) => f.ernst !== "info")).toEqual([]);
    expect(all.filter((f) => f.messageId === "nietHerkend")).toEqual([]);
  });
  it("finds after = before + change broken on one row: 38.253.000 where 38.110.000 + 125.000 = 38.235.000", () => {
    expect(claims(tbw({ naGgdLasten: 38253000 }))).toEqual([["D6", "fout", 38235000, 38253000]]);
  });
});
