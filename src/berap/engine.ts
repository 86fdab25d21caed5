import { Finding, sortFindings, summarize, Summary } from "./findings";
import { Workbook } from "./model/workbook";
import { RULES } from "./rules";
import { createContext, Rule } from "./rules/rule";
import { recognizeBerap } from "./tables/recognize";

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
  const berap = recognizeBerap(workbook);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    try {
      rule.check(createContext(berap, rule, tolerance, findings));
    } catch (error) {
      findings.push({
        regel: rule.id,
        ernst: "waarschuwing",
        blad: "",
        cel: "",
        bericht: `De controle '${rule.id}' kon niet worden uitgevoerd: ${error instanceof Error ? error.message : String(error)}`,
        verwacht: null,
        gevonden: null,
      });
    }
  }
  const sorted = sortFindings(findings, berap.sheetOrder);
  return { bevindingen: sorted, samenvatting: summarize(sorted) };
}
