/*
 * `npm run bench`: prints speed figures for the calculation module and the custom functions, each next to a
 * plain-float version of the same arithmetic measured in the same run. Figures, not pass/fail: the targets
 * are printed alongside so a reader sees where we stand.
 */
// Excel gives the functions a CustomFunctions global; Node needs the stand-in the tests use too.
import "../test/support/customFunctionsGlobal";
import { verdeel, verdeelInwoners } from "../src/functions/functions";
import { gemeenten } from "../src/calc";
import { distributeFloat } from "./floatReference";

/** Calls `fn` for about `ms` milliseconds (after a warm-up) and returns calls per second. */
function callsPerSecond(fn: () => unknown, ms = 1000): number {
  for (let i = 0; i < 2000; i++) fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 100; i++) fn();
    calls += 100;
    now = process.hrtime.bigint();
  }
  return calls / (Number(now - start) / 1e9);
}

/** Median duration of `runs` calls of `fn`, in milliseconds. */
function medianMs(fn: () => unknown, runs = 30): number {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const fmt = (n: number, d = 0) =>
  n.toLocaleString("nl-NL", { maximumFractionDigits: d, minimumFractionDigits: d });
const verdict = (ok: boolean) => (ok ? "haalt doel" : "HAALT DOEL NIET");

const inwoners = gemeenten().map((g) => g.inwoners);
const key10k = Array.from({ length: 10_000 }, (_, i) => 1000 + ((i * 7919) % 100_000));
const key10kRange = key10k.map((k) => [k]);

console.log("Berap-controle bench (Node " + process.version + ")\n");

const exactCalls = callsPerSecond(() => verdeelInwoners(295000));
const floatCalls = callsPerSecond(() => distributeFloat(295000, inwoners));
console.log("VERDEEL_INWONERS, 14 gemeenten, sluitend");
console.log(
  `  exact (ST-functie):   ${fmt(exactCalls)} aanroepen/s   doel >= 50.000/s: ${verdict(exactCalls >= 50_000)}`
);
console.log(
  `  floats (referentie):  ${fmt(floatCalls)} aanroepen/s   verhouding float/exact: ${fmt(floatCalls / exactCalls, 1)}x\n`
);

const exactMs = medianMs(() => verdeel(1_234_567.89, key10kRange, 2));
const floatMs = medianMs(() => distributeFloat(1_234_567.89, key10k, 2));
console.log("VERDEEL, sleutel van 10.000 rijen, 2 decimalen, sluitend");
console.log(
  `  exact (ST-functie):   ${fmt(exactMs, 2)} ms   doel <= 20 ms: ${verdict(exactMs <= 20)}`
);
console.log(
  `  floats (referentie):  ${fmt(floatMs, 2)} ms   verhouding exact/float: ${fmt(exactMs / floatMs, 1)}x`
);
