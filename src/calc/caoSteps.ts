import { Decimal, DecimalInput } from "./decimal";
import { CalcError } from "./errors";

/** A day in the calendar, without time or time zone. `month` runs 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** One raise of a cao: from `date` on, wages go up by `rate` (a fraction: 2% is 0.02). */
export interface CaoStep {
  readonly date: CalendarDate;
  readonly rate: DecimalInput;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks the steps and returns them in date order. They must all fall in one calendar year, because the
 * average and the structural level are yearly figures.
 */
export function sortCaoSteps(steps: readonly CaoStep[]): CaoStep[] {
  if (steps.length === 0) throw new CalcError("Er zijn geen loonstijgingen opgegeven.");
  steps.forEach((step, i) => {
    const { year, month, day } = step.date;
    if (
      !Number.isInteger(year) ||
      !Number.isInteger(month) ||
      !Number.isInteger(day) ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > daysInMonth(year, month)
    ) {
      throw new CalcError(`Rij ${i + 1}: geen geldige ingangsdatum.`);
    }
    if (!new Decimal(step.rate).isFinite())
      throw new CalcError(`Rij ${i + 1}: het percentage is geen getal.`);
  });
  const years = [...new Set(steps.map((s) => s.date.year))];
  if (years.length > 1) {
    throw new CalcError(
      `Alle loonstijgingen moeten in één kalenderjaar vallen; gevonden: ${years.sort().join(" en ")}.`
    );
  }
  return [...steps].sort((a, b) => a.date.month - b.date.month || a.date.day - b.date.day);
}

/**
 * The part of the year a raise counts in, from its date to 31 December, in twelfths: a raise on the 1st of a
 * month counts whole months (1 April: 9/12), a raise within a month counts the days left of that month.
 *
 * @example
 * yearFraction({ year: 2025, month: 4, day: 1 });  // 0,75
 * yearFraction({ year: 2025, month: 10, day: 1 }); // 0,25
 * yearFraction({ year: 2025, month: 4, day: 16 }); // (8 + 15/30) / 12
 */
export function yearFraction(date: CalendarDate): Decimal {
  const days = daysInMonth(date.year, date.month);
  const partOfMonth = new Decimal(days - date.day + 1).dividedBy(days);
  return partOfMonth.plus(12 - date.month).dividedBy(12);
}
