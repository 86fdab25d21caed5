import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from "fflate";
import { Decision, STORE_SHEET, storeRows } from "../berap/decisions";
import { columnName } from "../berap/model/workbook";
import { unescapeXstring } from "./reader/xml";

/**
 * The decisions' store (src/berap/decisions/store.ts) written into an .xlsx file: the standalone pane's
 * "Kopie opslaan met besluiten". Every other part of the package is kept as it was (same name, same bytes
 * once inflated); only the store's worksheet part, its <sheet> in the workbook part, its relationship and its
 * content type are added, replaced or removed. The sheet is very hidden and appended after every other sheet,
 * so it never shifts a sheet index (activeTab, firstSheet, localSheetId) and is never the sheet Excel opens on.
 *
 * Every cell is an inline string (`t="inlineStr"`): text, never a formula, whatever it starts with. Text is
 * XML-escaped, characters XML 1.0 cannot carry are dropped, and "_xHHHH_" is escaped as Excel's readers decode
 * it (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */

// XML namespace names from ECMA-376: identifiers that every .xlsx declares, never addresses that are fetched.
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const MAX_CELL_TEXT = 32_767;

export function writeStoreToXlsx(bytes: Uint8Array, decisions: readonly Decision[]): Uint8Array {
  const parts = unzipSync(bytes);
  const text = (name: string) => {
    if (!parts[name]) throw new Error(`het onderdeel ${name} ontbreekt`);
    return strFromU8(parts[name]);
  };
  const workbookPart = officeDocument(text("_rels/.rels"));
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const relsPart = `${dir}_rels/${workbookPart.slice(dir.length)}.rels`;
  let workbook = text(workbookPart);
  let rels = text(relsPart);
  let types = text("[Content_Types].xml");

  // Whatever store there is goes first: its <sheet>, relationship, part and content type.
  const existing = findStoreSheet(workbook);
  if (existing) {
    const rel = relationships(rels).find((r) => r.id === existing.rid);
    workbook = shiftSheetIndexes(workbook.replace(existing.element, ""), existing.index);
    if (rel) {
      rels = rels.replace(rel.element, "");
      const part = resolve(dir, rel.target);
      delete parts[part];
      types = types.replace(overrideFor(types, part) ?? "\u0000", "");
    }
  }

  if (decisions.length > 0) {
    const taken = new Set(Object.keys(parts).map((p) => p.toLowerCase()));
    let n = 1;
    while (taken.has(`${dir}worksheets/sheet${n}.xml`.toLowerCase())) n++;
    const part = `${dir}worksheets/sheet${n}.xml`;
    const ids = new Set(relationships(rels).map((r) => r.id));
    let k = 1;
    while (ids.has(`rId${k}`)) k++;
    const rid = `rId${k}`;
    const relType = relationships(rels).find((r) => /\/worksheet$/.test(r.type))?.type;
    const type = relType ?? WORKSHEET_REL;
    parts[part] = strToU8(storeSheetXml(decisions, mainNamespace(workbook)));
    rels = rels.replace(
      /<\/((?:[\w.-]+:)?)Relationships>\s*$/,
      (end, prefix: string) =>
        `<${prefix}Relationship Id="${rid}" Type="${type}" Target="worksheets/sheet${n}.xml"/>${end}`
    );
    types = types.replace(
      /<\/((?:[\w.-]+:)?)Types>\s*$/,
      (end, prefix: string) =>
        `<${prefix}Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>${end}`
    );
    workbook = appendSheet(workbook, rid);
  }
  parts[workbookPart] = strToU8(workbook);
  parts[relsPart] = strToU8(rels);
  parts["[Content_Types].xml"] = strToU8(types);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(parts)) out[name] = data;
  return zipSync(out, { level: 6 });
}

/** The workbook part named by the package's officeDocument relationship ("xl/workbook.xml"). */
function officeDocument(packageRels: string): string {
  const rel = relationships(packageRels).find((r) => /\/officeDocument$/.test(r.type));
  if (!rel) throw new Error("het bestand heeft geen werkmap-onderdeel");
  return resolve("", rel.target);
}

interface Rel {
  readonly element: string;
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationships(xml: string): Rel[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*?\/?>/g)].map(([element]) => ({
    element,
    id: attribute(element, "Id") ?? "",
    type: attribute(element, "Type") ?? "",
    target: attribute(element, "Target") ?? "",
  }));
}

function attribute(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(element);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

function resolve(dir: string, target: string): string {
  const out: string[] = [];
  for (const p of (target.startsWith("/") ? target.slice(1) : dir + target).split("/")) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

function overrideFor(types: string, part: string): string | undefined {
  return [...types.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*?\/?>/g)]
    .map(([element]) => element)
    .find((e) => (attribute(e, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase());
}

const SHEET = /<((?:[\w.-]+:)?)sheet\b[^>]*?\/>/g;

function sheetElements(workbook: string): string[] {
  return [...workbook.matchAll(SHEET)].map(([element]) => element);
}

function findStoreSheet(
  workbook: string
): { element: string; rid: string; index: number } | undefined {
  const elements = sheetElements(workbook);
  const index = elements.findIndex(
    (e) => unescapeXstring(attribute(e, "name") ?? "") === STORE_SHEET
  );
  if (index < 0) return undefined;
  const element = elements[index];
  const rid = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(element)?.[1] ?? "";
  return { element, rid, index };
}

/**
 * After the sheet at `removed` is taken out: the indexes that point past it move one down, so the workbook
 * opens on the same sheet and sheet-scoped names keep their sheet (this matters only for a store someone moved
 * or unhid). A workbook view on the removed sheet opens on the first sheet; names scoped to it go with it.
 */
function shiftSheetIndexes(workbook: string, removed: number): string {
  const shift = (value: string) =>
    String(
      Number(value) > removed ? Number(value) - 1 : Number(value) === removed ? 0 : Number(value)
    );
  return workbook
    .replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (view) =>
      view.replace(
        /(\s(?:activeTab|firstSheet)=")(\d+)"/g,
        (_, a: string, v: string) => `${a}${shift(v)}"`
      )
    )
    .replace(
      /<((?:[\w.-]+:)?)definedName\b[^>]*?\slocalSheetId="(\d+)"[^>]*>[\s\S]*?<\/\1definedName>/g,
      (element: string, _p: string, id: string) =>
        Number(id) === removed
          ? ""
          : element.replace(/localSheetId="\d+"/, `localSheetId="${shift(id)}"`)
    );
}

/** The store's <sheet>, very hidden, after the last sheet; sheetId one above the highest in use. */
function appendSheet(workbook: string, rid: string): string {
  const elements = sheetElements(workbook);
  const sheetId = Math.max(0, ...elements.map((e) => Number(attribute(e, "sheetId")) || 0)) + 1;
  // The prefix the other sheets use for their relationship id (r:, or whatever a strict writer bound).
  const relPrefix =
    elements.map((e) => /\s([\w.-]+):id\s*=/.exec(e)?.[1]).find(Boolean) ??
    namespacePrefix(workbook, REL_NS);
  const idAttribute = relPrefix ? `${relPrefix}:id="${rid}"` : `xmlns:r="${REL_NS}" r:id="${rid}"`;
  const close = /<\/((?:[\w.-]+:)?)sheets>/.exec(workbook);
  if (!close) throw new Error("de werkmap heeft geen bladenlijst");
  const element = `<${close[1]}sheet name="${escapeXml(STORE_SHEET)}" sheetId="${sheetId}" state="veryHidden" ${idAttribute}/>`;
  return workbook.slice(0, close.index) + element + workbook.slice(close.index);
}

/** The prefix the workbook part binds to a namespace on its root element, if any. */
function namespacePrefix(xml: string, namespace: string): string | undefined {
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "";
  for (const m of root.matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g))
    if (m[2] === namespace) return m[1];
  return undefined;
}

/** The spreadsheet namespace the workbook uses (transitional or strict), for the new worksheet. */
function mainNamespace(workbook: string): string {
  const root = /<((?:[\w.-]+:)?)workbook\b[^>]*>/.exec(workbook);
  if (!root) return MAIN_NS;
  const prefix = root[1].replace(/:$/, "");
  const m = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*"([^"]*)"`).exec(root[0]);
  return m?.[1] ?? MAIN_NS;
}

function storeSheetXml(decisions: readonly Decision[], namespace: string): string {
  const rows = storeRows(decisions)
    .map((cells, r) => {
      const filled = cells
        .map((value, c) => ({ value: cellText(value), ref: `${columnName(c + 1)}${r + 1}` }))
        .filter((cell) => cell.value !== "")
        .map(
          (cell) =>
            `<c r="${cell.ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(escapeXstring(cell.value))}</t></is></c>`
        );
      return `<row r="${r + 1}">${filled.join("")}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${escapeXml(namespace)}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** Text a cell can hold: no characters XML 1.0 forbids, at most Excel's length. */
export function cellText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot carry
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
      .slice(0, MAX_CELL_TEXT)
  );
}

/** "_x0041_" typed by someone stays those seven characters: its underscore is escaped as readers expect. */
function escapeXstring(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e === "lt"
      ? "<"
      : e === "gt"
        ? ">"
        : e === "amp"
          ? "&"
          : e === "quot"
            ? '"'
            : e === "apos"
              ? "'"
              : String.fromCodePoint(
                  e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
                )
  );
}
