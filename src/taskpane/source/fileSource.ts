import type { Workbook } from "../../berap";
import { WorkbookSource } from "./workbookSource";

/**
 * A workbook file opened in the browser (standalone mode): read in memory with the same bounded reader as
 * berap-check, loaded only when needed so the pane itself stays small. Nothing is uploaded. A file that
 * cannot be read is refused with the command line's Dutch reason (the technical cause in parentheses).
 */
export async function fileSource(file: File): Promise<WorkbookSource> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx");
  const { notChecked, reasonText } = await import(
    /* webpackChunkName: "xlsx" */ "../../workbook/outcome"
  );
  let workbook: Workbook;
  try {
    workbook = await readXlsx(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    throw new Error(reasonText(notChecked(error)));
  }
  return { kind: "bestand", label: file.name, read: async () => workbook };
}
