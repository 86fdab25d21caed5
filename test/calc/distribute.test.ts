import { distribute, distributeToNumbers, gemeenten } from "../../src/calc";
import { berap2025 } from "../support/fixtures";

const inwoners2025 = gemeenten(2025).map((g) => g.inwoners);
const asNumbers = (values: { toNumber(): number }[]) => values.map((v) => v.toNumber());

describe("distribute: hand-worked cases", () => {
  it("sluitend hands the leftover unit to the largest remainder", () => {
    // 100 / 3 = 33,33 each: floors 33+33+33 = 99, one unit left; equal remainders and keys -> earliest row.
    expect(asNumbers(distribute(100, [1, 1, 1]))).toEqual([34, 33, 33]);
    // 10 over 1:2:3:4 = 1, 2, 3, 4 exactly: nothing to round.
    expect(asNumbers(distribute(10, [1, 2, 3, 4]))).toEqual([1, 2, 3, 4]);
    // 10 over 1:1:2 = 2,5 | 2,5 | 5: floors 2+2+5 = 9; remainders 0,5 | 0,5 | 0 -> first row.
    expect(asNumbers(distribute(10, [1, 1, 2]))).toEqual([3, 2, 5]);
    // 1 over 1:2 = 0,33 | 0,67: the larger remainder takes the unit.
    expect(asNumbers(distribute(1, [1, 2]))).toEqual([0, 1]);
  });

  it("sluitend breaks a tie of remainders in favour of the larger key, then the earlier row", () => {
    // 5 over 1:3:1:3 (total 8) = 0,625 | 1,875 | 0,625 | 1,875: floors 0+1+0+1 = 2, 3 units left.
    // Remainders 0,625 | 0,875 | 0,625 | 0,875: rows 2 and 4 first, then of the tied rows 1 and 3 the earlier.
    expect(asNumbers(distribute(5, [1, 3, 1, 3]))).toEqual([1, 2, 0, 2]);
    // 2 over 1:3 = 0,5 | 1,5: floors 0+1 = 1, one unit left, equal remainders 0,5 -> the larger key.
    expect(asNumbers(distribute(2, [1, 3]))).toEqual([0, 2]);
    // 1 over 1:1:2 = 0,25 | 0,25 | 0,5: the largest remainder wins before any tie-break.
    expect(asNumbers(distribute(1, [1, 1, 2]))).toEqual([0, 0, 1]);
  });

  it("per_regel rounds each share on its own, so the total need not close", () => {
    expect(asNumbers(distribute(100, [1, 1, 1], { method: "per_regel" }))).toEqual([33, 33, 33]);
    // 2,5 and 7,5 round away from zero to 3 and 8: 11, not 10.
    expect(asNumbers(distribute(10, [1, 3], { method: "per_regel" }))).toEqual([3, 8]);
  });

  it("a negative amount gives the mirror image of the positive one", () => {
    expect(asNumbers(distribute(-100, [1, 1, 1]))).toEqual([-34, -33, -33]);
    expect(asNumbers(distribute(-10, [1, 3], { method: "per_regel" }))).toEqual([-3, -8]);
  });

  it("distributes with decimals and to thousands", () => {
    // 100 / 3 to cents: 33,33 each, one cent left for the first row.
    expect(asNumbers(distribute(100, [1, 1, 1], { decimals: 2 }))).toEqual([33.34, 33.33, 33.33]);
    // 1.000.000 over 1:2 to thousands: 333.333,3 and 666.666,7 -> 333.000 and 667.000 (sum 1.000.000).
    expect(asNumbers(distribute(1000000, [1, 2], { decimals: -3 }))).toEqual([333000, 667000]);
  });

  it("reads amounts and keys as the decimals Excel shows, not as binary floats", () => {
    // 0,3 over 1:2 to one decimal: exactly 0,1 and 0,2 (in floats 0.3 / 3 = 0.09999999999999999).
    expect(distributeToNumbers(0.3, [1, 2], { decimals: 1 })).toEqual([0.1, 0.2]);
    // Non-integer keys: 10 over 0,5:1,5 = 2,5 | 7,5.
    expect(distributeToNumbers(10, [0.5, 1.5], { decimals: 1 })).toEqual([2.5, 7.5]);
  });

  it("gives a zero key nothing, even when units are left over", () => {
    expect(asNumbers(distribute(1, [0, 1, 1]))).toEqual([0, 1, 0]);
  });

  it("rejects what cannot be distributed, in Dutch", () => {
    expect(() => distribute(100, [])).toThrow("De verdeelsleutel is leeg.");
    expect(() => distribute(100, [0, 0])).toThrow(/telt op tot 0/);
    expect(() => distribute(100, [1, -2])).toThrow("Rij 2 van de verdeelsleutel is negatief (-2).");
    expect(() => distribute(100, [1], { decimals: 0.5 })).toThrow(/geheel getal/);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(() => distribute(100, [1], { method: "fair" as any })).toThrow(
      /Onbekende methode 'fair'/
    );
  });
});

describe("distribute: the published frictiekosten (AB 12 November 2025)", () => {
  const { Almelo, Totaal } = berap2025.frictiekosten_verdeling as Record<string, number[]>;
  // Columns: inwoners, gereserveerd, bijgesteld, toe te voegen aan projectenreserve, saldo.
  const amounts = Totaal.slice(1); // 665.000, -100.000, -270.000, 295.000

  it("the built-in inhabitants are the ones the table used", () => {
    expect(inwoners2025[0]).toBe(Almelo[0]);
    expect(inwoners2025.reduce((a, b) => a + b, 0)).toBe(Totaal[0]);
  });

  it.each(amounts.map((amount, i) => [amount, Almelo[i + 1]]))(
    "per_regel: Almelo's share of %p is the published %p",
    (amount, published) => {
      expect(distribute(amount, inwoners2025, { method: "per_regel" })[0].toNumber()).toBe(
        published
      );
    }
  );

  it.each(amounts)("sluitend: the 14 shares of %p add up exactly", (amount) => {
    const total = distribute(amount, inwoners2025).reduce((a, b) => a.plus(b));
    expect(total.toNumber()).toBe(amount);
  });

  it("per_regel does not close for these amounts, sluitend moves exactly one euro", () => {
    // Exact shares computed by hand with fractions (amount x inwoners / 640.787). Rounded per row they add
    // up to 664.999, -99.999, -270.001 and 295.001. Sluitend differs in one row each: the row with the
    // largest remainder after rounding down (665.000: Twenterand, remainder 0,494 vs its per-regel 35.360;
    // -100.000: Rijssen-Holten 0,483; -270.000: Rijssen-Holten 0,505; 295.000: Oldenzaal 0,508).
    const expected: Record<number, [number, number, number]> = {
      665000: [664999, 12, 35361],
      [-100000]: [-99999, 10, -6037],
      [-270000]: [-270001, 10, -16298],
      295000: [295001, 9, 14637],
    };
    for (const amount of amounts) {
      const [perRegelTotal, row, sluitendShare] = expected[amount];
      const perRegel = distribute(amount, inwoners2025, { method: "per_regel" });
      const sluitend = distribute(amount, inwoners2025);
      expect(perRegel.reduce((a, b) => a.plus(b)).toNumber()).toBe(perRegelTotal);
      expect(sluitend[row].toNumber()).toBe(sluitendShare);
      const changed = sluitend
        .map((s, i) => (s.equals(perRegel[i]) ? -1 : i))
        .filter((i) => i >= 0);
      expect(changed).toEqual([row]);
    }
  });
});
