/**
 * A setting kept in the workbook itself (Excel's workbook settings, saved with the file): the pane's
 * choices per workbook, such as the tolerance. One sync each.
 */
export async function readWorkbookSetting(
  context: Excel.RequestContext,
  key: string
): Promise<unknown> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  return item.isNullObject ? undefined : item.value;
}

export async function writeWorkbookSetting(
  context: Excel.RequestContext,
  key: string,
  value: string | number | boolean
): Promise<void> {
  context.workbook.settings.add(key, value);
  await context.sync();
}
