import { recognizeBerap } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { claims } from "../support/claims";
import { sheet, TestCell, workbook } from "../support/ruleTester";

/*
 * Words a table kind needs of its own: a header word another kind uses too must not make a table that kind.
 */

const kinds = (wb: Workbook) => recognizeBerap(wb).grids.map((g) => g.kind);

/*
 * 3. "t/m aug" heads a realisatie column as well as a ziekteverzuim period: ziekteverzuim needs its own word
 *    (ziekteverzuim, verzuim) in its header row or title.
 *
 *    By hand: Begroot 1.000 + 500 = 1.500; Realisatie t/m aug 612 + 300 = 912; Verwachting 980 + 510 = 1.490.
 *    Every Totaal holds: no fout, no waarschuwing.
 */
describe("3. ziekteverzuim needs its own word", () => {
  const uitputting = (): Workbook =>
    workbook(
      sheet("Uitputting", [
        ["Uitputting budget 2025"],
        ["Programma", "Begroot 2025", "Realisatie t/m aug", "Verwachting 2025"],
        ["Jeugd", 1000, 612, 980],
        ["Veiligheid", 500, 300, 510],
        ["Totaal", 1500, 912, 1490],
      ])
    );

  it("does not read 'Realisatie t/m aug' over a realisatie table as ziekteverzuim", () => {
    expect(kinds(uitputting())).not.toContain("ziekteverzuim");
    expect(claims(uitputting())).toEqual([]);
  });

  /** Ziekteverzuim by hand: 0,7% + 0,6% + 5,8% = 7,1% where 7,2% stands, 0,7% + 0,5% + 5,3% = 6,5% (klopt). */
  const absence = (title: TestCell[], header: TestCell[]): Workbook =>
    workbook(
      sheet("Personeel", [
        title,
        header,
        ["Kort: < 8 dagen", "0,7%", "0,7%"],
        ["Middel: 8-42 dagen", "0,6%", "0,5%"],
        ["Lang: 43 dagen of langer", "5,8%", "5,3%"],
        ["Totaal SamenTwente", "7,2%", "6,5%"],
      ])
    );
  const published = [["B6", "waarschuwing", 0.071, 0.072]];

  it("still reads 'Ziekteverzuim t/m aug 2023' over the columns, without a title", () => {
    const wb = absence(
      [],
      ["Omschrijving", "Ziekteverzuim t/m aug 2023", "Ziekteverzuim t/m aug 2024"]
    );
    expect(kinds(wb)).toEqual(["ziekteverzuim"]);
    expect(claims(wb)).toEqual(published);
  });

  it("still reads 't/m aug 2023' under the title 'Ziekteverzuim'", () => {
    const wb = absence(["Ziekteverzuim"], ["Omschrijving", "t/m aug 2023", "t/m aug 2024"]);
    expect(kinds(wb)).toEqual(["ziekteverzuim"]);
    expect(claims(wb)).toEqual(published);
  });

  it("still reads 't/m aug 2023' under the label header 'Verzuimduur'", () => {
    const wb = absence([], ["Verzuimduur", "t/m aug 2023", "t/m aug 2024"]);
    expect(kinds(wb)).toEqual(["ziekteverzuim"]);
    expect(claims(wb)).toEqual(published);
  });
});

/*
 * 4. A note typed in the header row, to the right of the headers, names no column: its words ("prognose",
 *    "inwoners") must not make the table another kind.
 *
 *    By hand, the same figures under each header: Jeugd 1.000 and 900, verschil 900 - 1.000 = -100;
 *    Veiligheid 500 and 520, verschil 20; Totaal 1.000 + 500 = 1.500, 900 + 520 = 1.420, -100 + 20 = -80,
 *    and 1.420 - 1.500 = -80. Every figure holds: no fout, no waarschuwing.
 */
describe("4. a note in the header row", () => {
  const table = (title: string, header: TestCell[], note: string): Workbook =>
    workbook(
      sheet("Blad", [
        [title],
        [...header, undefined, note],
        ["Jeugd", 1000, 900, -100],
        ["Veiligheid", 500, 520, 20],
        ["Totaal", 1500, 1420, -80],
      ])
    );
  const realisatie = ["Programma", "Begroting 2025", "Realisatie 2025", "Verschil"];
  const overzicht = ["Omschrijving", "Begroting 2025", "Stand 2025", "Saldo"];

  it("'Toelichting: prognose volgt' beside a realisatie table: realisatie, not lasten-baten", () => {
    // Read as lasten-baten the note was the prognose column: verschil 0 - 1.000 = -1.000 where -100 stands.
    const wb = table("Realisatie 2025", realisatie, "Toelichting: prognose volgt");
    expect(kinds(wb)).toEqual(["realisatie"]);
    expect(claims(wb)).toEqual([]);
  });

  it("'N.B. zie verdeling naar inwoners' beside a table: no verdeling", () => {
    // Read as a verdeling the Saldo column was checked as one: three false fouten (0 where -100, 20, -80).
    const wb = table("Overzicht 2025", overzicht, "N.B. zie verdeling naar inwoners");
    expect(kinds(wb)).toEqual(["onbekend"]);
    expect(claims(wb)).toEqual([]);
  });

  it("'Toelichting: prognose volgt' beside a table with a Begroting: no projectenbudget", () => {
    const wb = table("Overzicht 2025", overzicht, "Toelichting: prognose volgt");
    expect(kinds(wb)).toEqual(["onbekend"]);
    expect(claims(wb)).toEqual([]);
  });

  it("'Toelichting: bedragen zijn voorlopig' and 'N.B. zie verdeling' change nothing", () => {
    for (const note of ["Toelichting: bedragen zijn voorlopig", "N.B. zie verdeling"]) {
      expect(kinds(table("Realisatie 2025", realisatie, note))).toEqual(["realisatie"]);
      expect(kinds(table("Overzicht 2025", overzicht, note))).toEqual(["onbekend"]);
    }
  });
});
