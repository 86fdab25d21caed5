import * as fs from "fs";
import * as path from "path";
import { DecidedFinding, Finding, sortFindings, summarize, validateWorkbook } from "../berap";
import { Workbook } from "../berap/model/workbook";
import { presentationOf, xlsxReport } from "../workbook/xlsxReport";
import { megabytes } from "../workbook/reader/limits";
import { noBerapTable, notChecked } from "../workbook/outcome";
import { WorkbookReadError, readXlsx } from "../workbook/xlsx";
import { decidedEntry } from "./decisionsText";
import { failureOf, FileResult } from "./report";

export interface CheckOptions {
  readonly tolerantie: number;
  readonly alleenFouten: boolean;
  readonly uitgebreid: boolean;
  /** Write the report (.xlsx) here, from the same reading of the file: a new file only. */
  readonly rapport?: string;
}

/** Files larger than this are refused before they are read: a Berap is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Checks one file and always returns its result: the findings, or the reason it was not checked. A workbook
 * in which nothing was checked (no Berap table recognised, no other table with a total to recompute) was
 * not checked either, and never passes as clean.
 */
export async function checkFile(file: string, options: CheckOptions): Promise<FileResult> {
  try {
    const workbook = await readXlsx(readBounded(file));
    const result = validateWorkbook(workbook, { tolerantie: options.tolerantie });
    if (result.tabellen === 0)
      return failureOf(
        file,
        { kind: "geen-berap", reason: noBerapTable(result.gezien) },
        options.uitgebreid
      );
    // --alleen-fouten filters the open findings; the decided ones stay apart, all of them.
    const bevindingen = options.alleenFouten
      ? result.bevindingen.filter((f) => f.ernst === "fout")
      : result.bevindingen;
    const besloten = inReadingOrder(result.besloten, workbook);
    const report = {
      bestand: file,
      bevindingen,
      samenvatting: summarize(bevindingen),
      besloten: besloten.map(decidedEntry),
      vervallen: result.vervallen,
    };
    return options.rapport
      ? {
          ...report,
          ...(await writeReport(options.rapport, file, bevindingen, besloten, workbook)),
        }
      : report;
  } catch (error) {
    return failureOf(file, notChecked(error), options.uitgebreid);
  }
}

/** The decided findings in the order the open ones have: sheet by sheet as in the workbook, then by cell. */
function inReadingOrder(besloten: readonly DecidedFinding[], workbook: Workbook): DecidedFinding[] {
  const order = sortFindings(
    besloten.map((d) => d.bevinding),
    workbook.sheets.map((s) => s.name)
  );
  return [...besloten].sort((a, b) => order.indexOf(a.bevinding) - order.indexOf(b.bevinding));
}

/** Writes the report next to nothing: `wx` refuses a file that exists, even one made since the command began. */
async function writeReport(
  reportPath: string,
  checked: string,
  findings: readonly Finding[],
  besloten: readonly DecidedFinding[],
  workbook: Workbook
): Promise<{ rapport: string } | { rapportFout: string }> {
  try {
    const bytes = await xlsxReport(
      findings,
      presentationOf(workbook),
      linkTarget(reportPath, checked),
      besloten
    );
    fs.writeFileSync(reportPath, bytes, { flag: "wx" });
    return { rapport: reportPath };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      rapportFout:
        code === "EEXIST"
          ? `${reportPath} bestaat al; een bestaand bestand wordt niet overschreven: kies een nieuwe naam`
          : `het rapport kon niet worden geschreven naar ${reportPath} (${code ?? "onbekende oorzaak"})`,
    };
  }
}

/** The checked file as the report's links reach it: relative to the report's folder, with "/". */
export function linkTarget(reportPath: string, checked: string): string {
  const relative = path.relative(path.dirname(path.resolve(reportPath)), path.resolve(checked));
  return relative.split(path.sep).join("/");
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
