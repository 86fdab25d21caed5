/**
 * A fake of the part of the Excel JavaScript API the adapters use, strict where Excel is strict: reading a
 * property that was not loaded, or reading it before the next `context.sync()`, throws as Excel does. It
 * counts syncs, so tests can hold the adapters to their budget of round trips, and measures each sync's
 * response: the loaded properties as JSON, as Office.js carries them (`payloads`, in bytes, one per sync),
 * so tests can hold reads under Excel on the web's 5 MB per request.
 */
import { columnName, parseA1 } from "../../src/berap/model/workbook";

export interface FakeCell {
  value: unknown;
  formula?: string;
  numFmt?: string;
  type?: "Empty" | "String" | "Double" | "Boolean" | "Error";
  fill?: Record<string, unknown>;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

/**
 * What Excel makes of a value written through `range.values`, as if typed: a leading apostrophe marks text
 * (and is not kept), a cell formatted as Text ("@") keeps the text, otherwise "=..." and "+", "-" or "@"
 * before something that is no number become a formula, and a number in text becomes a number.
 */
export function excelInput(x: unknown, numFmt: string | undefined): FakeCell {
  if (typeof x !== "string") return { value: x };
  if (x.startsWith("'")) return { value: x.slice(1) };
  if (numFmt === "@") return { value: x };
  if (x.startsWith("=")) return { value: "", formula: x.slice(1) };
  if (/^[+-]?\d+(\.\d+)?$/.test(x.trim())) return { value: Number(x) };
  if (/^[+\-@]/.test(x)) return { value: "", formula: x.replace(/^@/, "") };
  return { value: x };
}

const NO_FILL = {
  color: "#FFFFFF",
  pattern: "None",
  patternColor: null,
  patternTintAndShade: 0,
  tintAndShade: 0,
};

class Loadable {
  private pending = new Set<string>();
  private loaded = new Set<string>();
  constructor(protected ctx: FakeContext) {
    ctx.track(this);
  }
  load(props: string): this {
    for (const p of props.split(",")) this.pending.add(p.trim().replace(/^items\//, ""));
    return this;
  }
  /** The size in bytes, as JSON, of what loading the pending properties sends back. */
  pendingBytes(): number {
    let bytes = 0;
    for (const p of this.pending) {
      // Read through the getter as the adapter will, with the property loaded for the moment.
      const before = this.loaded.has(p);
      this.loaded.add(p);
      bytes += JSON.stringify(this.payload(p) ?? null).length + p.length + 4;
      if (!before) this.loaded.delete(p);
    }
    return bytes;
  }
  /** Marks the pending properties loaded. */
  synced(): void {
    for (const p of this.pending) this.loaded.add(p);
    this.pending.clear();
  }
  /** Drops the pending loads: the batch failed. */
  discard(): void {
    this.pending.clear();
  }
  /** What loading `prop` sends back. */
  protected payload(prop: string): unknown {
    try {
      return (this as unknown as Record<string, unknown>)[prop];
    } catch {
      return null;
    }
  }
  protected guard(prop: string): void {
    if (!this.loaded.has(prop))
      throw new Error(`PropertyNotLoaded: ${prop} is niet geladen of er is nog geen sync geweest`);
  }
}

/** "B2:C3" as 0-based row, column, rows, columns. */
function parseAddress(address: string): [number, number, number, number] {
  const one = (a: string) => {
    const { row, col } = parseA1(a)!;
    return [row - 1, col - 1];
  };
  const [from, to] = address.split(":");
  const [r1, c1] = one(from);
  const [r2, c2] = one(to ?? from);
  return [r1, c1, r2 - r1 + 1, c2 - c1 + 1];
}

export class FakeRange extends Loadable {
  format: {
    fill: { color?: string };
    font: { bold?: boolean };
    autofitColumns(): void;
  };
  constructor(
    ctx: FakeContext,
    private ws: FakeWorksheet,
    private r: number,
    private c: number,
    private rows: number,
    private cols: number,
    private nullObject = false
  ) {
    super(ctx);
    const self = this;
    this.format = {
      fill: {
        set color(color: string) {
          self.each((cell) => (cell.fill = { ...NO_FILL, color, pattern: "Solid" }));
        },
      },
      font: { set bold(_b: boolean) {} },
      autofitColumns: () => {},
    };
  }
  private each(fn: (cell: FakeCell, r: number, c: number) => void): void {
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < this.cols; j++) fn(this.ws.cell(this.r + i, this.c + j), i, j);
  }
  private grid<T>(fn: (cell: FakeCell) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => fn(this.ws.cell(this.r + i, this.c + j)))
    );
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
  /** True when every row of the range is hidden, false when none is, null when some are (ExcelApi 1.2). */
  get rowHidden(): boolean | null {
    this.guard("rowHidden");
    let hidden = 0;
    for (let i = 0; i < this.rows; i++) if (this.ws.hiddenRows.has(this.r + i)) hidden++;
    return hidden === 0 ? false : hidden === this.rows ? true : null;
  }
  get rowIndex() {
    this.guard("rowIndex");
    return this.r;
  }
  get columnIndex() {
    this.guard("columnIndex");
    return this.c;
  }
  get rowCount() {
    this.guard("rowCount");
    return this.rows;
  }
  get columnCount() {
    this.guard("columnCount");
    return this.cols;
  }
  get address(): string {
    this.guard("address");
    const cell = (r: number, c: number) => `${columnName(c + 1)}${r + 1}`;
    const last = cell(this.r + this.rows - 1, this.c + this.cols - 1);
    const first = cell(this.r, this.c);
    return `${this.ws.name}!${first}${first === last ? "" : `:${last}`}`;
  }
  get values(): unknown[][] {
    this.guard("values");
    return this.grid((c) => c.value ?? "");
  }
  set values(v: unknown[][]) {
    v.forEach((row, i) =>
      row.forEach((x, j) => {
        const cell = this.ws.cell(this.r + i, this.c + j);
        this.ws.setCell(this.r + i, this.c + j, {
          formula: undefined,
          ...excelInput(x, cell.numFmt),
        });
      })
    );
  }
  set numberFormat(v: string[][]) {
    v.forEach((row, i) =>
      row.forEach((numFmt, j) => (this.ws.cell(this.r + i, this.c + j).numFmt = numFmt))
    );
  }
  set hyperlink(link: FakeCell["hyperlink"]) {
    this.each((cell) => {
      cell.hyperlink = link;
      if (link?.textToDisplay !== undefined) cell.value = link.textToDisplay;
    });
  }

  get numberFormat() {
    this.guard("numberFormat");
    return this.grid((c) => c.numFmt ?? "General");
  }
  get valueTypes() {
    this.guard("valueTypes");
    return this.grid(
      (c) =>
        c.type ??
        (c.value === null || c.value === undefined || c.value === ""
          ? "Empty"
          : typeof c.value === "number"
            ? "Double"
            : typeof c.value === "boolean"
              ? "Boolean"
              : "String")
    );
  }
  /** Empties the range: values, formulas and formats. */
  clear(): void {
    for (const key of [...this.ws.cells.keys()]) {
      const [r, c] = key.split(",").map(Number);
      if (r >= this.r && r < this.r + this.rows && c >= this.c && c < this.c + this.cols)
        this.ws.cells.delete(key);
    }
  }
  select(): void {
    this.ctx.selected = `${this.ws.name}!${this.r},${this.c}`;
  }
  getCell(r: number, c: number): FakeRange {
    return new FakeRange(this.ctx, this.ws, this.r + r, this.c + c, 1, 1);
  }
  getResizedRange(rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.ws, this.r, this.c, this.rows + rows, this.cols + cols);
  }
  get formulas(): unknown[][] {
    this.guard("formulas");
    return this.grid((c) => (c.formula ? `=${c.formula}` : (c.value ?? "")));
  }
  set formulas(v: unknown[][]) {
    v.forEach((row, i) =>
      row.forEach((x, j) =>
        this.ws.setCell(
          this.r + i,
          this.c + j,
          typeof x === "string" && x.startsWith("=")
            ? { value: "", formula: x.slice(1) }
            : { value: x }
        )
      )
    );
  }
  /**
   * The cells of the range holding constants or formulas, as Excel's RangeAreas: runs of filled cells per
   * row, runs with the same columns in consecutive rows joined into one rectangle. Null object when none.
   */
  getSpecialCellsOrNullObject(type: "Constants" | "Formulas"): FakeRangeAreas {
    const inside = this.ws
      .filledCells()
      .filter(([r, c, cell]) => (type === "Formulas") === Boolean(cell.formula))
      .filter(
        ([r, c]) => r >= this.r && r < this.r + this.rows && c >= this.c && c < this.c + this.cols
      )
      .map(([r, c]) => [r, c] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const runs: { row: number; col: number; rows: number; cols: number }[] = [];
    for (const [r, c] of inside) {
      const last = runs[runs.length - 1];
      if (last && last.row === r && last.col + last.cols === c) last.cols++;
      else runs.push({ row: r, col: c, rows: 1, cols: 1 });
    }
    const open = new Map<string, { row: number; col: number; rows: number; cols: number }>();
    const rects: { row: number; col: number; rows: number; cols: number }[] = [];
    for (const run of runs) {
      const key = `${run.col},${run.cols}`;
      const above = open.get(key);
      if (above && above.row + above.rows === run.row) above.rows++;
      else {
        rects.push(run);
        open.set(key, run);
      }
    }
    return new FakeRangeAreas(this.ctx, this.ws, rects);
  }
  getCellProperties(_sel: unknown): { value: unknown } {
    const snapshot = this.grid((c) => ({ format: { fill: { ...(c.fill ?? NO_FILL) } } }));
    const result = new Loadable(this.ctx) as Loadable & { value: unknown };
    result.load("value");
    Object.defineProperty(result, "value", {
      get: () => ((result as unknown as { guard(p: string): void }).guard("value"), snapshot),
    });
    return result as unknown as { value: unknown };
  }
  setCellProperties(props: { format: { fill: Record<string, unknown> } }[][]): void {
    this.each((cell, i, j) => (cell.fill = { ...props[i][j].format.fill }));
  }
}

/** Excel.RangeAreas: `cellCount`, `areaCount` and `areas.items` (each with its indexes), or a null object. */
export class FakeRangeAreas extends Loadable {
  readonly areas: Loadable & { items: FakeRange[] };
  constructor(
    ctx: FakeContext,
    ws: FakeWorksheet,
    private rects: { row: number; col: number; rows: number; cols: number }[]
  ) {
    super(ctx);
    const items = rects.map((a) => new FakeRange(ctx, ws, a.row, a.col, a.rows, a.cols));
    const collection = new (class extends Loadable {
      get items() {
        (this as unknown as { guard(p: string): void }).guard("rowIndex");
        return items;
      }
      protected payload(): unknown {
        return rects.map((a) => ({
          rowIndex: a.row,
          columnIndex: a.col,
          rowCount: a.rows,
          columnCount: a.cols,
        }));
      }
      load(props: string): this {
        super.load(props);
        // Loading items/x loads x on every item, as Office.js does.
        for (const item of items) item.load(props);
        return this;
      }
    })(ctx);
    this.areas = collection;
  }
  get isNullObject(): boolean {
    return this.rects.length === 0;
  }
  get cellCount(): number {
    this.guard("cellCount");
    return this.rects.reduce((n, a) => n + a.rows * a.cols, 0);
  }
  get areaCount(): number {
    this.guard("areaCount");
    return this.rects.length;
  }
}

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export class FakeWorksheet extends Loadable {
  readonly cells = new Map<string, FakeCell>();
  /** Hidden rows, 0-based as Excel's indexes. */
  readonly hiddenRows = new Set<number>();
  /** Worksheet.autoFilter (ExcelApi 1.9): whether the sheet has an autofilter. */
  readonly autoFilter = new (class extends Loadable {
    enabled = false;
  })(this.ctx);
  private shown: FakeVisibility = "Visible";
  constructor(
    ctx: FakeContext,
    readonly name: string,
    readonly isNullObject = false
  ) {
    super(ctx);
  }
  /**
   * Visible, Hidden or VeryHidden (ExcelApi 1.1). As in Excel, the last visible sheet cannot be hidden, and
   * hiding the active sheet activates the first visible one.
   */
  get visibility(): FakeVisibility {
    return this.shown;
  }
  set visibility(v: FakeVisibility) {
    if (v !== "Visible" && this.shown === "Visible" && this.ctx.visibleSheets().length === 1)
      throw fakeError("InvalidOperation", "Een werkmap moet ten minste één zichtbaar blad hebben.");
    this.shown = v;
    if (v !== "Visible" && this.ctx.activeSheet() === this)
      this.ctx.active = this.ctx.visibleSheets()[0].name;
  }
  /**
   * Deletes the sheet. A very hidden sheet cannot be deleted as it is (office-js#365: GeneralException; hide
   * it first), nor any sheet of a workbook whose structure is protected.
   */
  delete(): void {
    if (this.ctx.protectedStructure)
      return this.ctx.failSync(fakeError("AccessDenied", "De werkmapstructuur is beveiligd."));
    if (this.shown === "VeryHidden")
      return this.ctx.failSync(
        fakeError("GeneralException", "There was an internal error while processing the request.")
      );
    if (this.shown === "Visible" && this.ctx.visibleSheets().length === 1)
      return this.ctx.failSync(
        fakeError("InvalidOperation", "Een werkmap moet ten minste één zichtbaar blad hebben.")
      );
    const wasActive = this.ctx.activeSheet() === this;
    this.ctx.sheets.splice(this.ctx.sheets.indexOf(this), 1);
    if (wasActive) this.ctx.active = this.ctx.visibleSheets()[0].name;
  }
  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    if (!this.cells.has(key)) this.cells.set(key, { value: "" });
    return this.cells.get(key)!;
  }
  setCell(r: number, c: number, cell: Partial<FakeCell>): void {
    this.cells.set(`${r},${c}`, { ...this.cell(r, c), ...cell });
  }
  getUsedRangeOrNullObject(): FakeRange {
    const filled = this.filledCells();
    if (filled.length === 0) return new FakeRange(this.ctx, this, 0, 0, 0, 0, true);
    let [r0, c0, r1, c1] = [Infinity, Infinity, -1, -1];
    for (const [r, c] of filled) {
      [r0, c0, r1, c1] = [Math.min(r0, r), Math.min(c0, c), Math.max(r1, r), Math.max(c1, c)];
    }
    return new FakeRange(this.ctx, this, r0, c0, r1 - r0 + 1, c1 - c0 + 1);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this, r, c, rows, cols);
  }
  /** A range by address; without one, the whole sheet (1.048.576 rows, 16.384 columns), as in Excel. */
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this, 0, 0, 1_048_576, 16_384);
    const [r, c, rows, cols] = parseAddress(address);
    return new FakeRange(this.ctx, this, r, c, rows, cols);
  }
  /** The filled cells (a value or a formula) as [row, column, cell]. */
  filledCells(): [number, number, FakeCell][] {
    const out: [number, number, FakeCell][] = [];
    for (const [k, cell] of this.cells) {
      if ((cell.value === "" || cell.value === null) && !cell.formula) continue;
      const [r, c] = k.split(",").map(Number);
      out.push([r, c, cell]);
    }
    return out;
  }
  activate(): void {
    if (this.shown !== "Visible")
      throw fakeError(
        "InvalidOperation",
        `Blad ${this.name} is verborgen en kan niet actief worden.`
      );
    this.ctx.active = this.name;
  }
  frozenRows = 0;
  readonly freezePanes = { freezeRows: (n: number) => (this.frozenRows = n) };
}

function fakeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

class FakeSettingItem extends Loadable {
  isNullObject: boolean;
  constructor(
    ctx: FakeContext,
    private key: string
  ) {
    super(ctx);
    this.isNullObject = !ctx.settings.has(key);
  }
  get value(): unknown {
    this.guard("value");
    return this.ctx.settings.get(this.key);
  }
  delete(): void {
    this.ctx.settings.delete(this.key);
  }
}

export class FakeContext {
  syncs = 0;
  /** Bytes of loaded properties each sync returned (or would have, when over the limit), in order. */
  readonly payloads: number[] = [];
  selection?: FakeRange;
  selected = "";
  active = "";
  readonly settings = new Map<string, unknown>();
  private objects: Loadable[] = [];
  readonly sheets: FakeWorksheet[] = [];
  readonly workbook: unknown;
  /** Workbook protection of the structure (Controleren > Werkmap beveiligen): no sheet added or deleted. */
  protectedStructure = false;
  /** Whether `worksheets.items` lists very hidden sheets, as Excel's collection does; off to test a reader's fallback. */
  listsVeryHidden = true;
  /** Some Excel builds activate a sheet the add-in adds (office-js#1770 for addFromBase64); default not. */
  activateOnAdd = false;

  constructor() {
    const ctx = this;
    const worksheets = new (class extends Loadable {
      get items() {
        (this as unknown as { guard(p: string): void }).guard("name");
        return ctx.listsVeryHidden
          ? ctx.sheets
          : ctx.sheets.filter((s) => s.visibility !== "VeryHidden");
      }
      getItem(name: string) {
        const ws = ctx.sheets.find((s) => s.name === name);
        if (!ws) throw new Error(`ItemNotFound: ${name}`);
        return ws;
      }
      /** Excel compares sheet names without regard to case. */
      getItemOrNullObject(name: string) {
        return (
          ctx.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ??
          new FakeWorksheet(ctx, name, true)
        );
      }
      getActiveWorksheet() {
        return ctx.activeSheet();
      }
      add(name: string) {
        if (ctx.protectedStructure) {
          // Excel answers at the next sync; the sheet the batch goes on with is never in the workbook.
          ctx.failSync(fakeError("AccessDenied", "De werkmapstructuur is beveiligd."));
          return new FakeWorksheet(ctx, name);
        }
        if (ctx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`ItemAlreadyExists: ${name}`);
        const ws = ctx.addSheet(name);
        if (ctx.activateOnAdd) ctx.active = name;
        return ws;
      }
    })(this);
    const protection = new (class extends Loadable {
      get protected() {
        (this as unknown as { guard(p: string): void }).guard("protected");
        return ctx.protectedStructure;
      }
    })(this);
    this.workbook = {
      worksheets,
      protection,
      getSelectedRange: () => ctx.selection ?? ctx.sheets[0].getRange("A1"),
      settings: {
        getItemOrNullObject: (key: string) => new FakeSettingItem(ctx, key),
        add: (key: string, value: unknown) => ctx.settings.set(key, value),
      },
    };
  }
  private failure?: Error;
  /** Makes the next sync fail with this error, as Excel reports a refused operation of the batch. */
  failSync(error: Error): void {
    this.failure ??= error;
  }
  visibleSheets(): FakeWorksheet[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }
  /** The active sheet: the one last activated, else the first visible one. */
  activeSheet(): FakeWorksheet {
    return this.sheets.find((s) => s.name === this.active) ?? this.visibleSheets()[0];
  }
  track(o: Loadable): void {
    this.objects.push(o);
  }
  addSheet(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this, name);
    this.sheets.push(ws);
    return ws;
  }
  /**
   * Excel on the web's limit on a response (5 MB): a larger one fails the whole batch with
   * ResponsePayloadSizeLimitExceeded, as Excel does, and nothing of it is loaded.
   */
  responseLimit = 5 * 1024 * 1024;
  async sync(): Promise<void> {
    this.syncs++;
    const failure = this.failure;
    if (failure) {
      this.failure = undefined;
      for (const o of this.objects) o.discard();
      throw failure;
    }
    let bytes = 0;
    for (const o of this.objects) bytes += o.pendingBytes();
    this.payloads.push(bytes);
    if (bytes > this.responseLimit) {
      for (const o of this.objects) o.discard();
      throw Object.assign(new Error("The response payload size has exceeded the limit."), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
    for (const o of this.objects) o.synced();
  }
  /** The fake, typed as the real thing for the adapters under test. */
  get excel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

/** A fake Excel holding a workbook of the engine's model (read from a file), as the adapters' tests need it. */
export function fakeOf(workbook: {
  sheets: readonly {
    name: string;
    filledRows(): readonly number[];
    rowCells(
      row: number
    ): readonly (readonly [number, { value: unknown; formula?: string; numFmt?: string }])[];
  }[];
}): FakeContext {
  const ctx = new FakeContext();
  for (const sheet of workbook.sheets) {
    const ws = ctx.addSheet(sheet.name);
    for (const row of sheet.filledRows())
      for (const [col, cell] of sheet.rowCells(row)) {
        const error = typeof cell.value === "object" && cell.value !== null;
        ws.setCell(row - 1, col - 1, {
          value: error ? (cell.value as { error: string }).error : (cell.value ?? ""),
          type: error ? "Error" : undefined,
          formula: cell.formula,
          numFmt: cell.numFmt,
        });
      }
  }
  return ctx;
}
