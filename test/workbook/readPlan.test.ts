import {
  cellsOf,
  mergeAreas,
  packRequests,
  readByAreas,
  splitRows,
} from "../../src/workbook/readPlan";

/*
 * The read plan: which sheets are read by their filled areas, how areas merge, and how requests stay within
 * their cell budget whatever the shapes (checked over many generated layouts).
 */
const rect = (row: number, col: number, rows: number, cols: number) => ({ row, col, rows, cols });

describe("read plan", () => {
  it("reads a dense sheet as its used range and a sheet with a far stray cell by its areas", () => {
    // 40 x 6 table, filled: 240 cells; with a stray cell at row 100.000: 600.000 cells in the used range.
    expect(readByAreas(rect(0, 0, 40, 6), 230, 30)).toBe(false);
    expect(readByAreas(rect(0, 0, 100_000, 6), 241, 31)).toBe(true);
    // Too many areas to list: the used range, in bounded requests.
    expect(readByAreas(rect(0, 0, 100_000, 6), 241, 5_000)).toBe(false);
  });

  it("merges a table's areas into one rectangle and keeps a far stray cell apart", () => {
    const table = [rect(2, 0, 8, 6), rect(11, 0, 30, 6), rect(1, 0, 1, 1)];
    const stray = rect(99_999, 5, 1, 1);
    expect(mergeAreas([...table, stray])).toEqual([rect(1, 0, 40, 6), stray]);
    // A cell far to the right on the table's rows stays apart too (the union would be 40 x 16.384).
    expect(mergeAreas([rect(0, 0, 40, 6), rect(5, 16_383, 1, 1)])).toHaveLength(2);
  });

  it("every filled cell is covered and every request stays within its budget, over generated layouts", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let layout = 0; layout < 200; layout++) {
      const areas = Array.from({ length: 1 + random(40) }, () =>
        rect(random(200_000), random(300), 1 + random(500), 1 + random(40))
      );
      const budget = 1_000 + random(30_000);
      const blocks = mergeAreas(areas);
      const inside = (a: (typeof areas)[0], b: (typeof areas)[0]) =>
        a.row >= b.row &&
        a.col >= b.col &&
        a.row + a.rows <= b.row + b.rows &&
        a.col + a.cols <= b.col + b.cols;
      for (const a of areas) expect(blocks.some((b) => inside(a, b))).toBe(true);
      const filled = areas.reduce((n, a) => n + cellsOf(a), 0);
      // Merging wastes at most the filled cells again plus the slack per block.
      expect(blocks.reduce((n, b) => n + cellsOf(b), 0)).toBeLessThanOrEqual(
        2 * filled + 1_000 * blocks.length
      );
      const bands = blocks.flatMap((b) => splitRows(b, budget).map((r) => ({ rect: r })));
      expect(bands.reduce((n, b) => n + cellsOf(b.rect), 0)).toBe(
        blocks.reduce((n, b) => n + cellsOf(b), 0)
      );
      for (const request of packRequests(bands, budget))
        expect(request.reduce((n, b) => n + cellsOf(b.rect), 0)).toBeLessThanOrEqual(budget);
    }
  });
});
