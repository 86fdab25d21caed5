import { CalcError, keyOfShare, roundingBand, shareByKey } from "../../src/calc";

describe("shareByKey (a share from a key printed as a percentage)", () => {
  it("gives amount x key and the range the printed key allows", () => {
    // 250.000 x 0,1297 = 32.425; 250.000 x 0,12965 = 32.412,5 -> 32.413; 250.000 x 0,12975 = 32.437,5 -> 32.438.
    const r = shareByKey(250000, 0.1297, { keyDecimals: 4 });
    expect([r.share, r.min, r.max].map(String)).toEqual(["32425", "32413", "32438"]);
  });

  it("lets the share made from the inwoners (83.087 / 640.787) fit the printed 12,97%", () => {
    // 250.000 x 83.087 / 640.787 = 32.416,31..., rounded 32.416: inside 32.413 - 32.438.
    const r = shareByKey(250000, 0.1297, { keyDecimals: 4 });
    expect(r.min.lte(32416) && r.max.gte(32416)).toBe(true);
    expect(r.max.lt(32916)).toBe(true); // Hengelo +500 does not fit
  });

  it("keeps min below max for a negative amount (a correction)", () => {
    // -100.000 x 0,1157 = -11.570; x 0,11565 = -11.565; x 0,11575 = -11.575.
    const r = shareByKey(-100000, 0.1157, { keyDecimals: 4 });
    expect([r.share, r.min, r.max].map(String)).toEqual(["-11570", "-11575", "-11565"]);
  });

  it("rounds to the share's decimals", () => {
    // 1.000 x 0,333 = 333; 1.000 x 0,3325 = 332,5; 1.000 x 0,3335 = 333,5 (keyDecimals 3).
    const r = shareByKey(1000, 0.333, { keyDecimals: 3, decimals: 1 });
    expect([r.share, r.min, r.max].map(String)).toEqual(["333", "332.5", "333.5"]);
  });
});

describe("keyOfShare", () => {
  it("gives the key a share shows, at the key's precision", () => {
    // 28.935 / 250.000 = 0,11574 -> 0,1157 (11,57%).
    expect(keyOfShare(28935, 250000, 4).toString()).toBe("0.1157");
  });

  it("refuses an amount of 0 with a Dutch message", () => {
    expect(() => keyOfShare(1, 0, 4)).toThrow(CalcError);
    expect(() => keyOfShare(1, 0, 4)).toThrow(/bedrag van 0/);
  });
});

describe("roundingBand", () => {
  it("is half a unit per rounded figure", () => {
    expect(roundingBand(14, 0).toString()).toBe("7");
    expect(roundingBand(14, 4).toString()).toBe("0.0007");
    expect(roundingBand(3, -3).toString()).toBe("1500");
  });
});
