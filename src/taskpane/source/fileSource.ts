import type { Workbook } from "../../berap";
import { WorkbookSource } from "./workbookSource";

/**
 * An .xlsx file opened in the browser (standalone mode): read in memory with the engine's .xlsx adapter,
 * loaded only when needed so the pane itself stays small. Nothing is uploaded. Settings such as the
 * tolerance are kept in the browser's localStorage under the file's name (a browser cannot write into the
 * file it only read).
 */
export async function fileSource(file: File): Promise<WorkbookSource> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx");
  const workbook: Workbook = await readXlsx(new Uint8Array(await file.arrayBuffer()));
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
