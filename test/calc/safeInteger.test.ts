import { addSafeIntegers, Decimal } from "../../src/calc";

describe("addSafeIntegers", () => {
  it("adds whole figures exactly: GGD Twente G incidenteel 174 + -44 = 130", () => {
    expect(addSafeIntegers(174, -44)).toBe(130);
  });

  it("keeps a total of the 2e Berap 2025 exact: 1.413 + -1.106 = 307", () => {
    expect(addSafeIntegers(1413, -1106)).toBe(307);
  });

  it("says so when the sum is no longer a safe integer: 2^53 - 1 + 1 = 2^53 is not safe", () => {
    expect(addSafeIntegers(Number.MAX_SAFE_INTEGER, 1)).toBeUndefined();
    expect(addSafeIntegers(-Number.MAX_SAFE_INTEGER, -1)).toBeUndefined();
    // (2^53 - 1) + -(2^53 - 1) = 0: large terms whose sum is safe are exact.
    expect(addSafeIntegers(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it("takes no figure with decimals or beyond the safe range: 0,1 and 2^53 are refused", () => {
    expect(addSafeIntegers(0.1, 2)).toBeUndefined();
    expect(addSafeIntegers(2, 2 ** 53)).toBeUndefined();
    expect(addSafeIntegers(Number.NaN, 1)).toBeUndefined();
  });

  it("gives what Decimals give: 38.110 + 3.539 + 7.172 = 48.821, by hand and in decimal.js", () => {
    let total: number | undefined = 0;
    for (const v of [38110, 3539, 7172]) total = addSafeIntegers(total!, v);
    expect(total).toBe(48821);
    expect(new Decimal(38110).plus(3539).plus(7172).toNumber()).toBe(total);
  });
});
