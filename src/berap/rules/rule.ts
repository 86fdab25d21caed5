import { Decimal, formatDutchNumber, formatDutchPercentage, round } from "../../calc";
import { Amount } from "../model/amount";
import { cellAddress } from "../model/workbook";
import { Ernst, Finding } from "../findings";
import { RecognizedBerap, Ref } from "../tables/types";

/**
 * A validation rule, in the style of an ESLint rule: a stable id, a Dutch description, a default severity
 * for real errors, and a `check` that reports findings through the context. Rounding differences are always
 * reported as waarschuwing, whatever the rule's severity.
 */
export interface Rule {
  readonly id: string;
  readonly beschrijving: string;
  readonly ernst: Ernst;
  check(context: RuleContext): void;
}

export interface ReportInput {
  readonly ref?: Ref;
  readonly sheet?: string;
  readonly bericht: string;
  readonly ernst?: Ernst;
  readonly verwacht?: number | string | null;
  readonly gevonden?: number | string | null;
}

export interface CompareInput {
  /** The cell that holds the figure being checked. */
  readonly ref: Ref;
  readonly found: Amount;
  /** The exact value the figure should have; it is rounded to the precision the cell shows. */
  readonly expected: Decimal;
  /** What is being checked, for the message: "GGD Twente, Totaal positief". */
  readonly what: string;
}

export interface RuleContext {
  readonly berap: RecognizedBerap;
  /** Largest difference, in units of the shown precision, that counts as an afrondingsverschil. */
  readonly tolerance: number;
  report(input: ReportInput): void;
  /** Compares a figure with what it should be, and reports an afrondingsverschil or a fout when they differ. */
  compare(input: CompareInput): void;
}

export function createContext(
  berap: RecognizedBerap,
  rule: Rule,
  tolerance: number,
  out: Finding[]
): RuleContext {
  const report = (input: ReportInput) => {
    const sheet = input.ref?.sheet ?? input.sheet ?? "";
    out.push({
      regel: rule.id,
      ernst: input.ernst ?? rule.ernst,
      blad: sheet,
      cel: input.ref ? cellAddress(input.ref.row, input.ref.col) : "",
      bericht: input.bericht,
      verwacht: input.verwacht ?? null,
      gevonden: input.gevonden ?? null,
    });
  };
  const compare = ({ ref, found, expected, what }: CompareInput) => {
    if (found.kind !== "getal" && found.kind !== "nihil") return; // unreadable cells have a rule of their own
    // The common case, a figure that is exactly right, needs no rounding: equal values show equally.
    if (found.kind === "getal" ? found.value.equals(expected) : expected.isZero()) return;
    const decimals = found.kind === "getal" ? found.decimals : 0;
    const percent = found.kind === "getal" && found.percent;
    // Both sides as the cell shows them: a formula's full-precision result counts at its displayed precision.
    const value = found.kind === "getal" ? round(found.value, Math.min(decimals, 10)) : ZERO;
    const shown = round(expected, Math.min(decimals, 10));
    const difference = value.minus(shown);
    if (difference.isZero()) return;
    const rounding = difference.abs().lte(unitOf(decimals).times(tolerance));
    const show = (d: Decimal) =>
      percent
        ? formatDutchPercentage(d, Math.max(0, decimals - 2))
        : formatDutchNumber(d, decimals);
    report({
      ref,
      ernst: rounding ? "waarschuwing" : rule.ernst,
      bericht: `${what}: ${show(value)} staat er, ${show(shown)} volgt uit de tabel (${rounding ? "afrondingsverschil" : `verschil ${show(difference)}`}).`,
      verwacht: shown.toNumber(),
      gevonden: value.toNumber(),
    });
  };
  return { berap, tolerance, report, compare };
}

const ZERO = new Decimal(0);

/** One unit of the shown precision: 1 for 0 decimals, 0,1 for 1; cached, as every compare asks for it. */
const units = new Map<number, Decimal>();
function unitOf(decimals: number): Decimal {
  let unit = units.get(decimals);
  if (!unit) {
    unit = new Decimal(10).pow(-decimals);
    units.set(decimals, unit);
  }
  return unit;
}
