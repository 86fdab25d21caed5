import { Finding, sortFindings, summarize, Summary } from "./findings";
import { Workbook } from "./model/workbook";
import { RULES } from "./rules";
import { createContext, Rule } from "./rules/rule";
import { recognizeBerap } from "./tables/recognize";
import { RecognizedBerap } from "./tables/types";

export interface ValidationOptions {
  /** Largest difference, in units of the precision a figure is shown with, that is an afrondingsverschil. Default 1. */
  tolerantie?: number;
  /** The rules to run; default all. */
  rules?: readonly Rule[];
}

export interface ValidationResult {
  readonly bevindingen: Finding[];
  readonly samenvatting: Summary;
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
  const findings: Finding[] = [];
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
      conventions: { financingCodes: false },
    };
    findings.push(
      failure(
        "tabel-niet-herkend",
        `De werkmap kon niet worden gelezen als Berap: ${message(error)}`
      )
    );
  }
  for (const rule of options.rules ?? RULES) {
    try {
      rule.check(createContext(berap, rule, tolerance, findings));
    } catch (error) {
      findings.push(
        failure(rule.id, `De controle '${rule.id}' kon niet worden uitgevoerd: ${message(error)}`)
      );
    }
  }
  const sorted = sortFindings(findings, berap.sheetOrder);
  return { bevindingen: sorted, samenvatting: summarize(sorted) };
}

function failure(regel: string, bericht: string): Finding {
  return {
    regel,
    ernst: "waarschuwing",
    blad: "",
    cel: "",
    bericht,
    verwacht: null,
    gevonden: null,
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
