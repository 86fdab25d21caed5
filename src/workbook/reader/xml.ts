import { SaxesParser, SaxesTagPlain } from "saxes";
import { WorkbookReadError } from "./errors";
import { Deadline } from "./limits";
import { ZipArchive } from "./zip";

/**
 * Streams one XML part of the archive through a SAX parser, chunk by chunk as it inflates: a sheet is never
 * held as one string. Element names arrive without their prefix ("x:c" and "ns0:c" are both "c"), since
 * writers differ in prefixes but not in local names. A DOCTYPE is refused outright: Office never writes one,
 * and it is how entity bombs and external entities (XXE) get in.
 */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

export function parseXmlPart(
  zip: ZipArchive,
  part: string,
  handler: XmlHandler,
  deadline: Deadline
): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("doctype", () => {
    throw new WorkbookReadError(
      "beschadigd",
      "het bestand bevat XML die een Excel-werkmap nooit heeft (een DOCTYPE) en wordt niet gelezen",
      `DOCTYPE in ${part}`
    );
  });
  parser.on("opentag", (tag: SaxesTagPlain) =>
    handler.open(localName(tag.name), tag.attributes as Record<string, string>)
  );
  const { close, text } = handler;
  if (close) parser.on("closetag", (tag: SaxesTagPlain) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  let decoder: TextDecoder | undefined;
  try {
    zip.read(
      part,
      (chunk) => {
        // Excel writes UTF-8; a UTF-16 part announces itself with its byte-order mark.
        decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : "utf-8");
        parser.write(decoder.decode(chunk, { stream: true }));
      },
      deadline
    );
    parser.write(decoder?.decode() ?? "");
    parser.close();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(
      "beschadigd",
      "het bestand is beschadigd of onvolledig en kan niet worden gelezen",
      `${part}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

/** An attribute by its local name, whatever its prefix ("r:id", "ns1:id"); prefixed names only when asked. */
export function prefixedAttribute(
  attributes: Record<string, string>,
  local: string
): string | undefined {
  for (const [name, value] of Object.entries(attributes))
    if (name.includes(":") && localName(name) === local) return value;
  return undefined;
}

/**
 * OOXML's escape for characters XML cannot hold (ECMA-376 part 1, 22.9.2.19): "_x000D_" is a carriage return,
 * "_x005F_" an underscore, so "_x005F_x000D_" is the literal text "_x000D_". Control characters that come out
 * of this are kept in the model (they are the workbook's text) and dropped only on their way to a terminal.
 */
export function unescapeXstring(text: string): string {
  if (!text.includes("_x") && !text.includes("_X")) return text;
  return text.replace(/_[xX]([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/** Excel holds at most 32.767 characters in a cell; a longer text cannot come from Excel and is cut there. */
export const MAX_CELL_TEXT = 32_767;

/** A cell's text as Excel shows it: escapes decoded, no longer than Excel allows. */
export function cellText(raw: string): string {
  const text = unescapeXstring(
    raw.length > 4 * MAX_CELL_TEXT ? raw.slice(0, 4 * MAX_CELL_TEXT) : raw
  );
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}
