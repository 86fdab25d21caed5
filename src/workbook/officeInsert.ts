/**
 * Writes a table at the selected cell, as values or as formulas. When any target cell already holds
 * something, `confirm` is asked first and nothing is written without a yes. Two syncs.
 */
export async function insertAtSelection(
  context: Excel.RequestContext,
  values: (string | number)[][],
  formulas: (string | number)[][] | undefined,
  confirm: () => Promise<boolean>
): Promise<boolean> {
  const start = context.workbook.getSelectedRange().getCell(0, 0);
  const target = start.getResizedRange(values.length - 1, values[0].length - 1);
  target.load("values");
  await context.sync();
  const occupied = target.values.some((row) => row.some((v) => v !== "" && v !== null));
  if (occupied && !(await confirm())) return false;
  if (formulas) target.formulas = formulas;
  else target.values = values;
  target.select();
  await context.sync();
  return true;
}
