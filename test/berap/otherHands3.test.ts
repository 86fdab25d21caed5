import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { claims } from "../support/claims";
import { sheet, TestCell, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands, a third tester: each case is the layout feature reduced to a small workbook built
 * here, with its figures by hand. A consistent table gives no fout; a slip gives exactly the finding the
 * hand calculation predicts, once.
 */

/*
 * 0. Bestuur & Ondersteuning as one pair of lists per block, a heading row above each pair: in A only, or
 *    repeated above both lists (A and E).
 *
 *    By hand: Bedrijfsvoering positief I 70 + I 124 = 194, negatief S -73 + S -36 = -109, resultaat
 *    194 - 109 = 85. Concern: no positives (Totaal "-"), negatief I -35 + I -22 = -57, resultaat -57.
 *    Bedrijfsresultaat 85 - 57 = 28.
 */
function blockPairs(
  options: { both?: boolean; bedrijfsvoering?: TestCell; concern?: TestCell; total?: TestCell } = {}
): Workbook {
  const heading = (name: string): TestCell[] => (options.both ? [name, , , , name] : [name]);
  const header: TestCell[] = [
    "Soort",
    "Positieve ontwikkelingen",
    "€",
    ,
    "Soort",
    "Negatieve ontwikkelingen",
    "€",
  ];
  return workbook(
    sheet("B&O", [
      ["Financiële update Bestuur & Ondersteuning"],
      ["bedragen x € 1.000"],
      [],
      heading("Bedrijfsvoering"),
      header,
      ["I", "Later invullen formatie (G)", 70, , "S", "Hogere energiekosten (G)", -73],
      ["I", "Lagere afschrijvingen (G)", 124, , "S", "Hogere kosten Arbodienst (G)", -36],
      [, "Totaal", 194, , , "Totaal", -109],
      [, "Verwacht resultaat Bedrijfsvoering", options.bedrijfsvoering ?? 85],
      [],
      heading("Concern"),
      header,
      [, , , , "I", "Langdurige ziekte (G)", -35],
      [, , , , "I", "Vervroegde afschrijvingen (G)", -22],
      [, "Totaal", "-", , , "Totaal", -57],
      [, "Verwacht resultaat Concern", options.concern ?? -57],
      [],
      [, "Verwacht bedrijfsresultaat Bestuur & Ondersteuning", options.total ?? 28],
    ])
  );
}

describe("0. B&O as one pair of lists per block, the block heading above each pair", () => {
  for (const both of [false, true]) {
    const where = both ? "above both lists" : "above the left list";
    it(`takes the heading ${where} as both lists' block, and finds no fout`, () => {
      const lists = recognizeBerap(blockPairs({ both })).programmes[0].lists;
      expect(lists.map((l) => [l.sign, l.block, l.items.length])).toEqual([
        ["positief", "Bedrijfsvoering", 2],
        ["negatief", "Bedrijfsvoering", 2],
        ["positief", "Concern", 0],
        ["negatief", "Concern", 2],
      ]);
      expect(claims(blockPairs({ both }))).toEqual([]);
    });

    it(`checks each block's result (heading ${where}): 95 typed where 194 - 109 = 85, -47 where -57`, () => {
      expect(claims(blockPairs({ both, bedrijfsvoering: 95 }))).toEqual([["C9", "fout", 85, 95]]);
      expect(claims(blockPairs({ both, concern: -47 }))).toEqual([["C16", "fout", -57, -47]]);
    });

    it(`checks the bedrijfsresultaat as the sum of the blocks (heading ${where}): 38 where 85 - 57 = 28`, () => {
      expect(claims(blockPairs({ both, total: 38 }))).toEqual([["C18", "fout", 28, 38]]);
    });
  }
});

describe("0. a block's result line whose block no list carries", () => {
  it("says it was not checked (one waarschuwing), never silence", () => {
    // The lists carry no block at all: "Verwacht resultaat Concern" cannot be compared with anything.
    const wb = workbook(
      sheet("B&O", [
        ["Financiële update Bestuur & Ondersteuning"],
        ["Positieve ontwikkelingen", , , , "Negatieve ontwikkelingen"],
        ["Soort", "Omschrijving", "€", , "Soort", "Omschrijving", "€"],
        ["I", "Later invullen formatie (G)", 70, , "I", "Langdurige ziekte (G)", -35],
        [, "Totaal", 70, , , "Totaal", -35],
        [, "Verwacht resultaat Concern", -57],
        [, "Verwacht bedrijfsresultaat", 35],
      ])
    );
    const found = validateWorkbook(wb).bevindingen.filter((f) => f.regel === "bedrijfsresultaat");
    expect(found.map((f) => [f.cel, f.ernst, f.messageId, f.data?.blok])).toEqual([
      ["C6", "waarschuwing", "blokNietGelezen", "Concern"],
    ]);
  });
});

/*
 * 1b. The ziekteverzuim table with plain years over its columns, typed as numbers (what Excel stores when
 *     you type 2023) or as text: read as the ziekteverzuim table, with its two published afrondingsverschillen.
 *
 *     By hand: 2023 0,7% + 0,6% + 5,8% = 7,1% where 7,2% stands; 2024 0,7% + 0,5% + 5,3% = 6,5% (klopt);
 *     2025 0,7% + 0,5% + 5,4% = 6,6% where 6,5% stands.
 */
function absence(years: TestCell[], label = "Verzuimduur"): Workbook {
  return workbook(
    sheet("Personeel", [
      ["Ziekteverzuim t/m augustus"],
      [label, ...years],
      ["Kort: < 8 dagen", "0,7%", "0,7%", "0,7%"],
      ["Middel: 8-42 dagen", "0,6%", "0,5%", "0,5%"],
      ["Lang: 43 dagen of langer", "5,8%", "5,3%", "5,4%"],
      ["Totaal SamenTwente", "7,2%", "6,5%", "6,5%"],
    ])
  );
}

describe("1b. ziekteverzuim with plain years as column headers", () => {
  const published: ReturnType<typeof claims> = [
    ["B6", "waarschuwing", 0.071, 0.072],
    ["D6", "waarschuwing", 0.066, 0.065],
  ];

  it("reads years typed as numbers as the periods, and finds both afrondingsverschillen", () => {
    const wb = absence([2023, 2024, 2025]);
    expect(recognizeBerap(wb).grids.map((g) => [g.kind, g.headers])).toEqual([
      ["ziekteverzuim", ["2023", "2024", "2025"]],
    ]);
    expect(claims(wb)).toEqual(published);
  });

  it("gives the same findings with the years as text", () => {
    expect(claims(absence(["2023", "2024", "2025"]))).toEqual(published);
  });

  it("takes bare years for periods only under a label that names the table", () => {
    const kinds = recognizeBerap(absence([2023, 2024, 2025], "Omschrijving")).grids.map(
      (g) => g.kind
    );
    expect(kinds).not.toContain("ziekteverzuim");
  });
});
