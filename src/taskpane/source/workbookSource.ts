import type { DecidedFinding, Decision, Finding, Workbook } from "../../berap";
import type { ReportPresentation } from "../../workbook/officeReport";

/**
 * Where the pane gets its workbook and what it can do with it: inside Excel the open workbook (navigate,
 * mark, write), standalone a file the user opened in the browser (read only; nothing is uploaded).
 */
export interface WorkbookSource {
  readonly kind: "excel" | "bestand";
  /** Shown in the pane: "open werkmap" or the file name. */
  readonly label: string;
  read(): Promise<Workbook>;
  /** Selects the finding's cell; standalone there is no cell to select. */
  select?(finding: Finding): Promise<void>;
  mark?(findings: readonly Finding[]): Promise<number>;
  unmark?(): Promise<number>;
  /** The report sheet: the findings shown, then the accepted and ignored ones apart. */
  writeReport?(
    findings: readonly Finding[],
    presentation: ReportPresentation,
    besloten: readonly DecidedFinding[]
  ): Promise<string>;
  /** A setting of this workbook: in Excel kept in the workbook, standalone in the browser per file name. */
  readSetting(key: string): Promise<unknown>;
  writeSetting(key: string, value: string | number | boolean): Promise<void>;
  /**
   * Keeps the controller's decisions (accepted, ignored findings) with the workbook: in Excel on the very hidden
   * store sheet (an empty list removes it); standalone in memory, until "Kopie opslaan met besluiten".
   */
  writeDecisions(decisions: readonly Decision[]): Promise<void>;
  /**
   * The decisions the check must apply, when they are not (yet) in what `read()` returns: standalone after a
   * decision in this session. Undefined: the engine reads the store sheet of the workbook itself.
   */
  decisions?(): readonly Decision[] | undefined;
  /** Standalone: the opened file with its store sheet replaced by the current decisions, to download. */
  saveCopy?(): Promise<{ name: string; bytes: Uint8Array }>;
  /** The number in the selected cell, for the amount to distribute. */
  selectedNumber?(): Promise<number | undefined>;
  /** The numbers in the selected range, for a key of one's own. */
  selectedKey?(): Promise<{ address: string; values: number[] } | undefined>;
  /** Writes a table at the selected cell; `confirm` is asked first when that would overwrite cells. */
  insertAtSelection?(
    values: (string | number)[][],
    formulas: (string | number)[][] | undefined,
    confirm: () => Promise<boolean>
  ): Promise<boolean>;
}
