/*
 * berap-check on every spreadsheet of a public corpus (fetched for the measurement, never committed): what the
 * hostile-file test asks of our own files, asked of files nobody here wrote. Each file must give exit 0, 1 or
 * 2 within 20 s, print no stack trace, raw JavaScript error or control character; prints the outcomes.
 * Usage: node lib/bench/readers/cliOnCorpus.js <folder>
 */
import * as path from "path";
import { listFiles, Worker } from "./readerCompare";

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const RAW =
  /\n\s+at \S|TypeError|RangeError|ReferenceError|SyntaxError|Cannot read prop|is not a function|undefined/;

async function main(): Promise<void> {
  const files = listFiles(process.argv[2]);
  const worker = new Worker(path.join(__dirname, "cliWorker.js"), []);
  const codes = new Map<string, number>();
  const reasons = new Map<string, number>();
  const problems: string[] = [];
  let slowest = { ms: 0, file: "" };
  let rss = 0;
  for (const file of files) {
    const line = await worker.ask(file);
    if (line === "timeout" || line === undefined) {
      problems.push(`${file}: ${line === "timeout" ? "meer dan 20 s" : "gecrasht"}`);
      continue;
    }
    const r = JSON.parse(line) as { code: number; out: string; ms: number; rss: number };
    codes.set(String(r.code), (codes.get(String(r.code)) ?? 0) + 1);
    const reason = /Niets? gecontroleerd: ([^;(\n]*)/.exec(r.out)?.[1]?.trim();
    if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    if (![0, 1, 2].includes(r.code)) problems.push(`${file}: afsluitcode ${r.code}`);
    if (CONTROL.test(r.out) || RAW.test(r.out))
      problems.push(`${file}: ruwe tekst: ${r.out.slice(0, 300)}`);
    if (r.ms > slowest.ms) slowest = { ms: r.ms, file };
    rss = Math.max(rss, r.rss);
  }
  worker.stop();
  console.log(
    `${files.length} bestanden; afsluitcodes: ${JSON.stringify(Object.fromEntries(codes))}`
  );
  console.log(
    `traagste: ${path.basename(slowest.file)} ${slowest.ms.toFixed(0)} ms; hoogste RSS ${(rss / 2 ** 20).toFixed(0)} MB`
  );
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(5)}  ${reason}`);
  console.log(`${problems.length} problemen`);
  for (const p of problems) console.log(`  ${p}`);
}

void main();
