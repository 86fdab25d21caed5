/** The validation engine: workbook model, table recognition, rules and findings. No Office.js, no React. */
export { tablesSeen, validateWorkbook } from "./engine";
export type { ValidationOptions, ValidationResult } from "./engine";
export type { Finding, Ernst, Summary } from "./findings";
export { summarize, sortFindings } from "./findings";
export { Sheet, cellAddress, columnName, isErrorValue } from "./model/workbook";
export type { Workbook, Cell, CellValue, ErrorValue, CellRange } from "./model/workbook";
export { RULES } from "./rules";
export type { Rule, RuleContext } from "./rules";
export { recognizeBerap } from "./tables/recognize";
export {
  applyDecisions,
  decide,
  decisionKey,
  readStore,
  storeRows,
  STORE_SHEET,
  withDecision,
  withoutDecision,
} from "./decisions";
export type { Besluit, Decision, DecidedFinding } from "./decisions";
