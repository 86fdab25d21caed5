/*
 * Generates the example workbooks in assets/ from the published 2e Berap 2025 (test/fixtures/berap-2025-2.json):
 *   assets/voorbeeld-berap-2025-2.xlsx   every table, values exactly as published
 * Run with `npm run examples`; the results are committed.
 */
import * as fs from "fs";
import * as path from "path";
import { berapLayout } from "./berapLayout";
import { writeLayout } from "./writeLayout";

const ROOT = path.join(__dirname, "..", "..");
const berap = JSON.parse(
  fs.readFileSync(path.join(ROOT, "test", "fixtures", "berap-2025-2.json"), "utf8")
);

async function main(): Promise<void> {
  const target = path.join(ROOT, "assets", "voorbeeld-berap-2025-2.xlsx");
  await writeLayout(berapLayout(berap)).xlsx.writeFile(target);
  console.log(`geschreven: ${path.relative(ROOT, target)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
