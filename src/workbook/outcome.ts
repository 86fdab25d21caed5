import { tablesSeen } from "../berap";
import { WorkbookReadError } from "./reader";

/**
 * The words for a file that was not checked, shared by the command line and the pane: one Dutch reason, a
 * technical detail only in parentheses after it, never alone and never a raw library message on its own.
 */
export function noBerapTable(gezien: number): string {
  return (
    `niets gecontroleerd: geen Berap-tabel herkend; ${tablesSeen(gezien)}; de controle zoekt tabellen met ` +
    "de kopjes en regels van een Berap (programmabladen met ontwikkelingen, Samenvatting, Resultaat per " +
    "financiering, Cao, Weerstandsvermogen, …) en rekent in elke andere tabel de Totaal-regels na"
  );
}

export type NotCheckedKind = WorkbookReadError["kind"] | "geen-berap" | "onverwacht";

export interface NotChecked {
  readonly kind: NotCheckedKind;
  /** The Dutch reason, one line. */
  readonly reason: string;
  /** The technical cause, when there is one. */
  readonly detail?: string;
}

/** Any failure of reading or checking a file, as a reason; an error nobody foresaw keeps its text as detail. */
export function notChecked(error: unknown): NotChecked {
  if (error instanceof WorkbookReadError)
    return { kind: error.kind, reason: error.message, detail: error.detail };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    kind: "onverwacht",
    reason:
      "het bestand kon door een onverwachte fout niet worden gecontroleerd; meld dit met het bestand erbij",
    detail,
  };
}

/**
 * The reason as one line: with `detailed`, the whole detail in parentheses; otherwise a short detail, and none
 * for an unexpected error (its text is a programmer's, shown with --uitgebreid).
 */
export function reasonText(outcome: NotChecked, detailed = false): string {
  if (!outcome.detail) return outcome.reason;
  if (detailed) return `${outcome.reason} (${outcome.detail})`;
  if (outcome.kind === "onverwacht") return outcome.reason;
  const short = outcome.detail.length > 100 ? `${outcome.detail.slice(0, 99)}…` : outcome.detail;
  return `${outcome.reason} (${short})`;
}
