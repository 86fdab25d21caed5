import fc from "fast-check";
import DecimalJs from "decimal.js";
import { distribute, resultaatPerFinanciering, SOORTEN, FINANCIERINGEN } from "../../src/calc";

/*
 * Properties of the distribution, each checked on 1.000+ generated cases. The oracle is an independent
 * decimal.js computation at 80 significant digits (amount x key / sum of keys), not the BigInt arithmetic
 * of the code under test.
 */
const Oracle = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_UP });
const RUNS = { numRuns: 1200 };

const amountArb = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 3 }))
  .map(([digits, scale]) => digits / 10 ** scale);
const keysArb = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 })
  .filter((keys) => keys.some((k) => k > 0));
const decimalsArb = fc.integer({ min: -2, max: 3 });

function exactShares(amount: number, keys: number[]): InstanceType<typeof Oracle>[] {
  const total = keys.reduce((a, k) => a.plus(k), new Oracle(0));
  return keys.map((k) => new Oracle(amount).times(k).dividedBy(total));
}
const unit = (decimals: number) => new Oracle(10).pow(-decimals);
const roundTo = (x: InstanceType<typeof Oracle>, decimals: number) =>
  decimals >= 0
    ? x.toDecimalPlaces(decimals, Oracle.ROUND_HALF_UP)
    : x.toNearest(unit(decimals), Oracle.ROUND_HALF_UP);

describe("distribute: properties", () => {
  it("sluitend: the shares add up exactly to the amount rounded to the decimals", () => {
    fc.assert(
      fc.property(amountArb, keysArb, decimalsArb, (amount, keys, decimals) => {
        const shares = distribute(amount, keys, { decimals });
        const total = shares.reduce((a, s) => a.plus(s.toString()), new Oracle(0));
        return total.equals(roundTo(new Oracle(amount), decimals));
      }),
      RUNS
    );
  });

  it("sluitend: every share is within one unit of its exact share", () => {
    fc.assert(
      fc.property(amountArb, keysArb, decimalsArb, (amount, keys, decimals) => {
        const exact = exactShares(amount, keys);
        return distribute(amount, keys, { decimals }).every((s, i) =>
          new Oracle(s.toString()).minus(exact[i]).abs().lt(unit(decimals))
        );
      }),
      RUNS
    );
  });

  it("per_regel: every share is its exact share rounded half away from zero", () => {
    fc.assert(
      fc.property(amountArb, keysArb, decimalsArb, (amount, keys, decimals) => {
        const exact = exactShares(amount, keys);
        return distribute(amount, keys, { decimals, method: "per_regel" }).every((s, i) =>
          new Oracle(s.toString()).equals(roundTo(exact[i], decimals))
        );
      }),
      RUNS
    );
  });

  it("a negative amount gives exactly the negated shares of the positive amount, in both methods", () => {
    fc.assert(
      fc.property(
        amountArb,
        keysArb,
        decimalsArb,
        fc.constantFrom("sluitend", "per_regel" as const),
        (amount, keys, decimals, method) => {
          const plus = distribute(Math.abs(amount), keys, { decimals, method });
          const minus = distribute(-Math.abs(amount), keys, { decimals, method });
          return plus.every(
            (s, i) => s.negated().equals(minus[i]) || (s.isZero() && minus[i].isZero())
          );
        }
      ),
      RUNS
    );
  });
});

describe("resultaatPerFinanciering: properties", () => {
  const ontwikkelingArb = fc.record({
    soort: fc.constantFrom(...SOORTEN),
    financiering: fc.constantFrom(...FINANCIERINGEN),
    bedrag: fc.integer({ min: -100_000, max: 100_000 }),
  });

  it("the Totaal row and column equal the sums of the amounts by soort and by financiering", () => {
    fc.assert(
      fc.property(fc.array(ontwikkelingArb, { maxLength: 40 }), (ontwikkelingen) => {
        const matrix = resultaatPerFinanciering(ontwikkelingen);
        const sumWhere = (pred: (o: (typeof ontwikkelingen)[number]) => boolean) =>
          ontwikkelingen.filter(pred).reduce((a, o) => a + o.bedrag, 0);
        const columnsOk = SOORTEN.every(
          (s, c) => matrix[3][c].toNumber() === sumWhere((o) => o.soort === s)
        );
        const rowsOk = FINANCIERINGEN.every(
          (f, r) => matrix[r][3].toNumber() === sumWhere((o) => o.financiering === f)
        );
        return columnsOk && rowsOk && matrix[3][3].toNumber() === sumWhere(() => true);
      }),
      RUNS
    );
  });
});
