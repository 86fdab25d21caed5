import { Decimal, DecimalInput } from "./decimal";

/**
 * Writes a number the Dutch way: a dot between thousands, a comma before the decimals, a minus sign in front.
 * Without `decimals` every decimal the number has is shown.
 *
 * @example
 * formatDutchNumber(1377);           // "1.377"
 * formatDutchNumber(-193);           // "-193"
 * formatDutchNumber(0.019625);       // "0,019625"
 * formatDutchNumber(76966.5, 0);     // "76.967"
 */
export function formatDutchNumber(value: DecimalInput, decimals?: number): string {
  const d = value instanceof Decimal ? value : new Decimal(value);
  const fixed = decimals === undefined ? d.toFixed() : d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-");
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const text = fraction ? `${grouped},${fraction}` : grouped;
  return negative && !/^[0.,]+$/.test(text) ? `-${text}` : text;
}

/**
 * Writes a fraction as a Dutch percentage: `formatDutchPercentage(0.019625, 2)` is "1,96%".
 */
export function formatDutchPercentage(fraction: DecimalInput, decimals = 1): string {
  return `${formatDutchNumber(new Decimal(fraction).times(100), decimals)}%`;
}

/** What a Dutch-formatted text means: a number, nil (a dash or an empty cell), or not a number at all. */
export type ParsedDutchNumber =
  { kind: "getal"; value: Decimal } | { kind: "nihil" } | { kind: "geen-getal" };

/**
 * Reads a number as Berap tables print it: "1.377", "-193", "-/- 189.000", "0,7%" (0,007), "EUR 665.000",
 * "(12)", "€ (12)" or "12-" for a negative, "35 N" (nadelig) too and "250 V" (voordelig) positive. A dash
 * or an empty text means nil.
 *
 * A dot followed by exactly three digits is a thousands separator ("1.377" is 1377); a comma is the decimal
 * separator.
 *
 * @example
 * parseDutchNumber("1.377");        // { kind: "getal", value: 1377 }
 * parseDutchNumber("0,7%");         // { kind: "getal", value: 0.007 }
 * parseDutchNumber("-/- 189.000");  // { kind: "getal", value: -189000 }
 * parseDutchNumber("45.000-");      // { kind: "getal", value: -45000 }
 * parseDutchNumber("35 N");         // { kind: "getal", value: -35 }
 * parseDutchNumber("-");            // { kind: "nihil" }
 * parseDutchNumber("Almelo");       // { kind: "geen-getal" }
 */
export function parseDutchNumber(text: string): ParsedDutchNumber {
  let t = text.replace(/[\s\u00a0\u202f]/g, "");
  if (t === "" || /^[-\u2013\u2014]$/.test(t)) return { kind: "nihil" };
  let negative = false;
  // "250 V" / "35 N": voordelig and nadelig written after the figure; nadelig is a minus.
  const mark = /^(.*\d)([vn])$/i.exec(t);
  if (mark) {
    t = mark[1];
    if (mark[2].toLowerCase() === "n") negative = true;
  }
  // "€ (45.000)": the currency may stand outside the parentheses.
  if (/^(€|eur)\(.*\)$/i.test(t)) t = t.replace(/^(€|eur)/i, "");
  if (t.startsWith("-/-")) {
    negative = true;
    t = t.slice(3);
  } else if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  } else if (/\d[-\u2212]$/.test(t)) {
    // "45.000-": the trailing minus of bookkeeping exports.
    negative = true;
    t = t.slice(0, -1);
  }
  t = t.replace(/^(€|eur)/i, "");
  if (t.startsWith("-") || t.startsWith("\u2212")) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.startsWith("+")) {
    t = t.slice(1);
  }
  let percent = false;
  if (t.endsWith("%")) {
    percent = true;
    t = t.slice(0, -1);
  }
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return { kind: "geen-getal" };
  let value = new Decimal(t.replace(/\./g, "").replace(",", "."));
  if (percent) value = value.dividedBy(100);
  if (negative) value = value.negated();
  return { kind: "getal", value };
}
