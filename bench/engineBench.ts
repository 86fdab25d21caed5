import * as fs from "fs";
import * as path from "path";
import { validateWorkbook } from "../src/berap";
import { recognizeBerap } from "../src/berap/tables/recognize";
import { Sheet, Workbook } from "../src/berap/model/workbook";
import { readXlsx } from "../src/workbook/xlsx";
import { fmt, verdict } from "./timing";

/**
 * A synthetic Berap: `sheets` programme sheets with `developments` rows in two lists each (totals right),
 * result lines, plus `filler` cells of unrelated numbers spread over the sheets.
 */
export function syntheticWorkbook(sheets: number, developments: number, filler: number): Workbook {
  const out: Sheet[] = [];
  for (let s = 0; s < sheets; s++) {
    const sheet = new Sheet(
      ["GGD Twente", "OZJT", "VTT", "Bestuur en Ondersteuning"][s % 4] + ` ${s + 1}`
    );
    sheet.set(1, 1, { value: "Bedragen x EUR 1.000" });
    sheet.set(3, 1, { value: "Positieve ontwikkelingen" });
    sheet.set(3, 5, { value: "Negatieve ontwikkelingen" });
    ["Soort", "Omschrijving", "Bedrag"].forEach(
      (h, i) => (sheet.set(4, 1 + i, { value: h }), sheet.set(4, 5 + i, { value: h }))
    );
    let pos = 0;
    let neg = 0;
    const half = developments / 2;
    for (let i = 0; i < half; i++) {
      const r = 5 + i;
      sheet.set(r, 1, { value: "IMS"[i % 3] });
      sheet.set(r, 2, { value: `Ontwikkeling ${i} (${"RPG"[i % 3]})` });
      sheet.set(r, 3, { value: (i * 37) % 500 });
      pos += (i * 37) % 500;
      sheet.set(r, 5, { value: "IMS"[(i + 1) % 3] });
      sheet.set(r, 6, { value: `Nadeel ${i} (${"RPG"[(i + 2) % 3]})` });
      sheet.set(r, 7, { value: -((i * 53) % 400) });
      neg -= (i * 53) % 400;
    }
    const t = 5 + half;
    sheet.set(t, 2, { value: "Totaal" });
    sheet.set(t, 3, { value: pos });
    sheet.set(t, 6, { value: "Totaal" });
    sheet.set(t, 7, { value: neg });
    sheet.set(t + 2, 2, { value: "Verwacht bedrijfsresultaat" });
    sheet.set(t + 2, 3, { value: pos + neg });
    const perSheet = Math.floor(filler / sheets);
    for (let k = 0; k < perSheet; k++)
      sheet.set(t + 5 + Math.floor(k / 20), 12 + (k % 20), { value: k * 1.5 });
    out.push(sheet);
  }
  return { sheets: out };
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)];
const median = (xs: number[]) => quantile(xs, 0.5);
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * The example, as a controller's check runs it: read the file into a fresh model, then validate that model.
 * Read and check alternate in each round (same machine state, same warmth), each check on the model just
 * read (no sorted-row caches left from an earlier check of the same model); medians over many warm rounds.
 * Recognition alone is timed the same way, so the split between recognition and rules is measured, not guessed.
 */
export async function engineBench(example: string): Promise<void> {
  const bytes = fs.readFileSync(example);
  const coldStart = process.hrtime.bigint();
  validateWorkbook(await readXlsx(bytes));
  const coldMs = since(coldStart);
  const read: number[] = [];
  const check: number[] = [];
  const recognize: number[] = [];
  const rounds = 300;
  for (let i = 0; i < 100 + rounds; i++) {
    let start = process.hrtime.bigint();
    const workbook = await readXlsx(bytes);
    const readMs = since(start);
    start = process.hrtime.bigint();
    validateWorkbook(workbook);
    const checkMs = since(start);
    const fresh = await readXlsx(bytes);
    start = process.hrtime.bigint();
    recognizeBerap(fresh);
    const recognizeMs = since(start);
    if (i < 100) continue; // warm-up: the JIT compiles reader and engine
    read.push(readMs);
    check.push(checkMs);
    recognize.push(recognizeMs);
  }
  const [readMs, checkMs, recognizeMs] = [median(read), median(check), median(recognize)];
  // The fastest tenth: the rounds another process on the shared machine did not disturb.
  const [readFast, checkFast, recognizeFast] = [read, check, recognize].map((xs) =>
    quantile(xs, 0.1)
  );
  const cells = (await readXlsx(bytes)).sheets.reduce((n, s) => n + s.cellCount, 0);
  console.log(
    `Controle van het voorbeeld (${path.basename(example)}, ${fmt(cells)} cellen; mediaan van ${rounds} warme rondes, inlezen en controleren om en om)`
  );
  console.log(`  eerste controle (koud, JIT nog niet warm): ${fmt(coldMs, 1)} ms`);
  console.log(`  inlezen .xlsx:  ${fmt(readMs, 2)} ms`);
  console.log(
    `  controleren:    ${fmt(checkMs, 2)} ms   (herkenning ${fmt(recognizeMs, 2)} ms, regels en sorteren ${fmt(checkMs - recognizeMs, 2)} ms)`
  );
  console.log(
    `  verhouding:     controleren is ${fmt((100 * checkMs) / readMs, 1)}% van inlezen   doel <= 50 ms: ${verdict(checkMs <= 50)}; doel <= 10%: ${verdict(checkMs <= readMs / 10)}`
  );
  console.log(
    `  snelste 10%:    inlezen ${fmt(readFast, 2)} ms, controleren ${fmt(checkFast, 2)} ms (herkenning ${fmt(recognizeFast, 2)} ms): ${fmt((100 * checkFast) / readFast, 1)}%\n`
  );

  console.log(
    "Synthetische werkmap: 50 bladen x 200 ontwikkelingen + 100.000 vulcellen, per schaal"
  );
  for (let i = 0; i < 3; i++) validateWorkbook(syntheticWorkbook(50, 200, 100_000)); // JIT warm-up
  let base = 0;
  for (const scale of [1, 4, 16]) {
    const runs: number[] = [];
    let cells = 0;
    for (let i = 0; i < (scale === 16 ? 3 : 5); i++) {
      // A fresh workbook per run: no run profits from the sorted rows of the one before. (No forced GC
      // between runs: it throws away optimized code that embeds objects of the previous run, measuring
      // the JIT instead of the engine.)
      const wb = syntheticWorkbook(50 * scale, 200, 100_000 * scale);
      cells = wb.sheets.reduce((n, s) => n + s.cellCount, 0);
      const start = process.hrtime.bigint();
      validateWorkbook(wb);
      runs.push(since(start));
    }
    const ms = median(runs);
    const perCell = (ms * 1e6) / cells;
    if (scale === 1) base = perCell;
    const target =
      scale === 1
        ? `doel <= 1.000 ms: ${verdict(ms <= 1000)}`
        : `${fmt(perCell / base, 2)}x de tijd per cel van 1x (lineair: 1,00)`;
    console.log(
      `  ${String(scale).padStart(2)}x: ${fmt(cells).padStart(9)} cellen ${fmt(ms, 0).padStart(6)} ms   ${fmt(perCell, 0).padStart(4)} ns per cel   ${target}`
    );
  }
}
