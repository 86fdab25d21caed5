import { recognizeBerap } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { sheet, workbook } from "../support/ruleTester";

/*
 * A unit or key note is never a table's title: titles pair the three tables of a begrotingswijziging by their
 * phase and name the table in every message. The notes as printed in SamenTwente's tables.
 */
const NOTES = [
  "Verdeelsleutel: inwoners begroting 2025",
  "bedragen x € 1.000",
  "bedragen in €",
  "(in €)",
  "× € 1.000",
  "in euro's",
];

const titlesOf = (wb: Workbook) => recognizeBerap(wb).grids.map((g) => [g.kind, g.title]);

/** A budget per programme (10 - 4 = 6, 5 - 2 = 3, Totaal 15 - 6 = 9) under `above`. */
const begroting = (...above: string[][]) =>
  workbook(
    sheet("Begroting", [
      ...above,
      ["Programma", "Lasten", "Baten", "Saldo"],
      ["GGD Twente", 10, 4, 6],
      ["OZJT", 5, 2, 3],
      ["Totaal", 15, 6, 9],
    ])
  );

describe.each(NOTES)("the note '%s'", (note) => {
  it("between the title and the header: the title above it names the table", () => {
    expect(titlesOf(begroting(["Begroting 2025 na wijziging"], [note]))).toEqual([
      ["ontwikkeling-begroting", "Begroting 2025 na wijziging"],
    ]);
  });

  it("as the only text above: the table is named by its kind", () => {
    expect(titlesOf(begroting([note]))).toEqual([
      ["ontwikkeling-begroting", "Ontwikkeling begroting"],
    ]);
  });

  it("above a distribution over the municipalities: its title is the one above the note", () => {
    const wb = workbook(
      sheet("Frictiekosten", [
        ["Verdeling frictiekosten Kerntakendiscussie"],
        [note],
        ["Gemeente", "Inwoners", "Frictiekosten"],
        ["Almelo", 74164, 76966],
        ["Borne", 24000, 24907],
      ])
    );
    expect(titlesOf(wb)).toEqual([["verdeling", "Verdeling frictiekosten Kerntakendiscussie"]]);
  });

  it("above a table no kind knows: not its title (the label header is)", () => {
    const wb = workbook(
      sheet("Personeel", [
        [note],
        ["Team", "Begroot", "Besteed"],
        ["Jeugdgezondheidszorg", 120, 146],
        ["Infectieziektebestrijding", 85, 97],
        ["Totaal", 205, 243],
      ])
    );
    expect(titlesOf(wb)).toEqual([["onbekend", "Team"]]);
  });
});

it("pairs a begrotingswijziging in three tables by the titles above their unit notes", () => {
  const part = (title: string, l: number[], b: number[]) => [
    [title],
    ["bedragen in €"],
    ["Programma", "Lasten", "Baten", "Saldo"],
    ["GGD Twente", l[0], b[0], l[0] - b[0]],
    ["OZJT", l[1], b[1], l[1] - b[1]],
    [],
    [],
  ];
  const wb = workbook(
    sheet("Wijziging", [
      ...part("Begroting 2025 voor wijziging", [1000, 500], [400, 100]),
      ...part("Wijziging", [120, -45], [120, -45]),
      ...part("Begroting 2025 na wijziging", [1120, 455], [520, 55]),
    ])
  );
  expect(titlesOf(wb).map(([, t]) => t)).toEqual([
    "Begroting 2025 voor wijziging",
    "Wijziging",
    "Begroting 2025 na wijziging",
  ]);
});
