/*
 * Child process of cliOnCorpus.ts: runs berap-check in-process on each file named on stdin and writes one JSON
 * line per file: exit code, everything it printed, time and memory.
 */
import * as readline from "readline";
import { main } from "../../src/cli/berap-check";

async function run(): Promise<void> {
  for await (const file of readline.createInterface({ input: process.stdin })) {
    if (!file) continue;
    let out = "";
    const sink = { write: (s: string) => (out += s) };
    const start = process.hrtime.bigint();
    const code = await main([file], sink, sink);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const rss = process.memoryUsage().rss;
    process.stdout.write(`${JSON.stringify({ code, out, ms, rss })}\n`);
  }
}

void run();
