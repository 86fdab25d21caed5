#!/usr/bin/env node
/*
 * berap-check: validates Berap workbooks on disk with the same engine as the task pane, without Excel.
 * Every file gets its own result; the exit code is the worst of them: 0 without fouten, 1 with fouten, 2 when
 * a file was not checked (or the command line is wrong). Fouten a controller accepted or ignored in the pane
 * (stored in the workbook) do not count.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs, UsageError, USAGE } from "./args";
import { FileChecker } from "./isolation";
import { exitCodeOf, formatResult, FileResult, isFailure } from "./report";
import { jsonTerminalSafe, terminalSafe } from "./terminalText";

/** The bundled example, found from the package root (this file runs from src/cli or, compiled, lib/src/cli). */
function bundledExample(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "assets", "voorbeeld-berap-2025-2.xlsx");
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.join("assets", "voorbeeld-berap-2025-2.xlsx");
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
    err.write(
      `berap-check: ${terminalSafe(e instanceof UsageError ? e.message : String(e))}\n${USAGE}\n`
    );
    return 2;
  }
  if (options.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const files =
    options.files.length > 0 ? options.files : [path.relative(process.cwd(), bundledExample())];
  // Checked before any work: an existing file is never overwritten (writing uses "wx" as well).
  if (options.rapport !== undefined && fs.existsSync(options.rapport)) {
    err.write(
      `berap-check: ${terminalSafe(options.rapport)} bestaat al; een bestaand bestand wordt niet overschreven: kies een nieuwe naam\n`
    );
    return 2;
  }
  const results: FileResult[] = [];
  const checker = new FileChecker();
  try {
    for (const file of files) {
      const result = await checker.check(file, options);
      results.push(result);
      // Human output goes out file by file, so a long batch shows progress and a late failure loses nothing.
      if (!options.json)
        out.write(
          `${results.length > 1 ? "\n" : ""}${formatResult(result, options.ookGeaccepteerd)}\n`
        );
    }
  } finally {
    await checker.close();
  }
  if (options.json)
    out.write(
      `${jsonTerminalSafe(JSON.stringify(results.length === 1 ? results[0] : results, null, 2))}\n`
    );
  return Math.max(
    ...results.map(exitCodeOf),
    reportOutcome(options.rapport, results, options.json ? err : out, err)
  );
}

/** Says where the report went (or why not); 2 when it was asked for and not written. */
function reportOutcome(
  asked: string | undefined,
  results: readonly FileResult[],
  out: Output,
  err: Output
): number {
  if (asked === undefined) return 0;
  const result = results[0];
  if (!isFailure(result) && result.rapport) {
    out.write(`Rapport geschreven: ${terminalSafe(result.rapport)}\n`);
    return 0;
  }
  const why = isFailure(result)
    ? "de werkmap is niet gecontroleerd"
    : (result.rapportFout ?? "onbekende oorzaak");
  err.write(`berap-check: geen rapport geschreven: ${terminalSafe(why)}\n`);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    () => {
      process.stderr.write("berap-check: onverwachte fout; niets gecontroleerd\n");
      process.exitCode = 2;
    }
  );
}
