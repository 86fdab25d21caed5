/*
 * The reader comparison behind docs/lezers.md: reads every spreadsheet under a folder (a public test corpus,
 * fetched for the measurement and never committed) with ExcelJS, SheetJS CE (@e965/xlsx, not a dependency:
 * point SHEETJS_PATH at an installed copy) and our own reader, each in its own child process with a 20 s
 * limit per file and a 2 GB heap, and prints per reader and format: files read, refused, timed out or crashed,
 * agreement cell by cell with the other readers, time and memory.
 * Usage: node lib/bench/readers/readerCompare.js <folder> [out.json]
 */
import { ChildProcessWithoutNullStreams, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as readline from "readline";

const READERS = ["exceljs", "sheetjs", "own"] as const;
type ReaderName = (typeof READERS)[number];
const LIMIT_MS = 20_000;

interface Outcome {
  file: string;
  status: "gelezen" | "geweigerd" | "tijdslimiet" | "gecrasht";
  ms: number;
  rss: number;
  error?: string;
  fingerprint?: string;
}

export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** A child process that answers one JSON line per file path written to it, restarted after a timeout or crash. */
export class Worker {
  private child!: ChildProcessWithoutNullStreams;
  private pending?: (line: string | undefined) => void;

  constructor(
    private readonly script: string,
    private readonly args: readonly string[]
  ) {
    this.start();
  }

  private start(): void {
    const child = spawn(process.execPath, ["--max-old-space-size=2048", this.script, ...this.args]);
    this.child = child;
    // Only the current child may answer: a killed one's late exit must not end the next file's wait.
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      if (this.child === child) this.pending?.(line);
    });
    child.on("exit", () => {
      if (this.child === child) this.pending?.(undefined);
    });
    child.stderr.resume();
  }

  /** The child's answer for `file`; "timeout" after 20 s and undefined when it died (it is then restarted). */
  async ask(file: string): Promise<string | undefined | "timeout"> {
    const line = await new Promise<string | undefined | "timeout">((resolve) => {
      const timer = setTimeout(() => resolve("timeout"), LIMIT_MS);
      this.pending = (l) => {
        clearTimeout(timer);
        resolve(l);
      };
      this.child.stdin.write(`${file}\n`);
    });
    this.pending = undefined;
    if (line === "timeout" || line === undefined) {
      this.child.kill("SIGKILL");
      this.start();
    }
    return line;
  }

  async read(file: string): Promise<Outcome> {
    const line = await this.ask(file);
    if (line === "timeout" || line === undefined)
      return {
        file,
        status: line === "timeout" ? "tijdslimiet" : "gecrasht",
        ms: LIMIT_MS,
        rss: 0,
      };
    const r = JSON.parse(line);
    return {
      file,
      status: r.ok ? "gelezen" : "geweigerd",
      ms: r.ms,
      rss: r.rss,
      error: r.error,
      fingerprint: r.ok ? JSON.stringify(r.sheets) : undefined,
    };
  }

  stop(): void {
    this.child.stdin.end();
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

async function main(): Promise<void> {
  const [dir, outFile] = process.argv.slice(2);
  const files = listFiles(dir);
  const results: Record<ReaderName, Outcome[]> = { exceljs: [], sheetjs: [], own: [] };
  await Promise.all(
    READERS.map(async (name) => {
      const worker = new Worker(path.join(__dirname, "readerWorker.js"), [name]);
      for (const file of files) results[name].push(await worker.read(file));
      worker.stop();
    })
  );
  if (outFile) fs.writeFileSync(outFile, JSON.stringify(results));
  const format = (f: string) => path.extname(f).slice(1).toLowerCase().replace("xlsm", "xlsx");
  console.log(`${files.length} bestanden\n`);
  console.log(
    "| lezer | formaat | bestanden | gelezen | geweigerd | > 20 s | gecrasht | gelijk aan een andere lezer | mediaan ms | p95 ms | max ms | max RSS MB |"
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const name of READERS)
    for (const fmt of ["xlsx", "xlsb", "xls", "ods", "numbers"]) {
      const rows = results[name]
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => format(r.file) === fmt);
      if (rows.length === 0) continue;
      const read = rows.filter(({ r }) => r.status === "gelezen");
      const agree = read.filter(({ r, i }) =>
        READERS.some((other) => other !== name && results[other][i].fingerprint === r.fingerprint)
      );
      const count = (s: Outcome["status"]) => rows.filter(({ r }) => r.status === s).length;
      const ms = rows
        .filter(({ r }) => r.status !== "tijdslimiet" && r.status !== "gecrasht")
        .map(({ r }) => r.ms);
      const rss = Math.max(0, ...rows.map(({ r }) => r.rss)) / 2 ** 20;
      console.log(
        `| ${name} | ${fmt} | ${rows.length} | ${read.length} | ${count("geweigerd")} | ${count("tijdslimiet")} | ${count("gecrasht")} | ${agree.length} | ${quantile(ms, 0.5).toFixed(0)} | ${quantile(ms, 0.95).toFixed(0)} | ${Math.max(0, ...ms).toFixed(0)} | ${rss.toFixed(0)} |`
      );
    }
}

if (require.main === module) void main();
