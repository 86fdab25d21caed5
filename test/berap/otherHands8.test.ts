import { validateWorkbook } from "../../src/berap";
import { claims } from "../support/claims";
import { sheet, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands, an eighth round: each case is the layout feature reduced to a small workbook built
 * here, with its figures by hand. A consistent table gives no fout; a slip gives exactly the finding the hand
 * calculation predicts, once.
 */

const findings = (wb: ReturnType<typeof workbook>) => validateWorkbook(wb).bevindingen;
const fouten = (wb: ReturnType<typeof workbook>) => findings(wb).filter((f) => f.ernst === "fout");

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
