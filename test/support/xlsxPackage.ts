import { strToU8, zipSync } from "fflate";

/**
 * A minimal .xlsx package built part by part, so a test can write exactly the XML a writer other than ExcelJS
 * produces (prefixes, inline strings, shared formulas) or a hostile one. Only our own code makes these files.
 */
export interface SheetPart {
  readonly name: string;
  /** The whole worksheet XML, or only what goes inside <sheetData>. */
  readonly xml: string;
}

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export function worksheetXml(sheetData: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

export function xlsxParts(
  sheets: readonly SheetPart[],
  extra: { sharedStrings?: string; styles?: string } = {}
): Record<string, string> {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
      )
      .join(
        ""
      )}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = /<(\w+:)?worksheet/.test(s.xml)
      ? s.xml
      : worksheetXml(s.xml);
  });
  if (extra.sharedStrings) parts["xl/sharedStrings.xml"] = extra.sharedStrings;
  if (extra.styles) parts["xl/styles.xml"] = extra.styles;
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts))
    files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files, { level: 6 });
}

export function xlsxPackage(
  sheets: readonly SheetPart[],
  extra: { sharedStrings?: string; styles?: string } = {}
): Uint8Array {
  return zipParts(xlsxParts(sheets, extra));
}
