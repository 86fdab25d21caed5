import { type Decision, validateWorkbook, type Workbook } from "../../berap";
import { WorkbookSource } from "./workbookSource";

/**
 * A workbook file opened in the browser (standalone mode): read in memory with the same bounded reader as
 * berap-check, loaded only when needed so the pane itself stays small. Nothing is uploaded. A file that
 * cannot be read, or in which nothing was checked, is refused with the command line's Dutch reason. Settings such as
 * the tolerance are kept in the browser's localStorage under the file's name (a browser cannot write into
 * the file it only read). Decisions made here are kept in memory and applied to every check; "Kopie opslaan
 * met besluiten" downloads the file with its store sheet holding them (src/workbook/xlsxStore.ts), the one
 * way to keep them, since the opened file itself cannot be written.
 */
export async function fileSource(file: File): Promise<WorkbookSource> {
  const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx");
  const { noBerapTable, notChecked, reasonText } = await import(
    /* webpackChunkName: "xlsx" */ "../../workbook/outcome"
  );
  let workbook: Workbook;
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    workbook = await readXlsx(bytes);
  } catch (error) {
    throw new Error(reasonText(notChecked(error)));
  }
  // Never "0 fouten" for a file in which nothing was checked.
  const first = validateWorkbook(workbook);
  if (first.tabellen === 0) throw new Error(noBerapTable(first.gezien));
  /** The decisions stored in the file, until the controller makes one here. */
  const stored: readonly Decision[] = [...first.besloten.map((b) => b.besluit), ...first.vervallen];
  let decided: readonly Decision[] | undefined;
  const storageKey = (key: string) => `berap-controle:${file.name}:${key}`;
  return {
    kind: "bestand",
    label: file.name,
    read: async () => workbook,
    writeDecisions: async (decisions) => {
      decided = [...decisions];
    },
    decisions: () => decided,
    saveCopy: async () => {
      const { writeStoreToXlsx } = await import(
        /* webpackChunkName: "xlsx" */ "../../workbook/xlsxStore"
      );
      return { name: copyName(file.name), bytes: writeStoreToXlsx(bytes, decided ?? stored) };
    },
    readSetting: async (key) => safeStorage()?.getItem(storageKey(key)) ?? undefined,
    writeSetting: async (key, value) => safeStorage()?.setItem(storageKey(key), String(value)),
  };
}

/** "Berap 2025-2.xlsx" -> "Berap 2025-2 (met besluiten).xlsx"; a macro workbook keeps its .xlsm. */
export function copyName(name: string): string {
  const dot = name.lastIndexOf(".");
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ".xlsx"];
  return `${base.replace(/ \(met besluiten\)$/, "")} (met besluiten)${ext}`;
}

/** localStorage, or nothing where the browser refuses it (private mode, storage off). */
function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
