/**
 * The argument shapes Excel really sends to a custom function, per platform, so one table of cases can be
 * run as Windows desktop and as Excel on the web would run it (see src/functions/coerce.ts for the sources):
 *
 * - an empty cell, alone or inside a range: `null` on the web and newer builds, `0` on Windows desktop builds
 *   (OfficeDev/office-js issues #4702, #5262, #1951);
 * - an omitted optional argument: `null` on both, and the invocation object appended after the declared
 *   arguments (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options).
 *
 * The markers are plain objects, not symbols, so a case can also cross into a browser page (the harness test).
 */
export const LEEG = { "§": "leeg" } as const;
export const WEG = { "§": "weggelaten" } as const;
export type Platform = "web" | "desktop";
export const PLATFORMS: readonly Platform[] = ["web", "desktop"];

function isMarker(value: unknown, kind: string): boolean {
  return (
    typeof value === "object" && value !== null && (value as Record<string, unknown>)["§"] === kind
  );
}

/** One argument as `platform` sends it. */
export function excelShape(arg: unknown, platform: Platform): unknown {
  if (isMarker(arg, "leeg")) return platform === "web" ? null : 0;
  if (isMarker(arg, "weggelaten")) return null;
  if (Array.isArray(arg)) return arg.map((a) => excelShape(a, platform));
  return arg;
}

/** The invocation object Excel appends (only the fields a function without options gets). */
export const INVOCATION = { functionName: "ST.TEST", address: "Blad1!Z1" };

/** A call's whole argument list: the declared parameters (omitted ones null) and then the invocation. */
export function excelArguments(
  args: readonly unknown[],
  declared: number,
  platform: Platform
): unknown[] {
  const shaped = args.map((a) => excelShape(a, platform));
  while (shaped.length < declared) shaped.push(null);
  return [...shaped, INVOCATION];
}

/** A column of cells: a range as Excel passes it, one row per value. */
export const col = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
