import { supportsExcelApi } from "./office";

/**
 * Highlighting the cells of findings, and removing that highlight so that every touched cell gets back
 * exactly the fill it had. The original fills are read with getCellProperties before anything changes and
 * kept in the workbook's own settings, so the marking can be removed later, also after the pane was closed.
 * Nothing leaves the workbook.
 *
 * The setting is part of the workbook, so a workbook from elsewhere can hold anything under our key. Removing
 * the marking therefore restores only entries of the shape this module writes (a sheet that exists, one cell
 * by its A1 address, a fill with the five known properties of valid values) and ignores the rest with a
 * message: a crafted workbook cannot make the add-in write formats anywhere else.
 */

/** getCellProperties and setCellProperties are ExcelApi 1.9. */
export const MARKING_API = "1.9";

/**
 * Why marking is not offered in this Excel, or undefined when it is: a one-line reason for the pane to show
 * instead of the Markeer buttons.
 */
export function markingUnavailable(): string | undefined {
  return supportsExcelApi(MARKING_API)
    ? undefined
    : "Markeren kan niet in deze versie van Excel (ExcelApi 1.9 ontbreekt); gebruik Rapport op nieuw blad.";
}
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

const FILL_PATTERNS = new Set([
  "None",
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
]);
const isColor = (v: unknown) => typeof v === "string" && /^#[0-9A-F]{6}$/i.test(v);
const isTint = (v: unknown) => v === null || (typeof v === "number" && v >= -1 && v <= 1);
const FILL_CHECKS: Record<string, (v: unknown) => boolean> = {
  color: isColor,
  pattern: (v) => typeof v === "string" && FILL_PATTERNS.has(v),
  patternColor: (v) => v === null || isColor(v),
  patternTintAndShade: isTint,
  tintAndShade: isTint,
};

/** One cell by its A1 address within Excel's grid (XFD1048576), as findings name their cells. */
function isCellAddress(address: unknown): boolean {
  const m = typeof address === "string" ? /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(address) : null;
  if (!m) return false;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return col <= 16_384 && Number(m[2]) <= 1_048_576;
}

/**
 * A stored entry as this module wrote it, rebuilt from its checked parts only, or undefined: a known sheet, one
 * cell, and a fill whose every property is one of the five known ones with a valid value.
 */
function checkedEntry(entry: unknown, sheets: ReadonlySet<string>): Saved | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const { sheet, address, properties } = entry as Record<string, unknown>;
  if (typeof sheet !== "string" || !sheets.has(sheet) || !isCellAddress(address)) return undefined;
  const row = Array.isArray(properties) && properties.length === 1 ? properties[0] : undefined;
  const cell = Array.isArray(row) && row.length === 1 ? row[0] : undefined;
  const fill = (cell as { format?: { fill?: unknown } } | undefined)?.format?.fill;
  if (typeof fill !== "object" || fill === null || Array.isArray(fill)) return undefined;
  const entries = Object.entries(fill);
  if (!entries.every(([key, value]) => FILL_CHECKS[key]?.(value) === true)) return undefined;
  return {
    sheet,
    address: address as string,
    properties: [[{ format: { fill: Object.fromEntries(entries) } }]],
  };
}

/** The stored marking, split into what this module wrote and how many entries it did not. */
function readSaved(raw: unknown, sheets: ReadonlySet<string>): { saved: Saved[]; ignored: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(raw));
  } catch {
    return { saved: [], ignored: 1 };
  }
  if (!Array.isArray(parsed)) return { saved: [], ignored: 1 };
  const saved = parsed
    .map((e) => checkedEntry(e, sheets))
    .filter((e): e is Saved => e !== undefined);
  return { saved, ignored: parsed.length - saved.length };
}

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
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const reads = [...unique.values()].map((t) => {
    const range = context.workbook.worksheets.getItem(t.sheet).getRange(t.address);
    return { t, range, props: range.getCellProperties(FILL_SELECTION) };
  });
  await context.sync();

  // Entries of another shape are dropped here too: they would never be restored.
  const sheets = new Set(worksheets.items.map((ws) => ws.name));
  const saved = setting.isNullObject ? [] : readSaved(setting.value, sheets).saved;
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

/**
 * What removing the marking did: cells restored; stored entries ignored because this module did not write
 * them; cells left alone because they no longer show the marking (their fill was changed since).
 */
export interface Unmarked {
  readonly restored: number;
  readonly ignored: number;
  readonly changed: number;
}

const MARK_COLORS = new Set(Object.values(COLORS).map((c) => c.toUpperCase()));

/** Whether a cell's fill is still one this module set: a marking colour, solid. */
function showsMarking(properties: Excel.CellProperties[][]): boolean {
  const fill = properties[0]?.[0]?.format?.fill;
  return (
    typeof fill?.color === "string" &&
    MARK_COLORS.has(fill.color.toUpperCase()) &&
    (fill.pattern === undefined || fill.pattern === "Solid")
  );
}

/**
 * Puts back every saved fill exactly, then forgets the marking. Three syncs: the setting, the cells' current
 * fills, the restore. Only entries this module wrote (see checkedEntry) on cells that still show the marking
 * are restored: a crafted setting cannot format other cells, and a cell the user coloured since is kept.
 */
export async function restoreMarking(context: Excel.RequestContext): Promise<Unmarked> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTING);
  setting.load("value");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  if (setting.isNullObject) return { restored: 0, ignored: 0, changed: 0 };
  const { saved, ignored } = readSaved(
    setting.value,
    new Set(worksheets.items.map((ws) => ws.name))
  );
  const current = saved.map((entry) => {
    const range = context.workbook.worksheets.getItem(entry.sheet).getRange(entry.address);
    return { entry, range, props: range.getCellProperties(FILL_SELECTION) };
  });
  await context.sync();
  let restored = 0;
  for (const { entry, range, props } of current) {
    if (!showsMarking(props.value)) continue;
    range.setCellProperties(entry.properties);
    restored++;
  }
  setting.delete();
  await context.sync();
  return { restored, ignored, changed: saved.length - restored };
}

/**
 * As {@link restoreMarking}, for the pane: the number of cells restored, or, when entries were ignored or
 * cells left alone, an error whose message says so (after restoring the rest), so the controller sees it.
 */
export async function removeMarking(context: Excel.RequestContext): Promise<number> {
  const { restored, ignored, changed } = await restoreMarking(context);
  if (ignored === 0 && changed === 0) return restored;
  const parts = [`Markering verwijderd van ${restored} cellen.`];
  if (ignored > 0)
    parts.push(
      `${ignored} opgeslagen ${ignored === 1 ? "regel is" : "regels zijn"} genegeerd: die komen niet van ` +
        "Berap-controle (onbekend blad, ongeldig adres of onbekende opmaak)."
    );
  if (changed > 0)
    parts.push(
      `${changed} ${changed === 1 ? "cel is" : "cellen zijn"} niet teruggezet: de opvulling is sinds het markeren gewijzigd.`
    );
  throw new Error(parts.join(" "));
}
