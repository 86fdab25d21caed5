import { Decimal, parseDutchNumber } from "../../calc";
import { Cell, isErrorValue } from "./workbook";

/**
 * What a table cell means as an amount. Berap tables print nil as a dash and are often pasted as text, so a
 * Dutch-formatted text ("1.377", "0,7%") is read as the number it shows.
 *
 * `decimals` is the precision the cell is shown with (from its number format or its text), which decides
 * what counts as an afrondingsverschil.
 */
export type Amount =
  | {
      readonly kind: "getal";
      readonly value: Decimal;
      /** The value as a JavaScript number when it is a safe integer (sums of such figures need no Decimal). */
      readonly integer: number | undefined;
      readonly decimals: number;
      readonly percent: boolean;
    }
  | {
      readonly kind: "nihil";
      /** True for an empty cell; a dash ("-", "–") is nil as typed. In a Totaal row, empty is not totalled. */
      readonly empty?: boolean;
    }
  | { readonly kind: "foutwaarde"; readonly error: string }
  | { readonly kind: "onleesbaar"; readonly text: string };

const NIL: Amount = { kind: "nihil" };
const EMPTY: Amount = { kind: "nihil", empty: true };
// Decimals are immutable, so every nil can share one zero.
const ZERO = new Decimal(0);

export function readAmount(cell: Cell | undefined): Amount {
  if (!cell || cell.value === null) return EMPTY;
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "onleesbaar", text: String(v) };
    const fmt = cell.numFmt ?? "";
    const percent = fmt.includes("%");
    return {
      kind: "getal",
      value: decimalOf(v),
      integer: Number.isSafeInteger(v) ? v : undefined,
      decimals: formatDecimals(fmt, v) + (percent ? 2 : 0),
      percent,
    };
  }
  if (typeof v === "string") {
    const parsed = parseDutchNumber(v);
    if (parsed.kind === "nihil") return v.trim() === "" ? EMPTY : NIL;
    if (parsed.kind === "geen-getal") return { kind: "onleesbaar", text: v };
    const percent = v.trim().endsWith("%");
    // The digits after the decimal comma, whatever follows them ("12,5%", "1.250,5 N", "12,5-").
    const shown = /,(\d+)/.exec(v)?.[1].length ?? 0;
    return {
      kind: "getal",
      value: parsed.value,
      integer: undefined, // a figure typed as text is added as a Decimal
      decimals: shown + (percent ? 2 : 0),
      percent,
    };
  }
  if (isErrorValue(v)) return { kind: "foutwaarde", error: v.error };
  return { kind: "onleesbaar", text: v ? "WAAR" : "ONWAAR" };
}

// Tables repeat their figures (every total twice, nil rows, the same amounts on several sheets); Decimals
// are immutable, so one per value is enough. Bounded, so a sheet of unique figures cannot grow it.
const decimals = new Map<number, Decimal>();
function decimalOf(v: number): Decimal {
  if (v === 0) return new Decimal(v); // a Map takes -0 for 0, and Decimal keeps the sign of a zero
  let d = decimals.get(v);
  if (!d) {
    d = new Decimal(v);
    if (decimals.size < 20_000) decimals.set(v, d);
  }
  return d;
}

/** Decimals a number format shows ("0.0%" -> 1, "#,##0" -> 0); without a format, those the value has. */
const decimalsOfFormat = new Map<string, number | undefined>();

function formatDecimals(fmt: string, value: number): number {
  let fromFormat = decimalsOfFormat.get(fmt);
  if (!decimalsOfFormat.has(fmt)) {
    const section = fmt.split(";")[0];
    const match = /0\.(0+)/.exec(section);
    fromFormat = match
      ? match[1].length
      : section && section !== "General" && /[0#]/.test(section)
        ? 0
        : undefined;
    decimalsOfFormat.set(fmt, fromFormat);
  }
  if (fromFormat !== undefined) return fromFormat;
  const text = String(value);
  const point = text.indexOf(".");
  return point < 0 ? 0 : Math.min(text.length - point - 1, 10);
}

/** The amount as a Decimal, nil as 0; undefined when the cell holds no number. */
export function amountValue(a: Amount): Decimal | undefined {
  if (a.kind === "getal") return a.value;
  if (a.kind === "nihil") return ZERO;
  return undefined;
}
