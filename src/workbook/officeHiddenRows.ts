import { Sheet } from "../berap/model/workbook";
import { Rect } from "./readPlan";

export interface HiddenRowsProbe {
  readonly ws: Excel.Worksheet;
  readonly sheet: Sheet;
  /** The sheet's used range, 0-based as Excel gives it. */
  readonly used: Rect;
}

/** How many parts a block of rows with some hidden ones is split into per round. */
const FAN_OUT = 16;

/** Formulas whose sums may leave hidden rows out: only their sheets need to know which rows are hidden. */
const SKIPS_HIDDEN = /\b(?:_xlfn\.)?(?:SUBTOTAL|AGGREGATE)\(/i;

/** True when a sheet holds a SUBTOTAL or AGGREGATE formula (a total that may leave hidden rows out). */
export function mayLeaveOutHiddenRows(sheet: Sheet): boolean {
  for (const row of sheet.filledRows())
    for (const [, cell] of sheet.rowCells(row))
      if (cell.formula !== undefined && SKIPS_HIDDEN.test(cell.formula)) return true;
  return false;
}

/**
 * Which rows of the used range are hidden, into `sheet.hiddenRows` (1-based), for the sheets given. Asked as
 * Range.rowHidden (ExcelApi 1.2), which is true when every row of a range is hidden, false when none is and
 * null when some are: a mixed block is split in up to 16 parts and asked again, every sheet in the same
 * request, so a sheet of 1.000 rows with one hidden row takes 4 requests (1.000, 63, 4, 1 rows a block), never one object per row. With
 * `autoFilter` (ExcelApi 1.9), whether the sheet has an autofilter is asked in the first request.
 */
export async function readHiddenRows(
  context: Excel.RequestContext,
  probes: readonly HiddenRowsProbe[],
  autoFilter: boolean
): Promise<void> {
  type Block = { probe: HiddenRowsProbe; row: number; rows: number };
  let blocks: Block[] = probes
    .filter((p) => p.used.rows > 0)
    .map((probe) => ({ probe, row: probe.used.row, rows: probe.used.rows }));
  const filters = autoFilter
    ? probes.map((p) => {
        const filter = p.ws.autoFilter;
        filter.load("enabled");
        return { probe: p, filter };
      })
    : [];
  let first = true;
  while (blocks.length > 0) {
    const asked = blocks.map((block) => {
      const { probe, row, rows } = block;
      const range = probe.ws.getRangeByIndexes(row, probe.used.col, rows, 1);
      range.load("rowHidden");
      return { block, range };
    });
    // One request per round of halving, for every sheet at once: the rounds depend on each other's answers.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    if (first) for (const { probe, filter } of filters) probe.sheet.filtered = filter.enabled;
    first = false;
    blocks = [];
    for (const { block, range } of asked) {
      if (range.rowHidden === true)
        for (let r = 0; r < block.rows; r++) block.probe.sheet.hiddenRows.add(block.row + r + 1);
      else if (range.rowHidden !== false && block.rows > 1) blocks.push(...split(block));
    }
  }
}

function split<T extends { row: number; rows: number }>(block: T): T[] {
  const size = Math.ceil(block.rows / FAN_OUT);
  const parts: T[] = [];
  for (let r = 0; r < block.rows; r += size)
    parts.push({ ...block, row: block.row + r, rows: Math.min(size, block.rows - r) });
  return parts;
}
