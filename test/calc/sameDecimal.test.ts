import { Decimal, sameDecimal } from "../../src/calc";

describe("sameDecimal", () => {
  it("is equals: 1.413 and 1413,0 are the same figure, 307 and -307 are not", () => {
    expect(sameDecimal(new Decimal(1413), new Decimal("1413.0"))).toBe(true);
    expect(sameDecimal(new Decimal(307), new Decimal(-307))).toBe(false);
    expect(sameDecimal(new Decimal(307), new Decimal(308))).toBe(false);
  });

  it("sums exactly: 0,1 + 0,2 is 0,3; 174 + 50 + 83 is 307", () => {
    expect(sameDecimal(new Decimal(0.1).plus(0.2), new Decimal(0.3))).toBe(true);
    expect(sameDecimal(new Decimal(174).plus(50).plus(83), new Decimal(307))).toBe(true);
  });

  it("compares figures of different length: 1.234 against 1.234,5 and 12.340.000", () => {
    expect(sameDecimal(new Decimal(1234), new Decimal(1234.5))).toBe(false);
    expect(sameDecimal(new Decimal(1234), new Decimal(12340000))).toBe(false);
    expect(sameDecimal(new Decimal("12345678.9"), new Decimal("12345678.90000000"))).toBe(true);
  });

  it("leaves zeros, NaN and infinities to decimal.js: 0 is -0, NaN is nothing", () => {
    expect(sameDecimal(new Decimal(0), new Decimal(-0))).toBe(true);
    expect(sameDecimal(new Decimal(0), new Decimal(1))).toBe(false);
    expect(sameDecimal(new Decimal(NaN), new Decimal(NaN))).toBe(false);
    expect(sameDecimal(new Decimal(Infinity), new Decimal(Infinity))).toBe(true);
  });

  it("agrees with equals on thousands of figures, sums, quotients and roundings", () => {
    let seed = 2025;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5;
    const figures: Decimal[] = [];
    for (let i = 0; i < 300; i++) {
      const scale = 10 ** Math.floor(next() * 30);
      const d = new Decimal(Math.round(next() * 1e6) / 100).times(scale);
      figures.push(d, d.plus(1), d.negated(), d.dividedBy(7), d.toDecimalPlaces(1), d.times(1000));
    }
    for (let i = 0; i < figures.length; i++)
      for (const j of [i, i + 1, (i * 7) % figures.length, figures.length - 1 - i]) {
        const [a, b] = [figures[i], figures[j % figures.length]];
        expect(sameDecimal(a, b)).toBe(a.equals(b));
        // The same value built another way (through its text) is the same figure.
        expect(sameDecimal(a, new Decimal(a.toString()))).toBe(true);
      }
  });
});
