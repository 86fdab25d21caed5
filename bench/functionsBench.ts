import { gemeenten } from "../src/calc";
import { verdeel, verdeelInwoners } from "../src/functions/functions";
import { distributeFloat } from "./floatReference";
import { callsPerSecond, fmt, medianMs, verdict } from "./timing";

/** The custom functions against a plain-float version of the same arithmetic, measured in the same run. */
export async function functionsBench(): Promise<void> {
  const inwoners = gemeenten().map((g) => g.inwoners);
  const key10k = Array.from({ length: 10_000 }, (_, i) => 1000 + ((i * 7919) % 100_000));
  const key10kRange = key10k.map((k) => [k]);

  const exactCalls = callsPerSecond(() => verdeelInwoners(295000));
  const floatCalls = callsPerSecond(() => distributeFloat(295000, inwoners));
  console.log("VERDEEL_INWONERS, 14 gemeenten, sluitend");
  console.log(
    `  exact (ST-functie):   ${fmt(exactCalls)} aanroepen/s   doel >= 50.000/s: ${verdict(exactCalls >= 50_000)}`
  );
  console.log(
    `  floats (referentie):  ${fmt(floatCalls)} aanroepen/s   verhouding float/exact: ${fmt(floatCalls / exactCalls, 1)}x\n`
  );

  const exactMs = await medianMs(() => verdeel(1_234_567.89, key10kRange, 2));
  const floatMs = await medianMs(() => distributeFloat(1_234_567.89, key10k, 2));
  console.log("VERDEEL, sleutel van 10.000 rijen, 2 decimalen, sluitend");
  console.log(
    `  exact (ST-functie):   ${fmt(exactMs, 2)} ms   doel <= 20 ms: ${verdict(exactMs <= 20)}`
  );
  console.log(
    `  floats (referentie):  ${fmt(floatMs, 2)} ms   verhouding exact/float: ${fmt(exactMs / floatMs, 1)}x\n`
  );
}
