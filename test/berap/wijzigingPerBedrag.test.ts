import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { sheet, workbook } from "../support/ruleTester";

/*
 * A begrotingswijziging of one amount per programme (the gemeentelijke bijdrage), in whole euros, written
 * from the domain brief: before the change, the change, after it. By hand:
 *   GGD Twente 1.000.000 + 50.000 = 1.050.000; OZJT 800.000 - 20.000 = 780.000; VTT 200.000 + 0 = 200.000;
 *   Totaal 2.000.000 + 30.000 = 2.030.000 (= 1.050.000 + 780.000 + 200.000).
 */
const table = (title: string, ozjtNa: number, changes = [50000, -20000, 0]) => {
  const voor = [1000000, 800000, 200000];
  const na = voor.map((v, i) => v + changes[i]);
  na[1] = ozjtNa;
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return workbook(
    sheet("Wijziging", [
      [title],
      ["Bedragen in hele euro's"],
      [],
      ["Programma", "Bijdrage voor wijziging", "Wijziging", "Bijdrage na wijziging"],
      ["GGD Twente", voor[0], changes[0], na[0]],
      ["OZJT", voor[1], changes[1], na[1]],
      ["Veilig Thuis Twente", voor[2], changes[2], na[2]],
      // The Totaal row as it should be: voor + wijziging, whatever slip a row has.
      ["Totaal", total(voor), total(changes), total(voor) + total(changes)],
    ])
  );
};
const claims = (wb: ReturnType<typeof table>) =>
  validateWorkbook(wb)
    .bevindingen.filter((f) => f.ernst !== "info")
    .map((f) => [f.regel, f.cel, f.ernst, f.verwacht, f.gevonden]);

describe("a begrotingswijziging of one amount per row (wijziging-per-bedrag)", () => {
  it("is recognised by its three phases, and a consistent table has no finding", () => {
    const wb = table("5e begrotingswijziging 2025", 780000);
    const grid = recognizeBerap(wb).grids.find((g) => g.kind === "wijziging-per-bedrag");
    expect(grid?.roles).toEqual(["voor", "wijziging", "na"]);
    expect(claims(wb)).toEqual([]);
  });

  it("finds a row after the change that is not before + change, on that cell only", () => {
    // OZJT after 790.000 where 800.000 - 20.000 = 780.000: fout 10.000 on D6. The Totaal 2.030.000 is right
    // (2.000.000 + 30.000), and only differs from the column as typed (2.040.000) by that slip.
    expect(claims(table("5e begrotingswijziging 2025", 790000))).toEqual([
      ["rol-relatie", "D6", "fout", 780000, 790000],
    ]);
  });

  it("a technische wijziging of the bijdrage leaves its Totaal wijziging 0", () => {
    // Changes 50.000 - 20.000 + 0 = 30.000 on the Totaal row: a technische wijziging only moves budget.
    const bad = claims(table("Technische begrotingswijziging 2025", 780000));
    expect(bad).toEqual([["technische-wijziging", "C8", "fout", 0, 30000]]);
    // 50.000 - 50.000 + 0 = 0: nothing moved in total.
    const ok = table("Technische begrotingswijziging 2025", 750000, [50000, -50000, 0]);
    expect(claims(ok)).toEqual([]);
  });

  it("leaves a table of lasten, baten and saldo to the begrotingswijziging kind", () => {
    const wb = workbook(
      sheet("Wijziging", [
        [
          null,
          "Begroting voor wijziging",
          null,
          null,
          "Wijziging",
          null,
          null,
          "Begroting na wijziging",
        ],
        [
          "Programma",
          "Lasten",
          "Baten",
          "Saldo",
          "Lasten",
          "Baten",
          "Saldo",
          "Lasten",
          "Baten",
          "Saldo",
        ],
        ["GGD Twente", 300, 100, 200, 10, 10, 0, 310, 110, 200],
        ["Totaal", 300, 100, 200, 10, 10, 0, 310, 110, 200],
      ])
    );
    const kinds = recognizeBerap(wb).grids.map((g) => g.kind);
    expect(kinds).toEqual(["begrotingswijziging"]);
    expect(claims(wb)).toEqual([]);
  });
});
