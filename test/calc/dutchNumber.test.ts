import { formatDutchNumber, formatDutchPercentage, parseDutchNumber } from "../../src/calc";

describe("formatDutchNumber", () => {
  it.each([
    [1377, undefined, "1.377"],
    [-193, undefined, "-193"],
    [640787, undefined, "640.787"],
    [0.019625, undefined, "0,019625"],
    [76966.5, 0, "76.967"],
    [-1234567.891, 2, "-1.234.567,89"],
    [-0.001, 0, "0"],
  ])("%p (%p decimals) -> %s", (value, decimals, expected) => {
    expect(formatDutchNumber(value, decimals)).toBe(expected);
  });

  it("percentages", () => {
    expect(formatDutchPercentage(0.019625, 2)).toBe("1,96%");
    expect(formatDutchPercentage(0.007)).toBe("0,7%");
  });
});

describe("parseDutchNumber", () => {
  const value = (text: string) => {
    const p = parseDutchNumber(text);
    return p.kind === "getal" ? p.value.toNumber() : p.kind;
  };
  it.each([
    ["1.377", 1377],
    ["-193", -193],
    ["-/- 189.000", -189000],
    ["0,7%", 0.007],
    ["-13%", -0.13],
    ["EUR 665.000", 665000],
    ["€ 1.234,56", 1234.56],
    ["(12)", -12],
    ["€ (45.000)", -45000],
    ["45.000-", -45000],
    ["45.000 -", -45000],
    ["--", "geen-getal"],
    ["250 V", 250],
    ["35 N", -35],
    ["1.250,5 n", -1250.5],
    ["N", "geen-getal"],
    ["V 250", "geen-getal"],
    ["1-2", "geen-getal"],
    ["640 787", 640787],
    ["-", "nihil"],
    ["", "nihil"],
    ["Almelo", "geen-getal"],
    ["1.2345", "geen-getal"],
    ["1,2,3", "geen-getal"],
  ])("%p -> %p", (text, expected) => {
    expect(value(text)).toBe(expected);
  });
});
