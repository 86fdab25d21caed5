/**
 * The same distribution arithmetic in plain JavaScript floats, only as a yardstick for the benchmark: it is
 * what a quick spreadsheet macro would do, and it is not exact (0,1 + 0,2 != 0,3), which is why the add-in
 * does not use it.
 */
export function distributeFloat(
  amount: number,
  keys: number[],
  decimals = 0,
  closing = true
): number[] {
  const total = keys.reduce((a, k) => a + k, 0);
  const scale = 10 ** decimals;
  const exact = keys.map((k) => (amount * k * scale) / total);
  if (!closing) return exact.map((x) => (Math.sign(x) * Math.round(Math.abs(x))) / scale);
  const floors = exact.map(Math.floor);
  let missing = Math.round(amount * scale) - floors.reduce((a, f) => a + f, 0);
  const order = exact
    .map((x, i) => i)
    .sort((a, b) => exact[b] - floors[b] - (exact[a] - floors[a]) || keys[b] - keys[a] || a - b);
  for (const i of order) {
    if (missing-- <= 0) break;
    floors[i] += 1;
  }
  return floors.map((f) => f / scale);
}
