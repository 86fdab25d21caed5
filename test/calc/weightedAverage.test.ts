import { CalcError, weightedAverage } from "../../src/calc";

describe("weightedAverage", () => {
  it("weighs each value: (412,5 x 6,1% + 25 x 4,0%) / 437,5 = (25,1625 + 1) / 437,5 = 0,0598", () => {
    expect(weightedAverage([0.061, 0.04], [412.5, 25]).toString()).toBe("0.0598");
  });
  it("is the plain mean without weights: (5% + 7%) / 2 = 6%", () => {
    expect(weightedAverage([0.05, 0.07]).toString()).toBe("0.06");
  });
  it("refuses what has no average, in words", () => {
    expect(() => weightedAverage([])).toThrow(CalcError);
    expect(() => weightedAverage([1, 2], [1])).toThrow(CalcError);
    expect(() => weightedAverage([1, 2], [1, -1])).toThrow(/tellen op tot 0/);
  });
});
