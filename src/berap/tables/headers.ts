import { titleAbove } from "./grid";
import { ColumnRole, TABLE_KINDS, TableKind } from "./kinds";
import { normalizeLabel } from "./labels";
import { HeaderCell, isYearCell, SheetView } from "./sheetView";

export type { HeaderCell } from "./sheetView";

/** A table's header as one kind reads it: its label header, if any, and a column per role. */
export interface TableHeader {
  readonly kind: TableKind;
  readonly row: number;
  readonly labelHeader?: HeaderCell;
  /** Role columns in column order. */
  readonly columns: readonly {
    readonly col: number;
    readonly role: string;
    readonly header: string;
  }[];
}

const ANY_HEADER_WORD = new RegExp(
  TABLE_KINDS.flatMap((k) => [
    ...k.roles.map((r) => r.words),
    ...(k.labelWords ? [k.labelWords] : []),
  ])
    .map((w) => `(?:${w.source})`)
    .join("|")
);

// Header texts repeat within and across workbooks: what a text means to each kind is worked out once.
const anything = new Map<string, boolean>();
function namesAnything(norm: string): boolean {
  let v = anything.get(norm);
  if (v === undefined) {
    v = ANY_HEADER_WORD.test(norm);
    if (anything.size < 50_000) anything.set(norm, v);
  }
  return v;
}

function namingCells(cells: readonly HeaderCell[]): number {
  let n = 0;
  for (const c of cells) if (namesAnything(c.norm) && ++n >= 2) break;
  return n;
}

// Every role of every kind a text names, as "kind/role": one look-up tells whether a kind can fit a header.
const ROLE_KEYS = new Map(
  TABLE_KINDS.map((k) => [k, k.required.map((role) => `${k.id}/${role}`)] as const)
);
const namedRoles = new Map<string, ReadonlySet<string>>();
function rolesNamedBy(norm: string): ReadonlySet<string> {
  let roles = namedRoles.get(norm);
  if (!roles) {
    roles = new Set(
      TABLE_KINDS.flatMap((k) =>
        k.roles.filter((r) => r.words.test(norm)).map((r) => `${k.id}/${r.role}`)
      )
    );
    if (namedRoles.size < 20_000) namedRoles.set(norm, roles);
  }
  return roles;
}

/**
 * A kind fits a header only when each of its required roles has a column, so only when each is named by
 * some cell: most kinds are ruled out before their scan.
 */
function namesRequiredRoles(kind: TableKind, cells: readonly HeaderCell[]): boolean {
  // Loops, not every/some: asked of every kind for every header row.
  for (const key of ROLE_KEYS.get(kind)!) {
    let named = false;
    for (const c of cells)
      if (rolesNamedBy(c.norm).has(key)) {
        named = true;
        break;
      }
    if (!named) return false;
  }
  return true;
}

interface Meaning {
  readonly label: boolean;
  readonly excluded: boolean;
  readonly roles: readonly ColumnRole[];
}
const meanings = new Map<TableKind, Map<string, Meaning>>();
function meaning(kind: TableKind, norm: string): Meaning {
  let byText = meanings.get(kind);
  if (!byText) meanings.set(kind, (byText = new Map()));
  let m = byText.get(norm);
  if (!m) {
    m = {
      label: kind.labelWords?.test(norm) ?? false,
      excluded: kind.excludes?.test(norm) ?? false,
      roles: kind.roles.filter((r) => r.words.test(norm)),
    };
    if (byText.size < 20_000) byText.set(norm, m);
  }
  return m;
}

/**
 * A note typed in a header row ("Toelichting: bedragen zijn voorlopig", "N.B. zie verdeling naar inwoners",
 * "Let op: prognose volgt"): it names no role and no label, whatever words it holds, so it cannot make the
 * table another kind. Without the colon "Toelichting" is a column header (a text column, not read).
 */
const HEADER_NOTE = /^(n\.? ?b\b|(toelichting|opmerking|let op|let wel|noot)\s*:)/i;
const NOTE: Meaning = { label: false, excluded: false, roles: [] };

/** A wider gap than this between two header cells ends a table: a spacer column does not. */
const MAX_GAP = 3;

/**
 * Reads a row as the header of zero or more tables side by side. Each kind in turn takes the cells it can
 * name; a role that repeats starts a new table of that kind (two lists side by side), a wide gap ends one.
 * Returns the tables found and the header cells no kind took.
 */
export function matchHeaderRow(
  sheet: SheetView,
  row: number
): { tables: TableHeader[]; free: readonly HeaderCell[] } {
  let free = sheet.headerCells(row);
  const tables: TableHeader[] = [];
  // Most rows head no table: one union of every kind's words rules them out before any kind scans them.
  // Every kind needs two header cells it can name (two roles, or a label header and a role).
  if (free.length < 2 || namingCells(free) < 2) return { tables, free };
  for (const kind of TABLE_KINDS) {
    if (free.length === 0) break;
    if (kind.headerWords && !free.some((c) => kind.headerWords!.test(c.norm))) continue;
    const cells = kind.groupedHeader ? withGroupAbove(sheet, row, free) : free;
    if (!namesRequiredRoles(kind, cells)) continue;
    const found = scan(kind, cells, row).filter(
      (t) => namesItself(sheet, t) && !yearsBelow(sheet, t)
    );
    if (found.length === 0) continue;
    const taken = new Set<number>();
    for (const t of found) {
      tables.push(t);
      if (t.labelHeader) taken.add(t.labelHeader.col);
      for (const c of t.columns) taken.add(c.col);
    }
    free = free.filter((c) => !taken.has(c.col));
  }
  tables.sort((a, b) => firstCol(a) - firstCol(b));
  return { tables, free };
}

/**
 * True when the row under a header holds a year under each of its columns ("Begroting voor wijziging" over
 * 2026 | 2027 | 2028): the years head the table, this row holds their groups (unknownRegions.ts reads the
 * two as one header), and it is no header of its own with the years as its first row of figures.
 */
function yearsBelow(sheet: SheetView, t: TableHeader): boolean {
  // A row of figures has a label ("Almelo | 2000 | ..."); a row of years has none.
  const labelCol = t.labelHeader?.col ?? firstCol(t) - 1;
  if (t.columns.length < 2 || (labelCol >= 1 && sheet.text(t.row + 1, labelCol) !== ""))
    return false;
  return t.columns.every((c) => isYearCell(sheet.get(t.row + 1, c.col)));
}

/**
 * True when a table of a kind with tableWords is named by them: in a cell of its header row from the column
 * left of its first (the label column) to its last, or in its title above.
 */
function namesItself(sheet: SheetView, t: TableHeader): boolean {
  const words = t.kind.tableWords;
  if (!words) return true;
  const left = Math.max(1, firstCol(t) - 1);
  const right = t.columns[t.columns.length - 1].col;
  if (sheet.headerCells(t.row).some((c) => c.col >= left && c.col <= right && words.test(c.norm)))
    return true;
  return words.test(normalizeLabel(titleAbove(sheet, t.row, left, right)));
}

export function firstCol(t: TableHeader): number {
  return t.labelHeader?.col ?? t.columns[0].col;
}

interface Building {
  label?: HeaderCell;
  roles: Map<string, HeaderCell>;
  lastCol: number;
  excluded: boolean;
}

function scan(kind: TableKind, cells: readonly HeaderCell[], row: number): TableHeader[] {
  const out: TableHeader[] = [];
  let current: Building | undefined;
  const close = () => {
    if (current) takeMissingRoles(kind, current.roles);
    if (
      current &&
      !current.excluded &&
      kind.required.every((r) => current!.roles.has(r)) &&
      (!kind.requiresLabel || current.label)
    ) {
      out.push({
        kind,
        row,
        labelHeader: current.label,
        columns: [...current.roles.entries()]
          .map(([role, cell]) => ({ col: cell.col, role, header: cell.text }))
          .sort((a, b) => a.col - b.col),
      });
    }
    current = undefined;
  };
  for (const cell of cells) {
    if (current && cell.col - current.lastCol > MAX_GAP) close();
    const m = HEADER_NOTE.test(cell.text) ? NOTE : meaning(kind, cell.norm);
    // The label header's words win: "Gemeente" heads the label column even where any header names an amount.
    if (m.label) {
      // "Soort | Doorwerking": a second label header before any role widens the label, not a new table.
      if (current && current.roles.size === 0) continue;
      close();
      current = { label: cell, roles: new Map(), lastCol: cell.col, excluded: false };
      continue;
    }
    const matching = current?.label ? m.roles : m.roles.filter((r) => !r.withLabel);
    if (matching.length === 0) {
      // A header no role names (an amount column of its own, a Toelichting) keeps the table open.
      if (current) current.lastCol = cell.col;
      if (current && m.excluded) current.excluded = true;
      continue;
    }
    let role = matching.find((r) => !current?.roles.has(r.role));
    if (!role) {
      close();
      role = matching[0];
    }
    current ??= { roles: new Map(), lastCol: cell.col, excluded: false };
    if (m.excluded) current.excluded = true;
    current.roles.set(role.role, cell);
    current.lastCol = cell.col;
  }
  close();
  return out;
}

/**
 * A header that names two roles takes the first ("Primitieve begroting": primitief, and begroot); when the
 * table has no column of a required role it names as well, it is that column ("Primitieve begroting |
 * Realisatie | Verschil": the primitive budget is the budget the realisatie is compared with).
 */
function takeMissingRoles(kind: TableKind, roles: Map<string, HeaderCell>): void {
  for (const required of kind.required) {
    if (roles.has(required)) continue;
    for (const [role, cell] of roles) {
      if (kind.required.includes(role)) continue;
      if (!meaning(kind, cell.norm).roles.some((r) => r.role === required)) continue;
      roles.delete(role);
      roles.set(required, cell);
      break;
    }
  }
}

/**
 * Header texts with the group header above them: "Na wijziging" merged over three columns and "Lasten"
 * below it read as "na wijziging lasten". The group is the merged cell above, or else the nearest text to
 * the left in the row above when that row holds several texts (a group row, not a title).
 */
export function withGroupAbove<T extends HeaderCell>(
  sheet: SheetView,
  row: number,
  cells: readonly T[]
): readonly T[] {
  if (row <= 1) return cells;
  const above = sheet.headerCells(row - 1);
  if (above.length < 2) return cells;
  return cells.map((cell) => {
    const merge = sheet.merges.find(
      (m) => m.top <= row - 1 && m.bottom >= row - 1 && m.left <= cell.col && m.right >= cell.col
    );
    const group = merge
      ? above.find((a) => a.col === merge.left)
      : [...above].reverse().find((a) => a.col <= cell.col);
    // The text too: "Lasten" three times says nothing in a message, "Wijziging Lasten" does.
    return group
      ? { ...cell, text: `${group.text} ${cell.text}`, norm: `${group.norm} ${cell.norm}` }
      : cell;
  });
}
