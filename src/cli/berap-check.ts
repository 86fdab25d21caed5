#!/usr/bin/env node
/*
 * berap-check: validates Berap workbooks on disk with the same engine as the task pane, without Excel.
 * Exit code 0 without fouten, 1 with fouten, 2 when a file cannot be read or the command line is wrong.
 */
import * as fs from "fs";
import * as path from "path";
import { summarize, validateWorkbook } from "../berap";
import { readXlsx, WorkbookReadError } from "../workbook/xlsx";
import { parseArgs, UsageError, USAGE } from "./args";
import { FileReport, formatReport } from "./report";

/** The bundled example, found from the package root (this file runs from src/cli or, compiled, lib/src/cli). */
function bundledExample(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "assets", "voorbeeld-berap-2025-2.xlsx");
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.join("assets", "voorbeeld-berap-2025-2.xlsx");
}

async function checkFile(
  file: string,
  tolerantie: number,
  alleenFouten: boolean
): Promise<FileReport> {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    throw new WorkbookReadError("het bestand bestaat niet of is niet te openen");
  }
  const workbook = await readXlsx(data);
  const result = validateWorkbook(workbook, { tolerantie });
  const bevindingen = alleenFouten
    ? result.bevindingen.filter((f) => f.ernst === "fout")
    : result.bevindingen;
  return { bestand: file, bevindingen, samenvatting: summarize(bevindingen) };
}

/** Where the command writes: process.stdout and process.stderr, or a test's capture. */
export interface Output {
  write(text: string): unknown;
}

export async function main(
  argv: readonly string[],
  out: Output = process.stdout,
  err: Output = process.stderr
): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    err.write(`berap-check: ${e instanceof UsageError ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const files =
    options.files.length > 0 ? options.files : [path.relative(process.cwd(), bundledExample())];
  const reports: FileReport[] = [];
  for (const file of files) {
    try {
      reports.push(await checkFile(file, options.tolerantie, options.alleenFouten));
    } catch (e) {
      const reason =
        e instanceof WorkbookReadError
          ? e.message
          : `onverwachte fout: ${e instanceof Error ? e.message : String(e)}`;
      err.write(`berap-check: ${file}: ${reason}\n`);
      return 2;
    }
  }
  if (options.json)
    out.write(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  else out.write(`${reports.map(formatReport).join("\n\n")}\n`);
  return reports.some((r) => r.samenvatting.fouten > 0) ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(
        `berap-check: onverwachte fout: ${e instanceof Error ? e.message : String(e)}\n`
      );
      process.exitCode = 2;
    }
  );
}
