/*
 * `npm run bench`: speed figures for the custom functions (each next to a plain-float version of the same
 * arithmetic, measured in the same run) and for the validation engine. Figures, not pass/fail: the targets
 * are printed alongside.
 */
// Excel gives the functions a CustomFunctions global; Node needs the stand-in the tests use too.
import "../test/support/customFunctionsGlobal";
import * as path from "path";
import { engineBench } from "./engineBench";
import { functionsBench } from "./functionsBench";
import { millionCellsBench } from "./millionCells";
import { paneBench } from "./paneBench";

async function main(): Promise<void> {
  console.log(`Berap-controle bench (Node ${process.version})\n`);
  await functionsBench();
  await engineBench(path.join(__dirname, "..", "..", "assets", "voorbeeld-berap-2025-2.xlsx"));
  millionCellsBench();
  console.log("");
  await paneBench();
}

void main();
