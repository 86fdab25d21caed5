/** Accepted and ignored findings, remembered in the workbook: the decision, its key, its store and how it applies. */
export { decide, decisionKey, figureText, MAX_REASON_LENGTH } from "./decision";
export type { Besluit, Decision, DecidedFinding } from "./decision";
export { applyDecisions, withDecision, withoutDecision } from "./apply";
export type { AppliedDecisions } from "./apply";
export { readStore, storeRows, STORE_SHEET } from "./store";
export type { StoreContents } from "./store";
