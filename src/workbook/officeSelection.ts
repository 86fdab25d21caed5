/**
 * What the selected range holds, for the Verdelen tab: one sync each.
 */

/** The number in the selection's first cell; undefined when it holds no number. */
export async function readSelectedNumber(
  context: Excel.RequestContext
): Promise<number | undefined> {
  const range = context.workbook.getSelectedRange();
  range.load("values");
  await context.sync();
  const v = range.values[0]?.[0];
  return typeof v === "number" ? v : undefined;
}

/** The numbers of the selection as a distribution key, with its address; undefined when it holds none. */
export async function readSelectedKey(
  context: Excel.RequestContext
): Promise<{ address: string; values: number[] } | undefined> {
  const range = context.workbook.getSelectedRange();
  range.load("values,address");
  await context.sync();
  const values = range.values.flat().filter((v): v is number => typeof v === "number");
  return values.length > 0 ? { address: range.address, values } : undefined;
}
