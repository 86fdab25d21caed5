import * as fs from "fs";
import * as path from "path";
import { validateWorkbook } from "../src/berap";
import { Sheet, Workbook } from "../src/berap/model/workbook";
import { readXlsx } from "../src/workbook/xlsx";
import { fmt, medianMs, verdict } from "./timing";

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

export async function engineBench(example: string): Promise<void> {
  const bytes = fs.readFileSync(example);
  const loadMs = await medianMs(() => readXlsx(bytes), 15);
  const workbook = await readXlsx(bytes);
  const coldStart = process.hrtime.bigint();
  validateWorkbook(workbook);
  const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
  const checkMs = await medianMs(() => validateWorkbook(workbook), 50, 100);
  console.log(`Controle van het voorbeeld (${path.basename(example)})`);
  console.log(`  eerste controle (koud, JIT nog niet warm): ${fmt(coldMs, 1)} ms`);
  console.log(`  inlezen .xlsx:  ${fmt(loadMs, 1)} ms`);
  console.log(
    `  controleren:    ${fmt(checkMs, 2)} ms   doel <= 50 ms: ${verdict(checkMs <= 50)}; ${fmt((100 * checkMs) / loadMs, 1)}% van inlezen, doel <= 10%: ${verdict(checkMs <= loadMs / 10)}\n`
  );

  console.log("Synthetische werkmap: 50 bladen x 200 ontwikkelingen + 100.000 vulcellen");
  let base = 0;
  for (const scale of [1, 4, 16]) {
    const wb = syntheticWorkbook(50 * scale, 200, 100_000 * scale);
    const ms = await medianMs(() => validateWorkbook(wb), scale === 16 ? 3 : 5, 1);
    if (scale === 1) base = ms;
    const target =
      scale === 1
        ? `   doel <= 1.000 ms: ${verdict(ms <= 1000)}`
        : `   ${fmt(ms / base, 1)}x de tijd van 1x`;
    console.log(`  ${String(scale).padStart(2)}x: ${fmt(ms, 0).padStart(6)} ms${target}`);
  }
}
