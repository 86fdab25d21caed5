import { validateWorkbook, type Workbook } from "../../berap";
import { WorkbookSource } from "./workbookSource";

/**
 * A workbook file opened in the browser (standalone mode): read in memory with the same bounded reader as
 * berap-check, loaded only when needed so the pane itself stays small. Nothing is uploaded. A file that
 * cannot be read, or holds no Berap table, is refused with the command line's Dutch reason. Settings such as
 * the tolerance are kept in the browser's localStorage under the file's name (a browser cannot write into
 * the file it only read).
 */
export async function fileSource(file: File): Promise<WorkbookSource> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx");
  const { NO_BERAP_TABLE, notChecked, reasonText } = await import(
    /* webpackChunkName: "xlsx" */ "../../workbook/outcome"
  );
  let workbook: Workbook;
  try {
    workbook = await readXlsx(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    throw new Error(reasonText(notChecked(error)));
  }
  // Never "0 fouten" for a file in which nothing was checked.
  if (validateWorkbook(workbook).tabellen === 0) throw new Error(NO_BERAP_TABLE);
  const storageKey = (key: string) => `berap-controle:${file.name}:${key}`;
  return {
    kind: "bestand",
    label: file.name,
    read: async () => workbook,
    readSetting: async (key) => safeStorage()?.getItem(storageKey(key)) ?? undefined,
    writeSetting: async (key, value) => safeStorage()?.setItem(storageKey(key), String(value)),
  };
}

/** localStorage, or nothing where the browser refuses it (private mode, storage off). */
function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
