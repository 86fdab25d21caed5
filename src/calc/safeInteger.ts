/**
 * Whole figures (most Berap figures: whole euros or thousands) added as plain JavaScript integers. Integer
 * addition is exact as long as the result stays a safe integer (|n| <= 2^53 - 1); beyond that it may round,
 * so the caller is told and adds as Decimals instead. Never used for a figure with decimals.
 *
 * @example
 * addSafeIntegers(174, -44);                          // 130
 * addSafeIntegers(Number.MAX_SAFE_INTEGER, 1);        // undefined: 2^53 is not safe
 */
export function addSafeIntegers(a: number, b: number): number | undefined {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return undefined;
  const sum = a + b;
  // Two safe integers add to at most 2^54 - 2 in size: a result that is still safe is the exact sum.
  return Number.isSafeInteger(sum) ? sum : undefined;
}
