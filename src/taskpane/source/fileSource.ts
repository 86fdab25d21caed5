import type { Workbook } from "../../berap";
import { WorkbookSource } from "./workbookSource";

/**
 * An .xlsx file opened in the browser (standalone mode): read in memory with the engine's .xlsx adapter,
 * loaded only when needed so the pane itself stays small. Nothing is uploaded.
 */
export async function fileSource(file: File): Promise<WorkbookSource> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx");
  const workbook: Workbook = await readXlsx(new Uint8Array(await file.arrayBuffer()));
  return { kind: "bestand", label: file.name, read: async () => workbook };
}
