import {
  CalcError,
  CalendarDate,
  DISTRIBUTION_METHODS,
  DistributionMethod,
  parseDutchNumber,
} from "../calc";

/**
 * Argument coercion: every value Excel can pass is checked here, before the calc module sees it, so that
 * every message can name the argument and the row the controller has to fix. What Excel sends differs by
 * platform, so each helper documents how it reads each shape:
 *
 * - An omitted optional argument is `null`, and Excel appends the invocation object after the declared
 *   arguments (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options).
 * - An empty cell is `null` on Excel on the web and newer builds but `0` on Windows desktop builds, both as a
 *   scalar argument and inside a range (OfficeDev/office-js issues #4702, #5262, #1951). `0` from an empty
 *   cell cannot be told from a typed 0, so wherever a blank and 0 would give different results we decide
 *   per argument so that both shapes give the same one (see {@link isBlankOrZero}).
 * - A formula's empty text `""` arrives as "" (a string), also treated as blank.
 * - Booleans arrive as true/false; dates as serial numbers (1 = 1 January 1900); percentages as fractions.
 * - A cell holding a data type (Aandelen, Geografie, a formatted number) can arrive as an object with a
 *   `type` (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts);
 *   it gets a message that says what it is.
 * - Error values (#N/B, #DEEL/0!) never reach a function: Excel returns the error itself unless the
 *   metadata sets allowErrorForDataTypeAny, which ours does not
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 * - A whole-column range (A:A) is 1.048.576 rows: nothing here spreads a range into a call's arguments.
 */
export type Cell = unknown;

/** Empty as every platform can send it: null, undefined, or (whitespace-only) text such as a formula's "". */
export function isBlank(value: Cell): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Blank, or the 0 Windows desktop Excel sends for an empty cell. Used where a 0 has no meaning of its own
 * (a name, a soort, a method, a year, a whole row of a table), so an empty cell reads the same everywhere.
 */
export function isBlankOrZero(value: Cell): boolean {
  return value === 0 || isBlank(value);
}

function isDash(value: Cell): boolean {
  return typeof value === "string" && /^\s*[-\u2013\u2014]\s*$/.test(value);
}

/** A cell holding a data type (an entity, a formatted number): an object that is not a range. */
function isDataType(value: Cell): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How a bad cell is named in a message: "de tekst 'abc'", "WAAR", "een cel met een gegevenstype". */
export function describeCell(value: Cell): string {
  if (isBlank(value)) return "een lege cel";
  if (typeof value === "string") return `de tekst '${value}'`;
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (typeof value === "number") return String(value).replace(".", ",");
  if (Array.isArray(value)) return "een bereik";
  if (isDataType(value)) {
    const shown = [value.text, value.basicValue].find(
      (v) => typeof v === "string" || typeof v === "number"
    );
    return shown === undefined
      ? "een cel met een gegevenstype"
      : `een cel met een gegevenstype ('${String(shown)}')`;
  }
  return "een onbekende waarde";
}

/** As {@link describeCell} for a cell that should hold text: a desktop 0 is named as the empty cell it is. */
export function describeTextCell(value: Cell): string {
  return describeCell(value === 0 ? null : value);
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

/**
 * An optional number for which 0 means nothing (a year, a band limit): omitted, empty (null on the web) and
 * 0 (an empty cell on Windows desktop) all give `fallback`.
 */
export function optionalNonZero(value: Cell, argument: string, fallback: number): number {
  return isBlankOrZero(value) ? fallback : requireNumber(value, argument);
}

/** An optional whole number within bounds; `zeroIsBlank` where 0 is outside them anyway (a year). */
export function optionalInteger(
  value: Cell,
  argument: string,
  fallback: number,
  min: number,
  max: number,
  zeroIsBlank = false
): number {
  const n = zeroIsBlank
    ? optionalNonZero(value, argument, fallback)
    : optionalNumber(value, argument, fallback);
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
  if (!Array.isArray(range)) return [[range]];
  // Excel's ranges are already rows: no copy of a whole column unless a row is a bare value.
  if (range.every(Array.isArray)) return range as Cell[][];
  return range.map((row) => (Array.isArray(row) ? row : [row]));
}

/**
 * A range that must be one column (or one row) of cells, as a list. A row is accepted too because Excel users
 * select horizontal ranges as often as vertical ones.
 */
export function toList(range: Cell, argument: string): Cell[] {
  const rows = toRows(range);
  // A loop, not Math.max(...rows): a whole column has 1.048.576 rows, too many arguments for one call.
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  if (width === 1) return rows.map((r) => r[0]);
  if (rows.length === 1) return rows[0];
  return fail(
    argument,
    undefined,
    `verwacht één kolom, maar het bereik is ${width} kolommen breed.`
  );
}

/**
 * True when every cell of a row is empty or 0: spacer rows in a table are skipped. An empty row arrives as
 * nulls on the web and as zeros on Windows desktop; a row of zeros adds nothing either way.
 */
export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every(isBlankOrZero);
}

/**
 * A distribution key: one non-negative number per row. An empty cell is a key of 0 (that row gets nothing):
 * Windows desktop sends it as 0 and cannot be told from a typed 0, so the web's null must mean the same.
 */
export function keyList(range: Cell, argument: string): number[] {
  return toList(range, argument).map((value, i) => {
    if (isBlank(value)) return 0;
    const n = requireNumber(value, argument, i);
    if (n < 0) fail(argument, i, `de sleutel mag niet negatief zijn (${describeCell(n)}).`);
    return n;
  });
}

/** "sluitend" (default) or "per_regel"; "per regel" and any case are accepted; empty (or 0) is the default. */
export function distributionMethod(value: Cell, argument: string): DistributionMethod {
  if (isBlankOrZero(value)) return "sluitend";
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
  // An empty date cell is null (web) or 0 (desktop): the same message for both.
  if (isBlankOrZero(value)) return fail(argument, row, "de ingangsdatum ontbreekt.");
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
