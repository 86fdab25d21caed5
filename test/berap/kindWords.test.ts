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
