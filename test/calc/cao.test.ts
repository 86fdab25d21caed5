import { caoAverage, caoStructural, caoSurplus, CaoStep, yearFraction } from "../../src/calc";

// Cao 2025 (domain brief): 2% from 1 April, 1,85% from 1 October.
const cao2025: CaoStep[] = [
  { date: { year: 2025, month: 4, day: 1 }, rate: 0.02 },
  { date: { year: 2025, month: 10, day: 1 }, rate: 0.0185 },
];

describe("cao", () => {
  it("12-month average: 2% x 9/12 + 1,85% x 3/12 = 1,9625%, reported as 1,96%", () => {
    expect(caoAverage(cao2025).toString()).toBe("0.019625");
    expect(caoAverage(cao2025).toDecimalPlaces(4).toString()).toBe("0.0196");
  });

  it("the order the steps are given in does not matter", () => {
    expect(caoAverage([...cao2025].reverse()).toString()).toBe("0.019625");
  });

  it("compounded: 2% x 9/12 + (1,02 x 1,0185 - 1,02) x 3/12 = 0,015 + 0,01887 x 0,25 = 0,0197175", () => {
    expect(caoAverage(cao2025, { compound: true }).toString()).toBe("0.0197175");
  });

  it("structural level at year end: 1,02 x 1,0185 - 1 = 3,887%", () => {
    expect(caoStructural(cao2025).toString()).toBe("0.03887");
  });

  it("a raise within a month counts the days left of that month", () => {
    // 16 April: 15 of April's 30 days, then May-December: (8 + 15/30) / 12 = 8,5 / 12.
    expect(yearFraction({ year: 2025, month: 4, day: 16 }).times(12).toString()).toBe("8.5");
    // 1 January counts the whole year.
    expect(yearFraction({ year: 2025, month: 1, day: 1 }).toString()).toBe("1");
  });

  it("overschot = loonsom x (begroot - (werkelijk + werkgeverslasten))", () => {
    // 1.000.000 x (0,053 - (0,0196 + 0,006)) = 1.000.000 x 0,0274 = 27.400
    expect(caoSurplus(1000000, 0.053, 0.0196, 0.006).toString()).toBe("27400");
    // Domain brief: 5,3% budgeted, about 2,6% actual incl. werkgeverslasten -> overschot 2,7% of the wage base.
    expect(caoSurplus(100, 0.053, 0.02, 0.006).toString()).toBe("2.7");
    // Wages rising more than budgeted is a tekort: 1.000 x (0,02 - 0,03) = -10.
    expect(caoSurplus(1000, 0.02, 0.03).toString()).toBe("-10");
  });

  it("refuses steps in two years, no steps, and impossible dates", () => {
    expect(() =>
      caoAverage([cao2025[0], { date: { year: 2026, month: 1, day: 1 }, rate: 0.01 }])
    ).toThrow("Alle loonstijgingen moeten in één kalenderjaar vallen; gevonden: 2025 en 2026.");
    expect(() => caoStructural([])).toThrow("Er zijn geen loonstijgingen opgegeven.");
    expect(() => caoAverage([{ date: { year: 2025, month: 2, day: 30 }, rate: 0.01 }])).toThrow(
      "Rij 1: geen geldige ingangsdatum."
    );
  });
});
