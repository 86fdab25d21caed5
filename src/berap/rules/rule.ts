import {
  classifyDifference,
  Decimal,
  formatDutchNumber,
  formatDutchPercentage,
  round,
  sameDecimal,
} from "../../calc";
import { Amount } from "../model/amount";
import { Cell, cellAddress } from "../model/workbook";
import { Ernst, Finding } from "../findings";
import { AmountCell, Grid, RecognizedBerap, Ref } from "../tables/types";
import { refKey, SlipRecord } from "./slips";

/** An option of a rule, with its default: the tolerance, the weerstand band. */
export interface RuleOption {
  readonly beschrijving: string;
  readonly standaard: number | string;
}

/**
 * A cell of a rule example: a number, a text (a Dutch-formatted "1.377", "0,7%" or "-" reads as the figure it
 * shows, as in a pasted table), empty (null), or, where the rule is about what a plain value cannot say, a
 * cell of the workbook model itself: `{ value: 1413, formula: "SUM(C6:C13)" }` is a formula with the value
 * Excel calculated for it (the formula as the file stores it, English names, no "="; a text "=SOM(...)" is
 * only a text), `{ value: { error: "#DIV/0!" } }` an Excel error value, `{ value: 0.071, numFmt: "0.0%" }`
 * a number shown in a format.
 */
export type ExampleCell = string | number | null | Cell;

/** A small workbook for a rule's doc page and test: sheet name -> rows from A1, with what it shows. */
export interface RuleExample {
  /** What the example shows, in Dutch; for the inconsistent one with the hand calculation. */
  readonly uitleg: string;
  readonly bladen: Readonly<Record<string, readonly (readonly ExampleCell[])[]>>;
}

/**
 * What a rule is, after ESLint's `meta`: a stable id, a Dutch description, the severity of a real error,
 * its options with their defaults, and its messages by id. A message is a Dutch sentence with `{{name}}`
 * placeholders filled from the finding's `data`.
 */
export interface RuleMeta {
  readonly id: string;
  /** A plain Dutch name for lists and the report sheet ("Totaal ingetypt"), never the id. */
  readonly naam: string;
  readonly beschrijving: string;
  readonly ernst: Ernst;
  readonly opties?: Readonly<Record<string, RuleOption>>;
  readonly messages: Readonly<Record<string, string>>;
  /** One consistent and one inconsistent example, shown on the rule's doc page and run by its test. */
  readonly voorbeelden?: { readonly klopt: RuleExample; readonly kloptNiet: RuleExample };
}

/**
 * A validation rule: `meta` and a `check` that reports findings through the context. Rounding differences
 * are always reported as waarschuwing, whatever the rule's severity. `id`, `beschrijving` and `ernst` repeat
 * the meta for the pane and the command line.
 */
export interface Rule {
  readonly meta: RuleMeta;
  readonly id: string;
  readonly beschrijving: string;
  readonly ernst: Ernst;
  check(context: RuleContext): void;
}

/** Messages every rule may use: the outcome of `compare`. */
export const COMPARE_MESSAGES = {
  afrondingsverschil:
    "{{wat}}: {{gevonden}} staat er, {{verwacht}} volgt uit de tabel (afrondingsverschil).",
  bedragKloptNiet:
    "{{wat}}: {{gevonden}} staat er, {{verwacht}} volgt uit de tabel (verschil {{verschil}}).",
} as const;

/** A message every rule has: the engine reports with it when the rule's check itself fails. */
export const ENGINE_MESSAGES = {
  nietUitgevoerd: "De controle '{{naam}}' kon niet worden uitgevoerd: {{melding}}",
} as const;

export function defineRule(rule: { meta: RuleMeta; check(context: RuleContext): void }): Rule {
  return {
    meta: {
      ...rule.meta,
      messages: { ...COMPARE_MESSAGES, ...ENGINE_MESSAGES, ...rule.meta.messages },
    },
    id: rule.meta.id,
    beschrijving: rule.meta.beschrijving,
    ernst: rule.meta.ernst,
    check: rule.check,
  };
}

export interface ReportInput {
  readonly ref?: Ref;
  readonly sheet?: string;
  /** The message by id, from the rule's `meta.messages`, filled from `data`: tests and the pane key on the id. */
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly ernst?: Ernst;
  readonly verwacht?: number | string | null;
  readonly gevonden?: number | string | null;
  readonly cells?: readonly Ref[];
  readonly grid?: Grid;
}

export interface CompareInput {
  /** The cell that holds the figure being checked. */
  readonly ref: Ref;
  readonly found: Amount;
  /** The exact value the figure should have; it is rounded to the precision the cell shows. */
  readonly expected: Decimal;
  /** What is being checked, for the message: "GGD Twente, Totaal positief". */
  readonly what: string;
  /** The cells the expected value comes from, and the table. */
  readonly cells?: readonly Ref[];
  readonly grid?: Grid;
  /** True when recognition is not sure the relation holds: a difference is then a waarschuwing, never a fout. */
  readonly uncertain?: boolean;
  /**
   * The figures the expected value adds up (`plus`) and subtracts (`minus`), when it is such a sum. A term
   * found wrong itself counts with the value it should have: a cell that agrees with that is no second
   * finding (see SlipRecord).
   */
  readonly terms?: { readonly plus: readonly Ref[]; readonly minus?: readonly Ref[] };
  /**
   * True for a relation between the cells of one row (saldo = lasten - baten, a share): a difference does not
   * say which of them is the slip, so the checked cell is not taken as the wrong one downstream, unless a
   * decisive comparison across the rows (its column Totaal) fails by the same amount in one of its cells:
   * that cell is then the slip (see slips.ts).
   */
  readonly ambiguous?: boolean;
  /**
   * True where the expected value is, by the Berap's own construction, the sum of the items behind its terms:
   * a result line under the two lists it closes. A term off from its items by rounding then counts with its
   * items too, so the line is no second afrondingsverschil. Elsewhere an afrondingsverschil is no slip.
   */
  readonly throughRounding?: boolean;
  /**
   * Terms that are no figures of `grid` (the ontwikkelingen of a list), with how a finding names each: a
   * term that turns out to be the slip is reported on its own cell (see slips.ts).
   */
  readonly termCells?: readonly { readonly cell: AmountCell; readonly what: string }[];
}

export interface RuleContext {
  readonly berap: RecognizedBerap;
  /** Largest difference, in units of the shown precision, that counts as an afrondingsverschil. */
  readonly tolerance: number;
  report(input: ReportInput): void;
  /** Compares a figure with what it should be, and reports an afrondingsverschil or a fout when they differ. */
  compare(input: CompareInput): void;
}

/** What a check of totals needs of a rule's context: a comparison and a report, and the tolerance. */
export type Comparing = Pick<RuleContext, "compare" | "report" | "tolerance">;

const templates = new Map<string, string[]>();

/** Fills `{{name}}` from data. */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string | number>> = {}
): string {
  // Split once per template (texts at even places, names at odd ones): a check may fill it many times.
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    if (templates.size < 1000) templates.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in data ? String(data[name]) : `{{${name}}}`) + parts[i + 1];
  }
  return out;
}

/** "B7:E12": the range a recognised table covers. */
export function gridRange(grid: Grid): string {
  const bottom = grid.rows.length ? grid.rows[grid.rows.length - 1].row : grid.headerRow;
  return `${cellAddress(grid.headerRow, grid.left)}:${cellAddress(bottom, grid.right)}`;
}

export function createContext(
  berap: RecognizedBerap,
  rule: Rule,
  tolerance: number,
  out: Finding[],
  slips?: SlipRecord
): RuleContext {
  const report = (raw: ReportInput) => {
    out.push(build(raw));
  };
  const build = (raw: ReportInput): Finding => {
    const input = oneLineInput(raw);
    const sheet = input.ref?.sheet ?? input.sheet ?? "";
    const template = rule.meta.messages[input.messageId];
    if (template === undefined)
      throw new Error(`de regel ${rule.id} kent het bericht '${input.messageId}' niet`);
    // Only a relation names its cells: a finding about one cell keeps the shape it always had.
    const refs = input.cells?.length ? [...(input.ref ? [input.ref] : []), ...input.cells] : [];
    return {
      regel: rule.id,
      ernst: input.ernst ?? rule.ernst,
      blad: sheet,
      cel: input.ref ? cellAddress(input.ref.row, input.ref.col) : "",
      bericht: formatMessage(template, input.data),
      verwacht: input.verwacht ?? null,
      gevonden: input.gevonden ?? null,
      messageId: input.messageId,
      data: input.data ?? {},
      ...(refs.length > 0
        ? { cellen: refs.map((r) => ({ blad: r.sheet, cel: cellAddress(r.row, r.col) })) }
        : {}),
      ...(input.grid
        ? {
            tabel: {
              titel: input.grid.title,
              blad: input.grid.sheet,
              bereik: gridRange(input.grid),
            },
          }
        : {}),
    };
  };
  // The largest afrondingsverschil per shown precision: the same for every compare of this check.
  const limits: Decimal[] = [];
  const limitOf = (decimals: number) => (limits[decimals] ??= unitOf(decimals).times(tolerance));
  const compare = (input: CompareInput) => {
    const { ref, found, expected, terms, uncertain, ambiguous, throughRounding } = input;
    // The common case, a figure that is exactly right, needs no rounding: equal values show equally.
    if (agrees(found, expected)) return;
    const finding = outcome(input, expected);
    if (!finding) return;
    out.push(finding);
    slips?.add({
      finding,
      cell: refKey(ref),
      found: found.kind === "getal" ? found.value : ZERO,
      expected,
      plus: terms?.plus.map(refKey) ?? [],
      minus: terms?.minus?.map(refKey) ?? [],
      decisive: !uncertain && !ambiguous,
      rowRelation: ambiguous === true && !uncertain,
      throughRounding: throughRounding === true,
      roundingOnly: withinOneUnit(found, expected),
      redo: (corrected) => outcome(input, corrected),
      term: (key) => termOf(input, key),
    });
  };
  /** The finding of a figure against what it should be, undefined when they agree as the cell shows them. */
  const outcome = (
    { ref, found, what, cells, grid, uncertain }: CompareInput,
    expected: Decimal
  ): Finding | undefined => {
    if (found.kind !== "getal" && found.kind !== "nihil") return undefined;
    const decimals = found.kind === "getal" ? found.decimals : 0;
    const percent = found.kind === "getal" && found.percent;
    // Both sides as the cell shows them: a formula's full-precision result counts at its displayed precision.
    const value = found.kind === "getal" ? round(found.value, Math.min(decimals, 10)) : ZERO;
    const shown = round(expected, Math.min(decimals, 10));
    const difference = value.minus(shown);
    // The tolerance is in units of the shown precision; calc decides what is an afrondingsverschil.
    const status = classifyDifference(difference, limitOf(decimals));
    if (status === "klopt") return undefined;
    const rounding = status === "afrondingsverschil";
    const show = (d: Decimal) =>
      percent
        ? formatDutchPercentage(d, Math.max(0, decimals - 2))
        : formatDutchNumber(d, decimals);
    return build({
      ref,
      ernst: rounding || uncertain ? "waarschuwing" : rule.ernst,
      messageId: rounding ? "afrondingsverschil" : "bedragKloptNiet",
      data: {
        wat: what,
        gevonden: show(value),
        verwacht: show(shown),
        verschil: show(difference),
      },
      verwacht: shown.toNumber(),
      gevonden: value.toNumber(),
      cells,
      grid,
    });
  };
  /** A term of a comparison as a figure of its table, to be blamed when it is the slip (see slips.ts). */
  const termOf = (input: CompareInput, key: string) => {
    const named = (cell: AmountCell, what: string) => {
      if (cell.amount.kind !== "getal") return undefined;
      const at: CompareInput = { ...input, ref: cell.ref, found: cell.amount, what };
      return { found: cell.amount.value, blame: (expected: Decimal) => outcome(at, expected) };
    };
    for (const t of input.termCells ?? [])
      if (refKey(t.cell.ref) === key) return named(t.cell, t.what);
    const grid = input.grid;
    if (!grid) return undefined;
    for (const row of grid.rows)
      for (let i = 0; i < row.cells.length; i++)
        if (refKey(row.cells[i].ref) === key)
          return named(row.cells[i], `${grid.title}, ${row.label}, ${grid.headers[i]}`);
    return undefined;
  };
  return { berap, tolerance, report, compare };
}

const ZERO = new Decimal(0);

/**
 * True when a figure differs from what it should be by at most one unit of the precision it is shown with: a
 * difference rounding alone can make, whatever the tolerance (the tolerance says how serious, not which cell
 * is wrong).
 */
function withinOneUnit(found: Amount, expected: Decimal): boolean {
  const decimals = found.kind === "getal" ? Math.min(found.decimals, 10) : 0;
  const value = found.kind === "getal" ? round(found.value, decimals) : ZERO;
  return value.minus(round(expected, decimals)).abs().lte(unitOf(decimals));
}

/**
 * True when `compare` has nothing to report without rounding anything: the figure is exactly the expected
 * value (equal values show equally), or it is no figure at all (unreadable cells have a rule of their own).
 * Most figures are right, so callers ask this before they build what a report would need.
 */
export function agrees(found: Amount, expected: Decimal): boolean {
  if (found.kind === "getal") return sameDecimal(found.value, expected);
  return found.kind !== "nihil" || expected.isZero();
}

/**
 * Labels and headers come from the workbook with their line breaks ("Baten\nBegroting\n2025"): a message
 * and its data show every such text on one line, with single spaces.
 */
function oneLine(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

function oneLineInput(input: ReportInput): ReportInput {
  // Most texts are on one line already: the input is copied only where a text changes.
  let data = input.data;
  if (data)
    for (const key in data) {
      const v = data[key];
      if (typeof v !== "string" || oneLine(v) === v) continue;
      data = Object.fromEntries(
        Object.entries(data).map(([k, x]) => [k, typeof x === "string" ? oneLine(x) : x])
      );
      break;
    }
  const grid = input.grid;
  const title = grid ? oneLine(grid.title) : "";
  if (data === input.data && (!grid || title === grid.title)) return input;
  return {
    ...input,
    ...(data ? { data } : {}),
    ...(grid ? { grid: { ...grid, title } } : {}),
  };
}

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
