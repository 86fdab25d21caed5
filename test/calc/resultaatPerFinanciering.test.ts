import {
  parseFinanciering,
  parseSoort,
  resultaatPerFinanciering,
  Soort,
  Financiering,
} from "../../src/calc";
import { matrixRow, programma, Regel } from "../support/fixtures";

function ontwikkelingen(naam: string) {
  return programma(naam).blokken.flatMap((b) =>
    [...b.positief, ...b.negatief].map(([soort, , financiering, bedrag]: Regel) => ({
      soort: soort as Soort,
      financiering: financiering as Financiering,
      bedrag: bedrag ?? 0,
    }))
  );
}

describe("resultaatPerFinanciering reproduces the published matrices from the development lists", () => {
  it.each(["GGD Twente", "OZJT", "Veilig Thuis Twente", "Bestuur & Ondersteuning"])(
    "%s",
    (naam) => {
      const matrix = resultaatPerFinanciering(ontwikkelingen(naam)).map((row) =>
        row.map((v) => v.toNumber())
      );
      const p = programma(naam);
      expect(matrix).toEqual([
        matrixRow(p, "R"),
        matrixRow(p, "P"),
        matrixRow(p, "G"),
        matrixRow(p, "Verwacht"),
      ]);
      expect(matrix[3][3]).toBe(p.verwacht_bedrijfsresultaat);
    }
  );

  it("GGD Twente G row by hand: I 174+213+76+562-44-91-105-562 = 223, M 92-94 = -2, S -145-73 = -218", () => {
    expect(
      resultaatPerFinanciering(ontwikkelingen("GGD Twente"))[2].map((v) => v.toNumber())
    ).toEqual([223, -2, -218, 3]);
  });
});

describe("parseSoort / parseFinanciering", () => {
  it.each([
    ["I", "I"],
    ["m", "M"],
    ["Structureel", "S"],
    ["Incidenteel (I)", "I"],
    ["X", undefined],
    ["", undefined],
  ])("soort %p -> %p", (text, expected) => {
    expect(parseSoort(text)).toBe(expected);
  });

  it.each([
    ["R", "R"],
    ["Rijksbijdrage PGA (R)", "R"],
    ["Rijksbijdragen", "R"],
    ["Projecten", "P"],
    ["Wegvallen subsidieopbrengsten centrumgemeente (P)", "P"],
    ["G Gemeentelijke bijdrage", "G"],
    ["Forensische Geneeskunde ( G )", "G"],
    ["Lagere kosten", undefined],
    ["Q", undefined],
  ])("financiering %p -> %p", (text, expected) => {
    expect(parseFinanciering(text)).toBe(expected);
  });
});
