import * as fs from "fs";
import { summarize, validateWorkbook } from "../berap";
import { megabytes } from "../workbook/reader/limits";
import { NO_BERAP_TABLE, notChecked } from "../workbook/outcome";
import { WorkbookReadError, readXlsx } from "../workbook/xlsx";
import { failureOf, FileResult } from "./report";

export interface CheckOptions {
  readonly tolerantie: number;
  readonly alleenFouten: boolean;
  readonly uitgebreid: boolean;
}

/** Files larger than this are refused before they are read: a Berap is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Checks one file and always returns its result: the findings, or the reason it was not checked. A workbook
 * in which no Berap table was recognised was not checked either, and never passes as clean.
 */
export async function checkFile(file: string, options: CheckOptions): Promise<FileResult> {
  try {
    const workbook = await readXlsx(readBounded(file));
    const result = validateWorkbook(workbook, { tolerantie: options.tolerantie });
    if (result.tabellen === 0)
      return failureOf(file, { kind: "geen-berap", reason: NO_BERAP_TABLE }, options.uitgebreid);
    const bevindingen = options.alleenFouten
      ? result.bevindingen.filter((f) => f.ernst === "fout")
      : result.bevindingen;
    return { bestand: file, bevindingen, samenvatting: summarize(bevindingen) };
  } catch (error) {
    return failureOf(file, notChecked(error), options.uitgebreid);
  }
}

function readBounded(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new WorkbookReadError(
      "ontbreekt",
      "het bestand bestaat niet of is niet te openen",
      error instanceof Error ? error.message : String(error)
    );
  }
  if (stat.isDirectory())
    throw new WorkbookReadError(
      "ontbreekt",
      "dit is een map, geen bestand; geef de werkmap zelf op"
    );
  if (stat.size > MAX_FILE_BYTES)
    throw new WorkbookReadError(
      "te-groot",
      `het bestand is te groot: groter dan ${megabytes(MAX_FILE_BYTES)}`,
      megabytes(stat.size)
    );
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new WorkbookReadError(
      "ontbreekt",
      "het bestand is niet te openen",
      error instanceof Error ? error.message : String(error)
    );
  }
}
