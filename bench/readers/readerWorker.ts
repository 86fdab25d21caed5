/*
 * Child process of the reader comparison (readerCompare.ts): reads the files named on stdin, one per line, with
 * one reader, and writes one JSON line per file: time, memory after the read, and a fingerprint of what was
 * read (per sheet, every filled cell's value) so the parent can compare readers cell by cell.
 * Usage: node lib/bench/readers/readerWorker.js own|exceljs|sheetjs
 */
import * as fs from "fs";
import * as readline from "readline";
import { fromExcelJs, fromOwn, fromSheetJs, Timed } from "./normalize";

type Reader = (bytes: Buffer) => Promise<Timed>;

function reader(name: string): Reader {
  if (name === "own") return fromOwn;
  if (name === "exceljs") return fromExcelJs;
  if (name === "sheetjs") return fromSheetJs;
  throw new Error(`onbekende lezer ${name}`);
}

async function main(): Promise<void> {
  const read = reader(process.argv[2]);
  const lines = readline.createInterface({ input: process.stdin });
  for await (const file of lines) {
    if (!file) continue;
    const start = process.hrtime.bigint();
    let result: Record<string, unknown>;
    try {
      const { ms, sheets } = await read(fs.readFileSync(file));
      result = { ok: true, ms, sheets };
    } catch (e) {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      result = { ok: false, ms, error: (e instanceof Error ? e.message : String(e)).slice(0, 200) };
    }
    const rss = process.memoryUsage().rss;
    process.stdout.write(`${JSON.stringify({ file, rss, ...result })}\n`);
  }
}

process.on("unhandledRejection", () => undefined);
void main();
