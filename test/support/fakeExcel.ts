/**
 * A fake of the part of the Excel JavaScript API the adapters use, strict where Excel is strict: reading a
 * property that was not loaded, or reading it before the next `context.sync()`, throws as Excel does. It
 * counts syncs, so tests can hold the adapters to their budget of round trips.
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
  synced(): void {
    for (const p of this.pending) this.loaded.add(p);
    this.pending.clear();
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

export class FakeWorksheet extends Loadable {
  readonly cells = new Map<string, FakeCell>();
  constructor(
    ctx: FakeContext,
    readonly name: string
  ) {
    super(ctx);
  }
  cell(r: number, c: number): FakeCell {
    const key = `${r},${c}`;
    if (!this.cells.has(key)) this.cells.set(key, { value: "" });
    return this.cells.get(key)!;
  }
  setCell(r: number, c: number, cell: FakeCell): void {
    this.cells.set(`${r},${c}`, { ...this.cell(r, c), ...cell });
  }
  getUsedRangeOrNullObject(): FakeRange {
    const filled = [...this.cells.entries()]
      .filter(([, c]) => c.value !== "" && c.value !== null)
      .map(([k]) => k.split(",").map(Number));
    if (filled.length === 0) return new FakeRange(this.ctx, this, 0, 0, 0, 0, true);
    const rows = filled.map(([r]) => r);
    const cols = filled.map(([, c]) => c);
    const [r0, c0] = [Math.min(...rows), Math.min(...cols)];
    return new FakeRange(
      this.ctx,
      this,
      r0,
      c0,
      Math.max(...rows) - r0 + 1,
      Math.max(...cols) - c0 + 1
    );
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this, r, c, rows, cols);
  }
  getRange(address: string): FakeRange {
    const [r, c, rows, cols] = parseAddress(address);
    return new FakeRange(this.ctx, this, r, c, rows, cols);
  }
  activate(): void {
    this.ctx.active = this.name;
  }
  frozenRows = 0;
  readonly freezePanes = { freezeRows: (n: number) => (this.frozenRows = n) };
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
  selection?: FakeRange;
  selected = "";
  active = "";
  readonly settings = new Map<string, unknown>();
  private objects: Loadable[] = [];
  readonly sheets: FakeWorksheet[] = [];
  readonly workbook: unknown;

  constructor() {
    const ctx = this;
    const worksheets = new (class extends Loadable {
      get items() {
        (this as unknown as { guard(p: string): void }).guard("name");
        return ctx.sheets;
      }
      getItem(name: string) {
        const ws = ctx.sheets.find((s) => s.name === name);
        if (!ws) throw new Error(`ItemNotFound: ${name}`);
        return ws;
      }
      add(name: string) {
        if (ctx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`ItemAlreadyExists: ${name}`);
        return ctx.addSheet(name);
      }
    })(this);
    this.workbook = {
      worksheets,
      getSelectedRange: () => ctx.selection ?? ctx.sheets[0].getRange("A1"),
      settings: {
        getItemOrNullObject: (key: string) => new FakeSettingItem(ctx, key),
        add: (key: string, value: unknown) => ctx.settings.set(key, value),
      },
    };
  }
  track(o: Loadable): void {
    this.objects.push(o);
  }
  addSheet(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this, name);
    this.sheets.push(ws);
    return ws;
  }
  async sync(): Promise<void> {
    this.syncs++;
    for (const o of this.objects) o.synced();
  }
  /** The fake, typed as the real thing for the adapters under test. */
  get excel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}
