import { applyDecisions, DecidedFinding, Decision, readStore, STORE_SHEET } from "./decisions";
import { ERNST_ORDER, Finding, sortFindings, summarize, Summary } from "./findings";
import { Workbook } from "./model/workbook";
import { RULES } from "./rules";
import { onleesbaar } from "./rules/onleesbaar";
import { createContext, formatMessage, Rule } from "./rules/rule";
import { SlipRecord } from "./rules/slips";
import { tabelNietHerkend } from "./rules/tabel-niet-herkend";
import { totalsChecked } from "./rules/tabel-totalen";
import { recognizeBerap } from "./tables/recognize";
import { RecognizedBerap } from "./tables/types";

export interface ValidationOptions {
  /** Largest difference, in units of the precision a figure is shown with, that is an afrondingsverschil. Default 1. */
  tolerantie?: number;
  /** The rules to run; default all. */
  rules?: readonly Rule[];
  /**
   * The controller's decisions (accepted, ignored findings). Default: those stored in the workbook itself
   * (decisions/store.ts); the standalone pane passes the ones made since the file was opened.
   */
  besluiten?: readonly Decision[];
}

export interface ValidationResult {
  readonly bevindingen: Finding[];
  readonly samenvatting: Summary;
  /**
   * How many tables were checked: recognised as Berap tables, or not recognised but with their totals
   * recomputed; 0: nothing was checked.
   */
  readonly tabellen: number;
  /** How many tables were found, checked or not: what a workbook in which nothing was checked did show. */
  readonly gezien: number;
  /** Findings a controller accepted or ignored while their figures are unchanged: apart, not in `samenvatting`. */
  readonly besloten: DecidedFinding[];
  /** Decisions whose finding is gone or whose figures changed: the finding, if any, is in `bevindingen` again. */
  readonly vervallen: Decision[];
}

/**
 * Validates a workbook: recognizes its Berap tables and runs every rule. A rule that fails on input nobody
 * foresaw becomes a finding of its own instead of stopping the check.
 */
export function validateWorkbook(
  workbook: Workbook,
  options: ValidationOptions = {}
): ValidationResult {
  const tolerance = options.tolerantie ?? 1;
  let findings: Finding[] = [];
  const { checked, decisions } = splitStore(workbook, options.besluiten, findings);
  workbook = checked;
  let berap: RecognizedBerap;
  try {
    berap = recognizeBerap(workbook);
  } catch (error) {
    // Never a crash: what could not be read is a finding too.
    berap = {
      sheetOrder: workbook.sheets.map((s) => s.name),
      programmes: [],
      grids: [],
      problems: [],
      conventions: { financingCodes: false, interestLines: [] },
    };
    findings.push(failure(tabelNietHerkend, "nietAlsBerap", { melding: message(error) }));
  }
  // Cells found wrong, with what they should be: a knock-on difference downstream is no finding of its own.
  const slips = new SlipRecord();
  for (const rule of options.rules ?? RULES) {
    try {
      rule.check(createContext(berap, rule, tolerance, findings, slips));
    } catch (error) {
      findings.push(
        failure(rule, "nietUitgevoerd", { naam: rule.meta.naam, melding: message(error) })
      );
    }
  }
  findings = slips.resolve(findings);
  const { tabellen, gezien } = countTables(berap);
  if (tabellen === 0)
    findings.push(failure(tabelNietHerkend, "geenBerapTabel", { gezien: tablesSeen(gezien) }));
  const { open, besloten, vervallen } = applyDecisions(oneFindingPerCell(findings), decisions);
  const sorted = sortFindings(open, berap.sheetOrder);
  // Decided findings in the same reading order, so the pane, the CLI and the report list them alike.
  const order = new Map(
    sortFindings(
      besloten.map((b) => b.bevinding),
      berap.sheetOrder
    ).map((f, i) => [f, i])
  );
  besloten.sort((a, b) => order.get(a.bevinding)! - order.get(b.bevinding)!);
  return {
    bevindingen: sorted,
    samenvatting: summarize(sorted),
    tabellen,
    gezien,
    besloten,
    vervallen,
  };
}

/**
 * The workbook without the decisions' store sheet, which is never checked, and the decisions to apply: the
 * ones given, else the stored ones. A store row that cannot be read is named and does not apply.
 */
function splitStore(
  workbook: Workbook,
  given: readonly Decision[] | undefined,
  findings: Finding[]
): { checked: Workbook; decisions: readonly Decision[] } {
  const store = workbook.sheets.find((s) => s.name === STORE_SHEET);
  if (!store) return { checked: workbook, decisions: given ?? [] };
  const checked = { sheets: workbook.sheets.filter((s) => s !== store) };
  if (given) return { checked, decisions: given };
  const { decisions, problems } = readStore(store);
  for (const problem of problems)
    findings.push({
      ...failure(onleesbaar, "besluitNietGelezen", { melding: problem }),
      blad: STORE_SHEET,
    });
  return { checked, decisions };
}

const RULE_RANK = new Map(RULES.map((r, i) => [r.id, i]));

/**
 * One slip, one finding per cell: two relations that find a cell wrong with the same figures (a Totaal that
 * is both its column's sum and its row's relation, 958 where 948 follows either way) say one thing. The more
 * serious one stands; of two alike, the one of the rule listed first in RULES (the table's own rule before
 * the generic relations), whatever order the rules ran in. A finding on the same cell with another expected value stays,
 * as it names another relation (D24: the verklaring gives 436, lasten - baten 437).
 */
function oneFindingPerCell(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => RULE_RANK.get(f.regel) ?? RULE_RANK.size;
  const before = (a: Finding, b: Finding) =>
    ERNST_ORDER[a.ernst] !== ERNST_ORDER[b.ernst]
      ? ERNST_ORDER[a.ernst] < ERNST_ORDER[b.ernst]
      : rank(a) < rank(b);
  const at = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.cel === "" || f.verwacht === null || f.gevonden === null) {
      out.push(f);
      continue;
    }
    const key = `${f.blad}\u0000${f.cel}\u0000${f.verwacht}\u0000${f.gevonden}`;
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(f);
    } else if (before(f, out[i])) out[i] = f;
  }
  return out;
}

/**
 * The tables checked: lists of ontwikkelingen, programme matrices, every recognised table, and every table
 * no kind knows whose totals were recomputed. `gezien`: every table found, checked or not.
 */
function countTables(berap: RecognizedBerap): { tabellen: number; gezien: number } {
  const own = berap.programmes.reduce(
    (n, p) => n + p.lists.length + (p.matrix ? 1 : 0) + (p.doorwerking ? 1 : 0),
    0
  );
  return {
    tabellen: own + berap.grids.filter((g) => g.kind !== "onbekend" || totalsChecked(g)).length,
    gezien: own + berap.grids.length,
  };
}

/** What a check that checked nothing did see, in words: "1 tabel gevonden, zonder Totaal-regel om na te rekenen". */
export function tablesSeen(gezien: number): string {
  if (gezien === 0) return "geen tabel gevonden";
  return gezien === 1
    ? "1 tabel gevonden, zonder Totaal-regel om na te rekenen"
    : `${gezien} tabellen gevonden, geen met een Totaal-regel om na te rekenen`;
}

/** A finding the engine itself reports, as a waarschuwing of the rule it concerns, by message id. */
function failure(
  rule: Rule,
  messageId: string,
  data: Readonly<Record<string, string | number>> = {}
): Finding {
  return {
    regel: rule.id,
    ernst: "waarschuwing",
    blad: "",
    cel: "",
    bericht: formatMessage(rule.meta.messages[messageId], data),
    verwacht: null,
    gevonden: null,
    messageId,
    data,
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
