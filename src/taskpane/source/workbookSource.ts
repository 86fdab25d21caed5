import type { Finding, Workbook } from "../../berap";
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
  writeReport?(findings: readonly Finding[], presentation: ReportPresentation): Promise<string>;
  /** A setting of this workbook: in Excel kept in the workbook, standalone in the browser per file name. */
  readSetting(key: string): Promise<unknown>;
  writeSetting(key: string, value: string | number | boolean): Promise<void>;
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
