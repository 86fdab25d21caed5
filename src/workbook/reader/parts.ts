import { WorkbookReadError } from "./errors";
import { Deadline, dutchInteger, ReadLimits } from "./limits";
import { BUILTIN_NUMBER_FORMATS } from "./numFmts";
import { cellText, parseXmlPart, prefixedAttribute, unescapeXstring } from "./xml";
import { ZipArchive } from "./zip";

/** The parts of an OOXML workbook besides its sheets: where the sheets are, the shared strings, the styles. */
export interface Relationship {
  readonly type: string;
  /** The target as a path inside the archive. */
  readonly path: string;
}

/** The relationships of a part, by id; `{}` when the part has none. */
export function readRelationships(
  zip: ZipArchive,
  part: string,
  deadline: Deadline
): Map<string, Relationship> {
  const slash = part.lastIndexOf("/");
  const dir = part.slice(0, slash + 1);
  const relsPart = `${dir}_rels/${part.slice(slash + 1)}.rels`;
  const rels = new Map<string, Relationship>();
  if (!zip.has(relsPart)) return rels;
  parseXmlPart(
    zip,
    relsPart,
    {
      open(name, a) {
        if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
        rels.set(a.Id, { type: a.Type ?? "", path: resolvePath(dir, a.Target) });
      },
    },
    deadline
  );
  return rels;
}

/** A relationship target relative to the folder of its source part ("worksheets/sheet1.xml", "../x", "/xl/y"). */
export function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export interface SheetEntry {
  readonly name: string;
  /** The sheet's part, or undefined when it is not a worksheet (a chart sheet, a macro sheet). */
  readonly path?: string;
}

/** The sheets of workbook.xml in their order, with their parts. */
export function readSheetList(
  zip: ZipArchive,
  workbookPart: string,
  rels: Map<string, Relationship>,
  limits: ReadLimits,
  deadline: Deadline
): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  parseXmlPart(
    zip,
    workbookPart,
    {
      open(name, a) {
        if (name !== "sheet") return;
        if (sheets.length >= limits.maxSheets)
          throw new WorkbookReadError(
            "te-groot",
            `het bestand is te groot: meer dan ${dutchInteger(limits.maxSheets)} bladen`
          );
        const rel = rels.get(prefixedAttribute(a, "id") ?? "");
        const worksheet = rel !== undefined && /\/worksheet$/.test(rel.type);
        sheets.push({
          name: unescapeXstring(a.name ?? `Blad${sheets.length + 1}`),
          path: worksheet ? rel.path : undefined,
        });
      },
    },
    deadline
  );
  return sheets;
}

/** The shared strings: each `<si>` is the text of its `<t>` elements, without phonetic runs (`<rPh>`). */
export function readSharedStrings(
  zip: ZipArchive,
  part: string | undefined,
  deadline: Deadline
): string[] {
  const strings: string[] = [];
  if (!part || !zip.has(part)) return strings;
  let current: string[] = [];
  let inText = false;
  let phonetic = 0;
  parseXmlPart(
    zip,
    part,
    {
      open(name) {
        if (name === "si") current = [];
        else if (name === "rPh") phonetic++;
        else if (name === "t" && phonetic === 0) inText = true;
      },
      close(name) {
        if (name === "si") strings.push(cellText(current.join("")));
        else if (name === "rPh") phonetic--;
        else if (name === "t") inText = false;
      },
      text(text) {
        if (inText) current.push(text);
      },
    },
    deadline
  );
  return strings;
}

/** The number format code of each cell style (`cellXfs` index); undefined for General. */
export function readCellFormats(
  zip: ZipArchive,
  part: string | undefined,
  deadline: Deadline
): (string | undefined)[] {
  const formats: (string | undefined)[] = [];
  if (!part || !zip.has(part)) return formats;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  // Office's alternate content: the first choice counts, the fallback repeats it for older readers.
  let fallback = 0;
  parseXmlPart(
    zip,
    part,
    {
      open(name, a) {
        if (name === "Fallback") fallback++;
        if (fallback > 0) return;
        if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined)
          custom.set(Number(a.numFmtId), a.formatCode);
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) formats.push(String(a.numFmtId ?? "0"));
      },
      close(name) {
        if (name === "Fallback") fallback--;
        else if (name === "cellXfs") inCellXfs = false;
      },
    },
    deadline
  );
  return formats.map((id) => {
    const n = Number(id);
    const code = custom.get(n) ?? BUILTIN_NUMBER_FORMATS[n];
    return code === undefined || code === "General" ? undefined : code;
  });
}
