import { WorkbookReadError } from "./errors";

/**
 * What kind of file this is, from its first bytes and not from its name: a renamed .docx is not a workbook
 * and a renamed .xlsx is one. Only zip archives go on to the OOXML reader; every other kind is refused here
 * with the reason a controller can act on.
 */
const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[2 * i] = text.charCodeAt(i);
  outer: for (let at = 0; at + needle.length <= bytes.length; at++) {
    if (bytes[at] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[at + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Throws the reason when the bytes are not a zip archive that may hold a workbook. */
export function refuseNonZip(bytes: Uint8Array): void {
  if (bytes.length === 0)
    throw new WorkbookReadError("geen-werkmap", "het bestand is leeg; het is geen Excel-werkmap");
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, OLE)) {
    // An encrypted .xlsx is an OLE container with an EncryptedPackage stream; an old .xls has a Workbook stream.
    if (containsUtf16(bytes, "EncryptedPackage"))
      throw new WorkbookReadError(
        "versleuteld",
        "het bestand is met een wachtwoord beveiligd; sla het zonder wachtwoord op als .xlsx"
      );
    if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book"))
      throw new WorkbookReadError(
        "niet-ondersteund",
        "het oude Excel-formaat (.xls) wordt niet gelezen; open het in Excel en sla het op als .xlsx"
      );
    throw new WorkbookReadError(
      "geen-werkmap",
      "het bestand is geen Excel-werkmap (een ander Office-bestand, zoals Word of Outlook)"
    );
  }
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 2048));
  if (head.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    throw new WorkbookReadError(
      "niet-ondersteund",
      "het XML-werkbladformaat van Excel 2003 wordt niet gelezen; open het in Excel en sla het op als .xlsx"
    );
  if (head.startsWith("%PDF"))
    throw new WorkbookReadError("geen-werkmap", "het bestand is een PDF, geen Excel-werkmap");
  if (/^\s*<(!doctype html|html)/i.test(head))
    throw new WorkbookReadError(
      "geen-werkmap",
      "het bestand is een webpagina (HTML), geen Excel-werkmap; open het in Excel en sla het op als .xlsx"
    );
  throw new WorkbookReadError(
    "geen-werkmap",
    "het bestand is geen Excel-werkmap (.xlsx); een CSV- of tekstbestand eerst in Excel openen en opslaan als .xlsx"
  );
}

/** Throws the reason when a zip archive is an Office file of another kind or a spreadsheet we do not read. */
export function refuseOtherZip(has: (name: string) => boolean, mimetype: string | undefined): void {
  if (mimetype?.includes("opendocument.spreadsheet"))
    throw new WorkbookReadError(
      "niet-ondersteund",
      "een OpenDocument-rekenblad (.ods) wordt niet gelezen; sla het in LibreOffice of Excel op als .xlsx"
    );
  if (mimetype?.includes("opendocument"))
    throw new WorkbookReadError(
      "geen-werkmap",
      "het bestand is een OpenDocument-tekst of -presentatie, geen werkmap"
    );
  if (has("xl/workbook.bin"))
    throw new WorkbookReadError(
      "niet-ondersteund",
      "het binaire Excel-formaat (.xlsb) wordt niet gelezen; open het in Excel en sla het op als .xlsx"
    );
  if (has("Index/Document.iwa") || has("Index.zip"))
    throw new WorkbookReadError(
      "niet-ondersteund",
      "een Numbers-bestand wordt niet gelezen; exporteer het in Numbers als Excel-werkmap (.xlsx)"
    );
  if (has("word/document.xml"))
    throw new WorkbookReadError(
      "geen-werkmap",
      "het bestand is een Word-document, geen Excel-werkmap"
    );
  if (has("ppt/presentation.xml"))
    throw new WorkbookReadError(
      "geen-werkmap",
      "het bestand is een PowerPoint-presentatie, geen Excel-werkmap"
    );
}
