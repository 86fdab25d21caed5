import {
  CalcError,
  CalendarDate,
  DISTRIBUTION_METHODS,
  DistributionMethod,
  parseDutchNumber,
} from "../calc";

/**
 * Argument coercion: Excel passes numbers, text, booleans, `null` for an omitted optional argument, "" or null
 * for an empty cell, error objects, and 2-D arrays for ranges. Everything is checked here, before the calc
 * module sees it, so that every message can name the argument and the row the controller has to fix.
 */
export type Cell = unknown;

export function isBlank(value: Cell): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

function isDash(value: Cell): boolean {
  return typeof value === "string" && /^\s*[-\u2013\u2014]\s*$/.test(value);
}

/** How a bad cell is named in a message: "de tekst 'abc'", "WAAR", "een foutwaarde". */
export function describeCell(value: Cell): string {
  if (isBlank(value)) return "een lege cel";
  if (typeof value === "string") return `de tekst '${value}'`;
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (typeof value === "number") return String(value).replace(".", ",");
  return "een foutwaarde";
}

function where(argument: string, row?: number): string {
  return row === undefined ? argument : `${argument}, rij ${row + 1}`;
}

function fail(argument: string, row: number | undefined, problem: string): never {
  throw new CalcError(`${where(argument, row)}: ${problem}`);
}

/** A required number. An empty cell counts as 0, as in Excel's own arithmetic. */
export function requireNumber(value: Cell, argument: string, row?: number): number {
  if (isBlank(value)) return 0;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return fail(argument, row, `${describeCell(value)} is geen getal.`);
}

/** An optional number; an omitted argument or empty cell gives `fallback`. */
export function optionalNumber(value: Cell, argument: string, fallback: number): number {
  return isBlank(value) ? fallback : requireNumber(value, argument);
}

/** An optional whole number within bounds. */
export function optionalInteger(
  value: Cell,
  argument: string,
  fallback: number,
  min: number,
  max: number
): number {
  const n = optionalNumber(value, argument, fallback);
  if (!Number.isInteger(n) || n < min || n > max) {
    fail(
      argument,
      undefined,
      `moet een geheel getal van ${min} tot en met ${max} zijn, niet ${describeCell(n)}.`
    );
  }
  return n;
}

/** An optional logical value; 1 and 0 count as WAAR and ONWAAR. */
export function optionalBoolean(value: Cell, argument: string, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  return fail(argument, undefined, `${describeCell(value)} is geen WAAR of ONWAAR.`);
}

/**
 * An amount in a table cell: a number, or nil written as an empty cell or a dash ("-" in a Berap means nothing
 * to report). Text with a Dutch number in it ("1.377") is read too, because tables pasted from a report are
 * often text.
 */
export function amountCell(value: Cell, argument: string, row?: number): number {
  if (isBlank(value) || isDash(value)) return 0;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const parsed = parseDutchNumber(value);
    if (parsed.kind === "getal") return parsed.value.toNumber();
  }
  return fail(argument, row, `${describeCell(value)} is geen bedrag.`);
}

/** A range as rows of cells; a single value becomes a 1 x 1 range. */
export function toRows(range: Cell): Cell[][] {
  if (Array.isArray(range)) return range.map((row) => (Array.isArray(row) ? row : [row]));
  return [[range]];
}

/**
 * A range that must be one column (or one row) of cells, as a list. A row is accepted too because Excel users
 * select horizontal ranges as often as vertical ones.
 */
export function toList(range: Cell, argument: string): Cell[] {
  const rows = toRows(range);
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 1) return rows.map((r) => r[0]);
  if (rows.length === 1) return rows[0];
  return fail(
    argument,
    undefined,
    `verwacht één kolom, maar het bereik is ${width} kolommen breed.`
  );
}

/** True when every cell of a row is empty: spacer rows in a table are skipped. */
export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every(isBlank);
}

/** A distribution key: one non-negative number per row; an empty cell is an error, not a silent 0. */
export function keyList(range: Cell, argument: string): number[] {
  return toList(range, argument).map((value, i) => {
    if (isBlank(value))
      fail(argument, i, "de cel is leeg; vul 0 in als deze regel niets moet krijgen.");
    const n = requireNumber(value, argument, i);
    if (n < 0) fail(argument, i, `de sleutel mag niet negatief zijn (${describeCell(n)}).`);
    return n;
  });
}

/** "sluitend" (default) or "per_regel"; "per regel" and any case are accepted. */
export function distributionMethod(value: Cell, argument: string): DistributionMethod {
  if (isBlank(value)) return "sluitend";
  if (typeof value === "string") {
    const normalized = value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    const found = DISTRIBUTION_METHODS.find((m) => m === normalized);
    if (found) return found;
  }
  return fail(
    argument,
    undefined,
    `${describeCell(value)} is geen methode; kies "sluitend" of "per_regel".`
  );
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * An Excel date serial number as a calendar date (1 = 1 January 1900). Excel counts a 29 February 1900 that
 * never was (serial 60); dates before it are shifted by one day, as Excel does.
 */
export function excelDate(value: Cell, argument: string, row?: number): CalendarDate {
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < 1 ||
    value >= 2958466 ||
    Math.floor(value) === 60
  ) {
    return fail(argument, row, `${describeCell(value)} is geen datum.`);
  }
  const serial = Math.floor(value);
  const date = new Date(EXCEL_EPOCH + (serial < 60 ? serial + 1 : serial) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
