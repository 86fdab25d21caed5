import { validateWorkbook } from "../../src/berap";
import { gemeenten } from "../../src/calc";
import { claims } from "../support/claims";
import { sheet, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands, an eighth round: each case is the layout feature reduced to a small workbook built
 * here, with its figures by hand. A consistent table gives no fout; a slip gives exactly the finding the hand
 * calculation predicts, once.
 */

const findings = (wb: ReturnType<typeof workbook>) => validateWorkbook(wb).bevindingen;

/*
 * The financing code in a column of its own, headed "Fin.", and a matrix below the lists.
 *   By hand: R: I 100; P: I -80; G: S 50. Matrix rows R 100 | - | - | 100, P -80 | - | - | -80,
 *   G - | - | 50 | 50; bottom 20 | - | 50 | 70 = 150 - 80, the bedrijfsresultaat. The slip: one cell typed
 *   wrong, the rest as printed.
 */
describe("a financing column headed Fin.", () => {
  const ggd = (pI: number) =>
    workbook(
      sheet("GGD", [
        ["Financiële update GGD Twente"],
        ["bedragen x € 1.000"],
        [],
        ["Positieve ontwikkelingen"],
        ["Soort", "Fin.", "Omschrijving", "Bedrag"],
        ["I", "R", "Lagere kosten infectieziekten", 100],
        ["S", "G", "Minder huur", 50],
        [null, null, "Totaal", 150],
        [],
        ["Negatieve ontwikkelingen"],
        ["Soort", "Fin.", "Omschrijving", "Bedrag"],
        ["I", "P", "Extra inhuur", -80],
        [null, null, "Totaal", -80],
        [],
        [null, null, "Verwacht bedrijfsresultaat", 70],
        [],
        ["Resultaat per financiering"],
        ["Financiering", "Incidenteel", "Meerjarig", "Structureel", "Totaal"],
        ["Rijksbijdrage", 100, "-", "-", 100],
        ["Projecten", pI, "-", "-", -80],
        ["Gemeentelijke bijdrage", "-", "-", 50, 50],
        ["Totaal", 20, "-", 50, 70],
      ])
    );
  it("reads the codes from the column: no info that the Berap has none, no fout", () => {
    const all = findings(ggd(-80));
    expect(all.filter((f) => f.regel === "ontwikkeling-financiering")).toEqual([]);
    expect(all.filter((f) => f.ernst === "fout")).toEqual([]);
  });
  it("reconciles the matrix with the codes: P/I typed -70 where the lists give -80", () => {
    expect(claims(ggd(-70)).filter((c) => c[1] === "fout")).toEqual([["B20", "fout", -80, -70]]);
  });
});

/*
 * A jaarrekening table with only the primitive budget: Primitieve begroting | Realisatie | Verschil.
 *   By hand (verschil = begroot - realisatie): 38.110 - 37.774 = 336; 3.539 - 3.727 = -188;
 *   7.172 - 7.000 = 172; Totaal 48.821 - 48.501 = 320 = 336 - 188 + 172.
 */
describe("a realisatie table against the primitieve begroting", () => {
  const table = (ggd: number) =>
    workbook(
      sheet("Jaarrekening", [
        ["Jaarrekening 2024: lasten per programma"],
        ["bedragen x € 1.000"],
        [],
        ["Programma", "Primitieve begroting", "Realisatie", "Verschil"],
        ["GGD Twente", 38110, 37774, ggd],
        ["OZJT", 3539, 3727, -188],
        ["Veilig Thuis Twente", 7172, 7000, 172],
        ["Totaal", 48821, 48501, 320],
      ])
    );
  it("is recognised as realisatie against the budget, with no fout", () => {
    const all = findings(table(336));
    expect(all.filter((f) => f.ernst !== "info")).toEqual([]);
    expect(all.filter((f) => f.messageId === "nietHerkend")).toEqual([]);
  });
  it("puts a Verschil typed 346 on its own cell, not on the Totaal", () => {
    expect(claims(table(346)).filter((c) => c[1] === "fout")).toEqual([["D5", "fout", 336, 346]]);
  });
});

/*
 * A distribution over three years with a Totaal column: each year's share as a controller's
 * =ROUND(bedrag * inwoners / totaal; 0), the Totaal column the SUM of the row. Distributing the row sums'
 * total (277.775) directly rounds six rows the other way (Almelo 123.457 x 74.164 / 640.787 = 14.288,8 ->
 * 14.289, 98.765 x ... = 11.431,0 -> 11.431, 55.555 x ... = 6.429,9 -> 6.430: 32.150, where 277.775 x
 * 74.164 / 640.787 = 32.149,4 -> 32.149): the Totaal column is a sum per row, no share of its own.
 */
describe("a distribution with a Totaal column beside the years", () => {
  // The key as the domain publishes it (inwoners-2025.csv), the table calc holds.
  const inwoners = gemeenten(2025).map((g): [string, number] => [g.naam, g.inwoners]);
  const years = [123457, 98765, 55555];
  const table = (almeloTotaal?: number) => {
    const rows = inwoners.map(([g, n]) => {
      const parts = years.map((y) => Math.round((y * n) / 640787));
      const sum = parts.reduce((a, b) => a + b, 0);
      return [g, n, ...parts, g === "Almelo" && almeloTotaal !== undefined ? almeloTotaal : sum];
    });
    const column = (i: number) => rows.reduce((a, r) => a + (r[2 + i] as number), 0);
    const totals = years.map((_, i) => column(i));
    return workbook(
      sheet("Verdeling", [
        ["Verdeling bijdrage naar inwoners"],
        ["bedragen in €"],
        [],
        ["Gemeente", "Inwoners", "2026", "2027", "2028", "Totaal"],
        ...rows,
        ["Totaal", 640787, ...totals, totals.reduce((a, b) => a + b, 0)],
      ])
    );
  };
  it("checks the Totaal column as the sum of each row: no afrondingsverschil, no fout", () => {
    expect(findings(table()).filter((f) => f.ernst !== "info")).toEqual([]);
  });
  it("finds Almelo's Totaal typed 32.250 where its row gives 14.289 + 11.431 + 6.430 = 32.150", () => {
    expect(claims(table(32250)).filter((c) => c[1] !== "info")).toEqual([
      ["F5", "fout", 32150, 32250],
    ]);
  });
});

/*
 * A staat van reserves with block headings: the Algemene reserve above "Bestemmingsreserves", whose
 * Subtotaal closes only its own block, and a Totaal reserves over both.
 *   By hand: 1.704 + 289 + 450 + 398 + 210 = 3.051; 120 + 30 + 25 = 175; 562 + 45 + 60 + 82 = 749;
 *   1.262 + 244 + 480 + 363 + 128 = 2.477 (each stand 31-12 = 1-1 + toevoeging - onttrekking, 398 + 25 - 60
 *   = 363); Totaal reserves 338 + 3.051 = 3.389 and 338 + 2.477 = 2.815.
 */
describe("a staat van reserves with a Subtotaal per block", () => {
  const staat = (bedrijfsvoering: number) =>
    workbook(
      sheet("Reserves", [
        ["Staat van reserves en voorzieningen 2026"],
        ["bedragen x € 1.000"],
        [],
        ["Omschrijving", "Stand 1-1-2026", "Toevoeging", "Onttrekking", "Stand 31-12-2026"],
        ["Algemene reserve"],
        ["Algemene reserve SamenTwente", 338, "-", "-", 338],
        [],
        ["Bestemmingsreserves"],
        ["Bestemmingsreserve GGD Twente", "1.704", 120, 562, "1.262"],
        ["Bestemmingsreserve OZJT", 289, "-", 45, 244],
        ["Bestemmingsreserve Veilig Thuis Twente", 450, 30, "-", 480],
        ["Bestemmingsreserve Bedrijfsvoering", 398, 25, 60, bedrijfsvoering],
        ["Huisvestingsreserve", 210, "-", 82, 128],
        ["Subtotaal bestemmingsreserves", "3.051", 175, 749, "2.477"],
        [],
        ["Totaal reserves", "3.389", 175, 749, "2.815"],
      ])
    );
  it("closes the Subtotaal with its block only: no fout", () => {
    expect(findings(staat(363)).filter((f) => f.ernst !== "info")).toEqual([]);
  });
  it("finds Bedrijfsvoering's stand typed 336 where 398 + 25 - 60 = 363, once", () => {
    expect(claims(staat(336)).filter((c) => c[1] !== "info")).toEqual([["E12", "fout", 363, 336]]);
  });
});

/*
 * Lasten and baten per programma stacked, each under its own header of years: the second header is no row
 * of the first table. By hand: baten 2026 14.200 + 590 + 3.050 + 1.900 = 19.740; lasten 2026 38.950 +
 * 3.620 + 7.480 + 13.400 = 63.450.
 */
describe("two tables stacked, each headed by the years", () => {
  const stacked = (baten2026: number) =>
    workbook(
      sheet("Begroting", [
        ["Lasten per programma", 2026, 2027],
        ["GGD Twente", 38950, 39720],
        ["OZJT", 3620, 3690],
        ["Veilig Thuis Twente", 7480, 7630],
        ["Bestuur & Ondersteuning", 13400, 13650],
        ["Totaal", 63450, 64690],
        [],
        ["Baten per programma", 2026, 2027],
        ["GGD Twente", 14200, 14410],
        ["OZJT", 590, 600],
        ["Veilig Thuis Twente", 3050, 3110],
        ["Bestuur & Ondersteuning", 1900, 1940],
        ["Totaal", baten2026, 20060],
      ])
    );
  it("reads the second header as the start of the next table: no fout", () => {
    expect(findings(stacked(19740)).filter((f) => f.ernst !== "info")).toEqual([]);
  });
  it("finds the baten Totaal 2026 typed 19.750 where 19.740 follows", () => {
    expect(claims(stacked(19750)).filter((c) => c[1] !== "info")).toEqual([
      ["B13", "fout", 19740, 19750],
    ]);
  });
});
