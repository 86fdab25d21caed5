/*
 * Generates the example workbooks in assets/ from the published 2e Berap 2025 (test/fixtures/berap-2025-2.json):
 *   assets/voorbeeld-berap-2025-2.xlsx          every table, values exactly as published
 *   assets/berap-sjabloon.xlsx                   the template: totals, result lines and matrices are formulas
 *   assets/berap-sjabloon-2025-2-gevuld.xlsx     the template with the published source figures typed in
 * Run with `npm run examples`; the results are committed.
 */
import * as fs from "fs";
import * as path from "path";
import { gemeenten } from "../src/calc";
import { berapLayout } from "./berapLayout";
import { templateLayout } from "./templateLayout";
import { writeLayout } from "./writeLayout";

const ROOT = path.join(__dirname, "..", "..");
const INWONERS = gemeenten(2025).map((g) => [g.naam, g.inwoners] as [string, number]);
const berap = JSON.parse(
  fs.readFileSync(path.join(ROOT, "test", "fixtures", "berap-2025-2.json"), "utf8")
);

async function main(): Promise<void> {
  const target = path.join(ROOT, "assets", "voorbeeld-berap-2025-2.xlsx");
  await writeLayout(berapLayout(berap)).xlsx.writeFile(target);
  const template = path.join(ROOT, "assets", "berap-sjabloon.xlsx");
  await writeLayout(templateLayout(undefined, berap, INWONERS)).xlsx.writeFile(template);
  const filled = path.join(ROOT, "assets", "berap-sjabloon-2025-2-gevuld.xlsx");
  await writeLayout(templateLayout(berap, berap, INWONERS)).xlsx.writeFile(filled);
  for (const file of [target, template, filled])
    console.log(`geschreven: ${path.relative(ROOT, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
