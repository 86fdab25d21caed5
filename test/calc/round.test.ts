import { round } from "../../src/calc";

describe("round (Excel's ROUND: half away from zero)", () => {
  it.each([
    [76966.38664642072, 0, "76966"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [0.125, 2, "0.13"],
    [-0.125, 2, "-0.13"],
    // 1.005 is typed by a controller as 1,005: read as the decimal shown, so it rounds up (floats would give 1.00).
    [1.005, 2, "1.01"],
    [188500, -3, "189000"],
    [-188500, -3, "-189000"],
    [188499, -3, "188000"],
  ])("round(%p, %p) = %s", (value, decimals, expected) => {
    expect(round(value, decimals).toString()).toBe(expected);
  });

  it("rejects decimals that are not a whole number in range", () => {
    expect(() => round(1, 1.5)).toThrow(/geheel getal/);
    expect(() => round(1, 11)).toThrow(/geheel getal/);
  });
});
