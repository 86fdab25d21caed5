import { Sheet, Workbook } from "../../berap/model/workbook";
import { WorkbookReadError } from "./errors";
import { DEFAULT_LIMITS, Deadline, ReadLimits } from "./limits";
import { readCellFormats, readRelationships, readSharedStrings, readSheetList } from "./parts";
import { readSheet, SheetContext } from "./sheet";
import { refuseNonZip, refuseOtherZip } from "./sniff";
import { ZipArchive } from "./zip";

export { WorkbookReadError } from "./errors";
export type { ReadFailureKind } from "./errors";
export { DEFAULT_LIMITS } from "./limits";
export type { ReadLimits } from "./limits";

/**
 * Reads an .xlsx (or .xlsm) file into the engine's workbook model, in Node and in the browser, within hard
 * bounds (see limits.ts). Anything it cannot read is refused with a WorkbookReadError: one Dutch reason,
 * the technical cause apart.
 */
export function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS
): Workbook {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  refuseNonZip(bytes);
  const deadline = new Deadline(limits.timeBudgetMs);
  const zip = new ZipArchive(bytes, limits);
  refuseOtherZip(
    (name) => zip.has(name),
    zip.has("mimetype") ? readMimetype(zip, deadline) : undefined
  );

  const workbookPart = findWorkbookPart(zip, deadline);
  const rels = readRelationships(zip, workbookPart, deadline);
  const partOf = (type: string) =>
    [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.path;
  const sheetList = readSheetList(zip, workbookPart, rels, limits, deadline);
  const ctx: SheetContext = {
    strings: readSharedStrings(zip, partOf("sharedStrings") ?? "xl/sharedStrings.xml", deadline),
    formats: readCellFormats(zip, partOf("styles") ?? "xl/styles.xml", deadline),
    limits,
    deadline,
    cells: 0,
  };
  const sheets: Sheet[] = [];
  for (const entry of sheetList) {
    // A sheet that is not a worksheet (chart, macro) or whose part is missing has no cells for the engine.
    if (entry.path === undefined) continue;
    sheets.push(
      zip.has(entry.path) ? readSheet(zip, entry.name, entry.path, ctx) : new Sheet(entry.name)
    );
  }
  return { sheets };
}

function readMimetype(zip: ZipArchive, deadline: Deadline): string {
  let text = "";
  zip.read(
    "mimetype",
    (chunk) => (text += new TextDecoder().decode(chunk.subarray(0, 200))),
    deadline
  );
  return text.slice(0, 200);
}

/** The workbook part named by the package's relationships, or the usual xl/workbook.xml. */
function findWorkbookPart(zip: ZipArchive, deadline: Deadline): string {
  const root = readRelationships(zip, "", deadline);
  const named = [...root.values()].find((r) => /\/officeDocument$/.test(r.type))?.path;
  for (const candidate of [named, "xl/workbook.xml"])
    if (candidate && zip.has(candidate)) {
      if (candidate.toLowerCase().endsWith(".bin"))
        refuseOtherZip((name) => name === "xl/workbook.bin", undefined);
      return candidate;
    }
  throw new WorkbookReadError(
    "geen-werkmap",
    "het bestand is een zip-archief zonder Excel-werkmap",
    `onderdelen: ${zip.names.slice(0, 5).join(", ")}${zip.names.length > 5 ? ", …" : ""}`
  );
}
