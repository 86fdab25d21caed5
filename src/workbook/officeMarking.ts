/**
 * Highlighting the cells of findings, and removing that highlight so that every touched cell gets back
 * exactly the fill it had. The original fills are read with getCellProperties before anything changes and
 * kept in the workbook's own settings, so the marking can be removed later, also after the pane was closed.
 * Nothing leaves the workbook.
 */
export interface MarkTarget {
  readonly sheet: string;
  readonly address: string;
  readonly ernst: "fout" | "waarschuwing" | "info";
}

const SETTING = "berapControle.markering";
const COLORS: Record<MarkTarget["ernst"], string> = {
  fout: "#FFC7CE",
  waarschuwing: "#FFEB9C",
  info: "#DDEBF7",
};
type FillProperties = Excel.SettableCellProperties[][];

interface Saved {
  readonly sheet: string;
  readonly address: string;
  readonly properties: FillProperties;
}

const FILL_SELECTION: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: {
      color: true,
      pattern: true,
      patternColor: true,
      patternTintAndShade: true,
      tintAndShade: true,
    },
  },
};

/** Marks the cells; a cell already marked keeps its first saved original. Two syncs. */
export async function markFindings(
  context: Excel.RequestContext,
  targets: readonly MarkTarget[]
): Promise<number> {
  const unique = new Map<string, MarkTarget>();
  for (const t of targets)
    if (t.address && !unique.has(`${t.sheet}!${t.address}`))
      unique.set(`${t.sheet}!${t.address}`, t);
  const setting = context.workbook.settings.getItemOrNullObject(SETTING);
  setting.load("value");
  const reads = [...unique.values()].map((t) => {
    const range = context.workbook.worksheets.getItem(t.sheet).getRange(t.address);
    return { t, range, props: range.getCellProperties(FILL_SELECTION) };
  });
  await context.sync();

  const saved: Saved[] = setting.isNullObject ? [] : JSON.parse(String(setting.value));
  const already = new Set(saved.map((s) => `${s.sheet}!${s.address}`));
  for (const { t, range, props } of reads) {
    if (!already.has(`${t.sheet}!${t.address}`))
      saved.push({ sheet: t.sheet, address: t.address, properties: props.value });
    range.format.fill.color = COLORS[t.ernst];
  }
  context.workbook.settings.add(SETTING, JSON.stringify(saved));
  await context.sync();
  return reads.length;
}

/** Puts back every saved fill exactly, then forgets the marking. Two syncs. Returns the cells restored. */
export async function removeMarking(context: Excel.RequestContext): Promise<number> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTING);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject) return 0;
  const saved: Saved[] = JSON.parse(String(setting.value));
  for (const s of saved)
    context.workbook.worksheets
      .getItem(s.sheet)
      .getRange(s.address)
      .setCellProperties(s.properties);
  setting.delete();
  await context.sync();
  return saved.length;
}
