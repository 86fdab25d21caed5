import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cellAddress, Workbook } from "../src/berap/model/workbook";
import { xlsxPackage } from "../test/support/xlsxPackage";
import { syntheticWorkbook } from "./engineBench";
import { fmt, verdict } from "./timing";

/**
 * A legitimate workbook of 1.000.000 filled cells (a synthetic Berap: 40 programme sheets with their lists and
 * result lines, and ~990.000 cells of figures) must still be checked, not refused by the reader's bounds.
 * berap-check runs on it in a process of its own: wall time and peak memory (maxRSS) of the whole command.
 */
function toXlsx(workbook: Workbook): Uint8Array {
  return xlsxPackage(
    workbook.sheets.map((sheet) => {
      const rows: string[] = [];
      for (const r of sheet.filledRows()) {
        const cells = sheet.rowCells(r).map(([c, cell]) => {
          const ref = cellAddress(r, c);
          return typeof cell.value === "number"
            ? `<c r="${ref}"><v>${cell.value}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t>${String(cell.value)}</t></is></c>`;
        });
        rows.push(`<row r="${r}">${cells.join("")}</row>`);
      }
      return { name: sheet.name, xml: rows.join("") };
    })
  );
}

export function millionCellsBench(): void {
  const workbook = syntheticWorkbook(40, 200, 990_000);
  const cells = workbook.sheets.reduce((n, s) => n + s.cellCount, 0);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "berap-1m-")), "miljoen-cellen.xlsx");
  fs.writeFileSync(file, toXlsx(workbook));
  const cli = path.join(__dirname, "..", "src", "cli", "berap-check.js");
  const script = `require(${JSON.stringify(cli)}).main(["--json", process.argv[1]], { write() {} }).then((c) => { process.exitCode = c; process.stderr.write("maxRSS=" + process.resourceUsage().maxRSS); })`;
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-e", script, file], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const mb = Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1]) / 1024;
  console.log(
    `Werkmap van ${fmt(cells)} gevulde cellen (${fmt(fs.statSync(file).size / 2 ** 20, 1)} MB .xlsx), berap-check als eigen proces:`
  );
  console.log(`  afsluitcode ${run.status} (gecontroleerd: ${verdict(run.status === 0 || run.status === 1)})`);
  console.log(`  tijd:          ${fmt(seconds, 1)} s     doel <= 20 s: ${verdict(seconds <= 20)}`);
  console.log(`  piekgeheugen:  ${fmt(mb, 0)} MB    doel <= 1.024 MB: ${verdict(mb <= 1024)}\n`);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
