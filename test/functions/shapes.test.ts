import * as functions from "../../src/functions/functions";
import { excelCall } from "../../src/functions/excelErrors";
import { excelArguments, INVOCATION, Platform, PLATFORMS } from "../support/excelShapes";
import { Expected, SHAPE_CASES } from "./shapeCases";

/*
 * Every ST function with the desktop and the web shape of the same sheet (empty cells as 0 or null, omitted
 * optionals as null, the invocation object appended): the same result on both. Then whole-column ranges
 * (1.048.576 rows) and results Excel cannot hold.
 */
type ExcelFunction = (...args: unknown[]) => unknown;
const toExcelName = (camel: string) => camel.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
const BY_ID = new Map<string, ExcelFunction>(
  Object.entries(functions).map(([name, fn]) => [toExcelName(name), fn as ExcelFunction])
);

/** Calls a function as Excel does and returns what the cell would show. */
function callAsExcel(id: string, args: readonly unknown[], platform: Platform): unknown {
  const fn = BY_ID.get(id)!;
  try {
    return { value: fn(...excelArguments(args, fn.length, platform)) };
  } catch (e) {
    const { code, message } = e as { code: string; message: string };
    return { error: code, message };
  }
}

function matches(result: unknown, expected: Expected): void {
  if ("rows" in expected) {
    const value = (result as { value: unknown[][] }).value;
    expect(value).toHaveLength(expected.rows);
    expect(value.slice(0, expected.first.length)).toEqual(expected.first);
  } else expect(result).toEqual(expected);
}

describe("the desktop and the web shape of the same sheet give the same result", () => {
  it("has cases for all twelve functions", () => {
    expect(new Set(SHAPE_CASES.map((c) => c.id))).toEqual(new Set(BY_ID.keys()));
    expect(BY_ID.size).toBe(12);
  });

  describe.each(SHAPE_CASES.map((c) => [`${c.id}: ${c.name}`, c] as const))("%s", (_name, c) => {
    it.each(PLATFORMS)("%s", (platform) => {
      matches(callAsExcel(c.id, c.args, platform), c.expected);
    });
  });

  it("a formula's empty text reads as an empty cell", () => {
    // The same sheets with ="" in the empty cells: Excel sends "" on every platform.
    for (const c of SHAPE_CASES) {
      const withEmptyText = JSON.parse(JSON.stringify(c.args), (_k, v) =>
        v && v["§"] === "leeg" ? "" : v
      );
      matches(callAsExcel(c.id, withEmptyText, "web"), c.expected);
    }
  });
});

describe("whole-column ranges (A:A, 1.048.576 rows)", () => {
  const ROWS = 1_048_576;
  /** A whole column as `platform` sends it: `top` in the first rows, then empty cells (null or 0). */
  const wholeColumn = (top: unknown[][], platform: Platform): unknown[][] => {
    const blank = platform === "web" ? null : 0;
    const rows = top.map((r) => r.slice());
    while (rows.length < ROWS) rows.push(new Array(top[0].length).fill(blank));
    return rows;
  };
  /** Calls with ranges already in `platform`'s shape (a million rows are not worth mapping again). */
  const call = (id: string, args: unknown[]) => {
    const fn = BY_ID.get(id)!;
    try {
      return { value: fn(...args, INVOCATION) };
    } catch (e) {
      return { error: (e as { code: string }).code, message: (e as Error).message };
    }
  };

  it.each(PLATFORMS)("every range function takes A:A or A:B (%s)", (platform) => {
    const a = (top: unknown[][]) => wholeColumn(top, platform);
    // 100 x 1/4 = 25, 100 x 3/4 = 75; one share per row of the key, the empty ones 0.
    const shares = call("VERDEEL", [100, a([[1], [3]]), null, null]).value as number[][];
    expect([shares.length, ...shares.slice(0, 3), shares[ROWS - 1]]).toEqual([
      ROWS,
      [25],
      [75],
      [0],
      [0],
    ]);
    // Almelo, Enschede, Hengelo: 23.241 / 50.721 / 26.038 of 100.000 (see the shape cases).
    const byName = call("VERDEEL_INWONERS", [
      100000,
      a([["Almelo"], ["Enschede"], ["Hengelo"]]),
      null,
      null,
      null,
    ]);
    expect((byName.value as number[][]).slice(0, 4)).toEqual([[23241], [50721], [26038], [0]]);
    const cao = a([
      [45748, 0.02],
      [45931, 0.0185],
    ]);
    expect(call("CAO_GEMIDDELDE", [cao, null])).toEqual({ value: 0.019625 });
    expect(call("CAO_STRUCTUREEL", [cao])).toEqual({ value: 0.03887 });
    expect(call("CAO_OVERSCHOT", [1000000, 0.053, cao, 0.006])).toEqual({ value: 27375 });
    // The five reserves of the 2e Berap 2025: 3.179 beschikbaar over 2.856 benodigd.
    expect(call("WEERSTAND_RATIO", [a([[3179]]), a([[2856]])])).toEqual({ value: 3179 / 2856 });
    expect(call("CONTROLE_SOM", [928, a([[554], [50], [149], [174]]), null])).toEqual({
      value: "afrondingsverschil: verschil 1",
    });
    expect(call("RESULTAAT_FINANCIERING", [a([["I"]]), a([["R"]]), a([[5]])])).toEqual({
      value: [
        [5, 0, 0, 5],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [5, 0, 0, 5],
      ],
    });
  });
});

describe("no Infinity or NaN: a result Excel cannot hold is #WAARDE! with a reason", () => {
  const tooLarge = {
    error: "#VALUE!",
    message:
      "De uitkomst valt buiten wat Excel kan weergeven (groter dan 9,99E+307); controleer de invoer.",
  };

  it.each(PLATFORMS)("WEERSTAND_RATIO of a huge reserve over a tiny need (%s)", (platform) => {
    // 1E+308 / 1E-10 = 1E+318: beyond a double.
    expect(callAsExcel("WEERSTAND_RATIO", [[[1e308]], [[1e-10]]], platform)).toEqual(tooLarge);
  });

  it.each(PLATFORMS)("CAO_OVERSCHOT beyond Excel's largest number (%s)", (platform) => {
    // 1E+308 x (5 - (-0,5)) = 5,5E+308: Infinity as a double.
    expect(callAsExcel("CAO_OVERSCHOT", [1e308, 5, [[-0.5]]], platform)).toEqual(tooLarge);
    // 9E+307 x 1,4 = 1,26E+308: a finite double, but above Excel's 9,99E+307.
    expect(callAsExcel("CAO_OVERSCHOT", [9e307, 0.5, [[-0.9]]], platform)).toEqual(tooLarge);
  });

  it("a result just inside Excel's range is returned", () => {
    // 9E+307 x (0,5 - 0,4) = 9E+306.
    expect(callAsExcel("CAO_OVERSCHOT", [9e307, 0.5, [[0.4]]], "web")).toEqual({ value: 9e306 });
  });

  it.each([
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["-Infinity in a matrix", [[1, -Infinity]]],
    ["1E+308", 1e308],
  ])("any function body returning %s gives #WAARDE!", (_name, result) => {
    expect(() => excelCall(() => result)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: tooLarge.message })
    );
  });
});
