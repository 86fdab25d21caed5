/** Small timing helpers for `npm run bench`: figures, not pass/fail. */
export function callsPerSecond(fn: () => unknown, ms = 1000): number {
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

/** Median duration of `runs` calls of `fn`, in milliseconds, after a few warm-up calls. */
export async function medianMs(fn: () => unknown, runs = 30, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const fmt = (n: number, d = 0) =>
  n.toLocaleString("nl-NL", { maximumFractionDigits: d, minimumFractionDigits: d });
export const verdict = (ok: boolean) => (ok ? "haalt doel" : "HAALT DOEL NIET");
