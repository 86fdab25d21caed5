import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Decision, storeRows, STORE_SHEET } from "../../src/berap";

/**
 * A workbook with the controller's decisions stored in it as the pane stores them: a very hidden sheet
 * STORE_SHEET holding `storeRows(decisions)`, every cell text (format "@"). `edit` changes the workbook first
 * (rename a sheet, correct a figure). Only our own code makes these files.
 */
export async function xlsxWithStore(
  source: Uint8Array,
  decisions: readonly Decision[],
  edit: (book: ExcelJS.Workbook) => void = () => {}
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(source).buffer);
  edit(book);
  const store = book.addWorksheet(STORE_SHEET, { state: "veryHidden" });
  storeRows(decisions).forEach((row, r) =>
    row.forEach((text, c) => {
      const cell = store.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      if (text !== "") cell.value = text;
    })
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The same file with `text` replaced by `xml` in the workbook part (sheet names) and the shared strings: how
 * a test writes OOXML's escapes as Excel does ("_x001B_" for an escape character, "_x005F_x0041_" for the
 * text "_x0041_"), which ExcelJS does not (it drops control characters and leaves "_x0041_" as it is).
 */
export function withPartText(xlsx: Buffer, text: string, xml: string): Buffer {
  const parts = unzipSync(new Uint8Array(xlsx));
  for (const name of ["xl/workbook.xml", "xl/sharedStrings.xml"])
    if (parts[name]) parts[name] = strToU8(strFromU8(parts[name]).split(text).join(xml));
  return Buffer.from(zipSync(parts));
}
