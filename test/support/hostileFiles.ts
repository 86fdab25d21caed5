import { Deflate, strToU8, unzipSync, zipSync } from "fflate";
import { RawEntry, rawZip } from "./rawZip";
import { MAIN, worksheetXml, xlsxParts, zipParts } from "./xlsxPackage";

/**
 * Hostile and odd files, each made here by our own code, for the test that the command line answers every
 * one of them with exit 0, 1 or 2, quickly, within bounded memory, with a Dutch reason and no raw text.
 * `berap` says whether the file holds a Berap table (only then may the answer be exit 0).
 */
export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly berap: boolean;
  /** Heavy enough that memory must be measured in a process of its own. */
  readonly heavy?: boolean;
}

/** Deflates `repeat` copies of `unit` between `head` and `tail`, streaming: a big part without a big buffer. */
export function deflateRepeated(
  head: string,
  unit: string,
  repeat: number,
  tail: string
): Uint8Array {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
  deflate.push(strToU8(head));
  const block = strToU8(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))));
  const perBlock = block.length / unit.length;
  let left = repeat;
  for (; left >= perBlock; left -= perBlock) deflate.push(block);
  deflate.push(strToU8(unit.repeat(left)));
  deflate.push(strToU8(tail), true);
  const all = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) (all.set(c, at), (at += c.length));
  return all;
}

/** A one-sheet package whose sheet part is replaced by raw entries (to lie about sizes). */
function withSheet(sheet: { data: Uint8Array; declaredSize: number }, extraSheets = 0): Uint8Array {
  const parts = xlsxParts(
    Array.from({ length: 1 + extraSheets }, (_, i) => ({ name: `Blad${i + 1}`, xml: "" }))
  );
  const entries: RawEntry[] = Object.entries(parts)
    .filter(([name]) => !/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([name, xml]) => {
      const data = strToU8(xml);
      return { name, data, method: 0, declaredSize: data.length };
    });
  for (let i = 1; i <= 1 + extraSheets; i++)
    entries.push({ name: `xl/worksheets/sheet${i}.xml`, method: 8, ...sheet });
  return rawZip(entries);
}

const SHEET_HEAD = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;
const WHOLE = "A1:XFD1048576";
const plain = (after: string) =>
  zipParts(
    xlsxParts([
      { name: "Blad1", xml: worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`, after) },
    ])
  );

export function hostileFiles(example: Uint8Array): HostileFile[] {
  const exampleParts = unzipSync(example);
  const withExamplePart = (name: string, edit: (xml: string) => string) =>
    zipSync({
      ...exampleParts,
      [name]: strToU8(edit(new TextDecoder().decode(exampleParts[name]))),
    });
  const spaces = 150 * 1024 * 1024;
  const bigSheet = deflateRepeated(SHEET_HEAD, " ", spaces, SHEET_TAIL);
  const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
    { length: 9 },
    (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`
  ).join("")}]><sst xmlns="${MAIN}"><si><t>&lol9;</t></si></sst>`;
  const ole = (stream: string) => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...stream].forEach((c, i) => (bytes[1024 + 2 * i] = c.charCodeAt(0)));
    return bytes;
  };
  return [
    // Zip bombs: declared honestly huge, lying about their size, and many big parts together.
    {
      name: "zipbom-opgegeven.xlsx",
      bytes: withSheet({ data: bigSheet, declaredSize: 0xfffffff0 }),
      berap: false,
    },
    {
      name: "zipbom-liegt.xlsx",
      bytes: withSheet({ data: bigSheet, declaredSize: 1000 }),
      berap: false,
      heavy: true,
    },
    {
      name: "zipbom-samen.xlsx",
      bytes: withSheet({ data: bigSheet, declaredSize: spaces + 50 }, 3),
      berap: false,
      heavy: true,
    },
    {
      name: "xmlbom.xlsx",
      bytes: zipParts(
        xlsxParts([{ name: "Blad1", xml: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` }], {
          sharedStrings: billionLaughs,
        })
      ),
      berap: false,
    },
    {
      name: "xxe.xlsx",
      bytes: withExamplePart("xl/workbook.xml", (xml) =>
        xml.replace(
          /^(<\?xml[^>]*\?>)?/,
          `$1<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>`
        )
      ),
      berap: false,
    },
    // Ranges over the whole sheet: kept as rectangles or not read at all, never expanded.
    {
      name: "samenvoeging-heel-blad.xlsx",
      bytes: plain(`<mergeCells count="1"><mergeCell ref="${WHOLE}"/></mergeCells>`),
      berap: false,
    },
    {
      name: "validatie-opmaak-link-heel-blad.xlsx",
      bytes: plain(
        `<conditionalFormatting sqref="${WHOLE}"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>` +
          `<dataValidations count="1"><dataValidation type="whole" sqref="${WHOLE}"><formula1>0</formula1></dataValidation></dataValidations>` +
          `<hyperlinks><hyperlink ref="${WHOLE}" display="x"/></hyperlinks>`
      ),
      berap: false,
    },
    {
      name: "samenvoegingen-veel.xlsx",
      bytes: plain(
        `<mergeCells>${Array.from({ length: 150_000 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:XFD${2 * i + 2}"/>`).join("")}</mergeCells>`
      ),
      berap: false,
    },
    {
      name: "word-hernoemd.xlsx",
      bytes: zipParts({ "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" }),
      berap: false,
    },
    { name: "zip-zonder-werkmap.xlsx", bytes: zipParts({ "leesmij.txt": "hallo" }), berap: false },
    {
      name: "afgebroken.xlsx",
      bytes: example.subarray(0, Math.floor(example.length / 2)),
      berap: false,
    },
    {
      name: "afgebroken-staart.xlsx",
      bytes: example.subarray(0, example.length - 10),
      berap: false,
    },
    { name: "versleuteld.xlsx", bytes: ole("EncryptedPackage"), berap: false },
    { name: "oud-formaat.xlsx", bytes: ole("Workbook"), berap: false },
    {
      name: "ods-hernoemd.xlsx",
      bytes: zipSync({
        mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
        "content.xml": strToU8("<office:document-content/>"),
      }),
      berap: false,
    },
    {
      name: "xlsb-hernoemd.xlsx",
      bytes: zipParts({ "xl/workbook.bin": new Uint8Array(16), "[Content_Types].xml": "<Types/>" }),
      berap: false,
    },
    { name: "leeg.xlsx", bytes: new Uint8Array(0), berap: false },
    { name: "tekst.xlsx", bytes: strToU8("Programma;Bedrag\nTotaal;1377\n"), berap: false },
    {
      name: "willekeurig.xlsx",
      bytes: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251),
      berap: false,
    },
    {
      name: "bladen-5000.xlsx",
      bytes: zipParts(
        xlsxParts(Array.from({ length: 5000 }, (_, i) => ({ name: `B${i}`, xml: "" })))
      ),
      berap: false,
    },
    {
      name: "cellen-te-veel.xlsx",
      bytes: withSheet({
        data: deflateRepeated(
          SHEET_HEAD,
          `<row><c><v>1</v></c><c><v>2</v></c></row>`,
          1_100_000,
          SHEET_TAIL
        ),
        declaredSize: SHEET_HEAD.length + 41 * 1_100_000 + SHEET_TAIL.length,
      }),
      berap: false,
      heavy: true,
    },
    {
      name: "tekst-enorm.xlsx",
      bytes: withSheet({
        data: deflateRepeated(
          `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
          "Totaal ",
          6_000_000,
          `</t></is></c></row>${SHEET_TAIL}`
        ),
        declaredSize: SHEET_HEAD.length + 7 * 6_000_000 + 200,
      }),
      berap: false,
      heavy: true,
    },
    {
      name: "diep-genest.xlsx",
      bytes: plain(`${"<extLst>".repeat(200_000)}${"</extLst>".repeat(200_000)}`),
      berap: false,
    },
    // Injection: escape sequences (as OOXML writes them), C1 controls and bidi overrides in sheet names and
    // texts of the real example, and a text that looks like a formula. The example stays a Berap.
    {
      name: "injectie.xlsx",
      bytes: zipSync({
        ...exampleParts,
        "xl/workbook.xml": strToU8(
          new TextDecoder()
            .decode(exampleParts["xl/workbook.xml"])
            .replace(/name="([^"]+)"/g, `name="$1_x001B_[2K_x001B_[1A\u009b32m\u202e"`)
        ),
        "xl/sharedStrings.xml": strToU8(
          new TextDecoder()
            .decode(exampleParts["xl/sharedStrings.xml"] ?? new Uint8Array())
            .replace(/<t>([^<]*)<\/t>/, `<t>$1_x001B_]0;gehackt_x0007_=cmd|' /C calc'!A0</t>`)
        ),
      }),
      berap: true,
    },
  ];
}
