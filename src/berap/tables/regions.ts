import { parseDutchNumber } from "../../calc";
import { readGridRows, titleAbove } from "./grid";
import { leaveOutHiddenRows } from "./hiddenRows";
import { firstCol, HeaderCell, matchHeaderRow, TableHeader } from "./headers";
import { ontwikkelingen } from "./kinds/ontwikkelingen";
import { BodyKind, SheetView } from "./sheetView";
import { Grid, GridKind, RecognitionProblem, GridRow } from "./types";

/**
 * Segments a sheet into table regions: a header row, the table's own columns (label columns, value columns,
 * spacers between them) and its rows down to the table's end. Tables side by side are read each in their
 * own columns, so a neighbour never leaks into a table. Lists of ontwikkelingen are located here and read by
 * developments.ts; every other region becomes a Grid with a role per value column.
 */
export interface SheetRegions {
  readonly grids: Grid[];
  /** Headers of lists of ontwikkelingen, with the columns they may use. */
  readonly lists: { header: TableHeader; left: number; right: number }[];
  /** Rows of "Soort" headers that start no list (a column missing): a list is there, unread. */
  readonly unreadLists: number[];
}

export interface Area {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export function segmentSheet(sheet: SheetView, problems: RecognitionProblem[]): SheetRegions {
  const grids: Grid[] = [];
  const lists: SheetRegions["lists"] = [];
  const unreadLists: number[] = [];
  const areas: Area[] = [];
  const inArea = (row: number, col: number) => inAreas(areas, row, col);
  for (const row of sheet.filledRows()) {
    // A row inside a table read already heads no other table in the same columns.
    if (areas.length > 0 && allInAreas(areas, row, sheet.rowCells(row))) continue;
    const { tables, free } = matchHeaderRow(sheet, row);
    const open = tables.filter((t) => !t.columns.some((c) => inArea(row, c.col)));
    for (const cell of free) {
      // A "Soort" header that starts no table: a list of ontwikkelingen lacking a column.
      if (cell.norm !== "soort" || inArea(row, cell.col)) continue;
      unreadLists.push(row);
      problems.push({
        sheet: sheet.name,
        ref: { sheet: sheet.name, row, col: cell.col },
        message: "tabel niet herkend: naast de kolom Soort ontbreekt de kolom Omschrijving",
      });
    }
    open.forEach((header, i) => {
      const left = i === 0 ? 1 : lastCol(open[i - 1]) + 1;
      const right = i + 1 < open.length ? firstCol(open[i + 1]) - 1 : sheet.maxCol;
      if (header.kind === ontwikkelingen) {
        lists.push({ header, left: firstCol(header), right: Math.min(right, lastCol(header) + 1) });
        areas.push({ top: row, bottom: row, left: firstCol(header), right: lastCol(header) });
        return;
      }
      const grid = buildGrid(sheet, header, left, right, free, problems);
      if (!grid) return;
      grids.push(grid);
      areas.push({
        top: row,
        bottom: grid.rows.length ? grid.rows[grid.rows.length - 1].row : row,
        left: grid.left,
        right: grid.right,
      });
    });
  }
  return { grids: grids.map((g) => withLabelsBeside(g, grids)), lists, unreadLists };
}

/**
 * A table with no label column of its own beside one that has them on the same rows (Lasten and Baten side
 * by side, one Programma column for both): its rows take the labels of the table on their left.
 */
function withLabelsBeside(grid: Grid, grids: readonly Grid[]): Grid {
  if (grid.rows.length === 0 || grid.rows.some((r) => r.label.trim() !== "")) return grid;
  const left = grids
    .filter((g) => g !== grid && g.headerRow === grid.headerRow && g.right < grid.left)
    .sort((a, b) => b.right - a.right)[0];
  if (!left) return grid;
  const byRow = new Map(left.rows.map((r) => [r.row, r]));
  if (!grid.rows.every((r) => byRow.has(r.row))) return grid;
  const rows = grid.rows.map((r): GridRow => {
    const own = byRow.get(r.row)!;
    return { ...r, label: own.label, labelRef: own.labelRef, cell: (role) => r.cell(role) };
  });
  return { ...grid, rows };
}

/** True when the cell lies in one of the areas. A loop, not `some`: asked for every cell of every row. */
export function inAreas(areas: readonly Area[], row: number, col: number): boolean {
  for (const a of areas)
    if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return true;
  return false;
}

function allInAreas(
  areas: readonly Area[],
  row: number,
  cells: readonly [number, unknown][]
): boolean {
  for (const [col] of cells) if (!inAreas(areas, row, col)) return false;
  return true;
}

function lastCol(t: TableHeader): number {
  return t.columns[t.columns.length - 1].col;
}

/**
 * The region of one header: its role columns, the columns between or right after them that no kind named
 * (amounts: a value column without a role; text: a Toelichting column, not read), and its label columns.
 */
function buildGrid(
  sheet: SheetView,
  header: TableHeader,
  left: number,
  right: number,
  free: readonly HeaderCell[],
  problems: RecognitionProblem[]
): Grid | undefined {
  const row = header.row;
  const columns: { col: number; role?: string; header: string }[] = header.columns.filter((c) => {
    if (bodyKind(sheet, row, c.col) !== "tekst") return true;
    problems.push({
      sheet: sheet.name,
      ref: { sheet: sheet.name, row, col: c.col },
      message: `tabel '${header.kind.title}': de kolom '${c.header}' bevat tekst, geen bedragen; die kolom is niet gecontroleerd`,
    });
    return false;
  });
  if (columns.length === 0) return undefined;
  const first = columns[0].col;
  let last = columns[columns.length - 1].col;
  // Headers no kind named inside the table, or one spacer away after it: their body decides what they are.
  const labelBound = header.labelHeader?.col ?? first;
  let marks: number | undefined; // the column of V/N marks beside the table
  for (const cell of [...free].sort((a, b) => a.col - b.col)) {
    if (cell.col <= labelBound && cell.col < first) continue;
    if (cell.col > right || cell.col > last + 2) continue;
    const kind = bodyKind(sheet, row, cell.col);
    if (cell.col < first) {
      // Between the label header and the first named column: an amount column named by no role.
      if (kind === "bedragen") columns.push({ col: cell.col, header: cell.text });
      continue;
    }
    if (kind === "bedragen") {
      columns.push({ col: cell.col, header: cell.text });
      last = Math.max(last, cell.col);
    } else if (cell.col > last && kind === "tekst") {
      last = cell.col; // a text column beside the table belongs to its region, and is not read
      if (isMarkColumn(sheet, row, cell)) marks = cell.col;
      break;
    }
  }
  columns.sort((a, b) => a.col - b.col);
  const labelCols = labelColumns(sheet, header, columns[0].col, left);
  const regionLeft = Math.min(labelCols[0] ?? first, first);
  const valueCols = columns.map((c) => c.col);
  const { rows, hidden } = leaveOutHiddenRows(
    sheet,
    readGridRows(sheet, row, {
      labelCols,
      valueCols,
      roles: columns.map((c) => c.role),
      left: Math.max(left, regionLeft - 1),
    }),
    valueCols
  );
  if (rows.length === 0) return undefined;
  // A group row above a grouped header ("Voor wijziging | Wijziging | Na wijziging") is part of the
  // header, not the title: the title stands above it.
  const grouped = header.kind.groupedHeader && row > 1 && sheet.headerCells(row - 1).length >= 2;
  const titleBelow = grouped ? row - 1 : row;
  return {
    kind: header.kind.id as GridKind,
    sheet: sheet.name,
    title:
      titleAbove(sheet, titleBelow, regionLeft, Math.max(last, regionLeft + 1)) ||
      header.kind.title,
    headerRow: row,
    headers: columns.map((c) => c.header),
    roles: columns.map((c) => c.role),
    rows,
    left: regionLeft,
    right: last,
    unit: sheet.unitAbove(row),
    ...(hidden.length > 0 ? { hiddenRows: hidden } : {}),
    ...(marks ? { marks: readMarks(sheet, marks, rows) } : {}),
  };
}

/** The V/N mark of every row that has one. */
function readMarks(
  sheet: SheetView,
  col: number,
  rows: readonly GridRow[]
): Map<number, "V" | "N"> {
  const marks = new Map<number, "V" | "N">();
  for (const r of rows) {
    const text = sheet.text(r.row, col).trim().toUpperCase();
    if (text === "V" || text === "N") marks.set(r.row, text);
  }
  return marks;
}

/** A column of V and N marks beside a table ("V/N", "voordelig/nadelig"): the sign of its verschil. */
function isMarkColumn(sheet: SheetView, headerRow: number, cell: HeaderCell): boolean {
  if (/^(v ?\/? ?n|voordelig ?\/? ?nadelig)$/i.test(cell.text.trim())) return true;
  const marks: string[] = [];
  for (let r = headerRow + 1; r <= Math.min(sheet.maxRow, headerRow + 60); r++) {
    const text = sheet.text(r, cell.col).trim();
    if (text === "" && sheet.isBlankRow(r)) break;
    if (text !== "") marks.push(text);
  }
  return marks.length >= 2 && marks.every((m) => /^[vn]$/i.test(m));
}

/**
 * The label columns: the label header's column and the unheaded columns after it (a code column and a
 * description under one header), or else the columns just left of the first value column that hold text
 * in the rows below (up to three: "I | Incidenteel").
 */
function labelColumns(
  sheet: SheetView,
  header: TableHeader,
  first: number,
  left: number
): number[] {
  const row = header.row;
  if (header.labelHeader) {
    const cols = [header.labelHeader.col];
    for (let c = header.labelHeader.col + 1; c < first; c++) {
      if (sheet.text(row, c) !== "") break;
      if (bodyKind(sheet, row, c) === "tekst") cols.push(c);
    }
    return cols;
  }
  const cols: number[] = [];
  for (let c = first - 1; c >= Math.max(left, first - 3); c--) {
    const kind = bodyKind(sheet, row, c);
    if (kind !== "tekst") {
      if (cols.length === 0 && kind === "leeg" && sheet.text(row, c) === "") continue; // a spacer
      break;
    }
    cols.unshift(c);
    if (sheet.text(row, c) !== "") break; // the label column's own header
  }
  return cols.length > 0 ? cols : [Math.max(1, first - 1)];
}

/** A text that reads as an amount (see parseDutchNumber): "1.377", "-193", "0,7%", "-/- 189.000", "(12)", "-". */
/** A text that is an amount as Berap tables print it ("1.458", "-/- 189", "35 N", "-"): calc reads it. */
const isAmountText = (v: string) => parseDutchNumber(v).kind !== "geen-getal";

/** What the body under a header cell holds: mostly amounts, mostly text, or nothing, in the next rows. */
export function bodyKind(
  sheet: SheetView,
  headerRow: number,
  col: number,
  strict = false
): BodyKind {
  return sheet.bodyKind(headerRow, col, strict, () => readBody(sheet, headerRow, col, strict));
}

function readBody(sheet: SheetView, headerRow: number, col: number, strict: boolean): BodyKind {
  let amounts = 0;
  let texts = 0;
  let seen = false;
  // Down to the first blank row after the body starts (a spacer row right under the header is passed over).
  for (let r = headerRow + 1; r <= Math.min(sheet.maxRow, headerRow + 60); r++) {
    if (sheet.isBlankRow(r)) {
      if (seen) break;
      continue;
    }
    seen = true;
    const v = sheet.value(r, col);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    if (typeof v === "string" && !isAmountText(v)) texts++;
    else amounts++; // a number, a Dutch number as text, a nil dash, an error value
  }
  if (amounts === 0 && texts === 0) return "leeg";
  if (texts > amounts) return "tekst";
  if (strict) return texts === 0 ? "bedragen" : "gemengd";
  // Amounts with a stray text among them (a typo, a note) are an amount column; half text is neither.
  return texts <= amounts / 2 ? "bedragen" : "gemengd";
}
