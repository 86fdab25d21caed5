/**
 * Layout variants of the bundled example, for the metamorphic tests: the same figures laid out the way
 * controllers' own workbooks do ("Layouts in the wild" in the domain brief). Each transformation keeps every
 * figure and every row label; only places, headers and cell representations change.
 *
 * A variant is a list of transformation names applied in a fixed order (columns first, then cells, then
 * placement), with a seeded random source, so a failing variant can be rebuilt from its name and seed.
 */
import { Cell, Sheet, Workbook } from "../src/berap/model/workbook";
import { LayoutCell, LayoutRow, LayoutSheet, Value } from "./berapLayout";

export interface VariantSheet {
  name: string;
  rows: LayoutRow[];
  merges: { top: number; left: number; bottom: number; right: number }[];
}

/** A small seeded PRNG (mulberry32): the same seed gives the same variant on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const asCell = (c: LayoutCell | Value | undefined): LayoutCell | undefined =>
  c === undefined || c === null ? undefined : typeof c === "object" ? c : { value: c };
const isHeaderRow = (row: LayoutRow) => row.some((c) => asCell(c)?.header);
const isBlank = (row: LayoutRow | undefined) => !row || row.every((c) => asCell(c) === undefined);
const text = (c: LayoutCell | Value | undefined) => {
  const v = asCell(c)?.value;
  return typeof v === "string" ? v : "";
};

/** A table: its header row, the rows under it down to the next blank row, and whether it is a list. */
interface Block {
  header: number;
  end: number;
  list: boolean;
}

function blocks(sheet: VariantSheet): Block[] {
  const out: Block[] = [];
  sheet.rows.forEach((row, r) => {
    if (!isHeaderRow(row)) return;
    let end = r;
    if (isBlank(sheet.rows[r + 1]) && !isBlank(sheet.rows[r + 2])) end++; // a spacer row under the header
    while (end + 1 < sheet.rows.length && !isBlank(sheet.rows[end + 1])) end++;
    out.push({ header: r, end, list: text(row[0]) === "Soort" });
  });
  return out;
}

function insertColumn(
  rows: LayoutRow[],
  from: number,
  to: number,
  at: number,
  cell?: (r: number) => LayoutCell | undefined
) {
  for (let r = from; r <= to; r++) {
    const row = [...rows[r]];
    while (row.length < at) row.push(undefined);
    row.splice(at, 0, cell?.(r));
    rows[r] = row;
  }
}

/** Value columns of a table: those after its label column, up to the header's last cell. */
function valueColumns(sheet: VariantSheet, b: Block): number[] {
  const header = sheet.rows[b.header];
  const cols: number[] = [];
  for (let c = 1; c < header.length; c++) if (asCell(header[c])) cols.push(c);
  return cols;
}

const TRANSFORMATIONS: Record<string, (sheets: VariantSheet[], rng: Rng) => VariantSheet[]> = {
  /** Value columns of one table per sheet in another order. */
  reorderColumns(sheets, rng) {
    for (const sheet of sheets) {
      const grids = blocks(sheet).filter((b) => !b.list);
      if (grids.length === 0) continue;
      const b = pick(rng, grids);
      const cols = valueColumns(sheet, b);
      const order = [...cols].sort(() => rng() - 0.5);
      for (let r = b.header; r <= b.end; r++) {
        const row = [...sheet.rows[r]];
        const cells = cols.map((c) => row[c]);
        order.forEach((c, i) => (row[cols[i]] = cells[cols.indexOf(c)]));
        sheet.rows[r] = row;
      }
    }
    return sheets;
  },
  /** An empty spacer column inside a table, between its label and values or between two values. */
  spacerColumn(sheets, rng) {
    for (const sheet of sheets) {
      for (const b of blocks(sheet).filter((x) => !x.list)) {
        if (rng() < 0.5) continue;
        const cols = valueColumns(sheet, b);
        insertColumn(sheet.rows, b.header, b.end, pick(rng, cols));
      }
    }
    return sheets;
  },
  /** The financing matrices with a code column before the description: "R | Rijksbijdrage". */
  codeColumn(sheets) {
    for (const sheet of sheets) {
      for (const b of blocks(sheet).filter(
        (x) =>
          !x.list &&
          /incidenteel/i.test(text(sheet.rows[x.header][1]) + text(sheet.rows[x.header][2]))
      )) {
        insertColumn(sheet.rows, b.header, b.end, 1);
        for (let r = b.header + 1; r <= b.end; r++) {
          const label = text(sheet.rows[r][0]);
          const m = /^([RPG]) (.*)$/.exec(label);
          if (!m) continue;
          const row = [...sheet.rows[r]];
          row[0] = m[1];
          row[1] = m[2];
          sheet.rows[r] = row;
        }
      }
    }
    return sheets;
  },
  /** The financing code in a column of its own after the description, instead of "(G)" at its end. */
  financingColumn(sheets) {
    for (const sheet of sheets) {
      for (const b of blocks(sheet).filter((x) => x.list)) {
        const header = sheet.rows[b.header];
        const at = header
          .map((c, i) => (text(c) === "Omschrijving" ? i : -1))
          .filter((i) => i >= 0)
          .reverse();
        for (const col of at) {
          insertColumn(sheet.rows, b.header, b.end, col + 1, (r) => {
            if (r === b.header) return { value: "Financiering", bold: true, header: true };
            const m = / \(([RPG])\)$/.exec(text(sheet.rows[r][col]));
            return m ? { value: m[1] } : undefined;
          });
          for (let r = b.header + 1; r <= b.end; r++) {
            const m = / \(([RPG])\)$/.exec(text(sheet.rows[r][col]));
            if (!m) continue;
            const row = [...sheet.rows[r]];
            row[col] = text(row[col]).replace(/ \([RPG]\)$/, "");
            sheet.rows[r] = row;
          }
        }
      }
    }
    return sheets;
  },
  /** A Toelichting column of text beside a table. */
  textColumn(sheets, rng) {
    const notes = [
      "Zie toelichting",
      "Hogere kosten door de cao",
      "Incidenteel voordeel",
      "Conform begroting",
    ];
    for (const sheet of sheets) {
      for (const b of blocks(sheet).filter((x) => !x.list)) {
        if (rng() < 0.5) continue;
        const width = Math.max(...sheet.rows.slice(b.header, b.end + 1).map((r) => r.length));
        for (let r = b.header; r <= b.end; r++) {
          const row = [...sheet.rows[r]];
          while (row.length < width) row.push(undefined);
          row[width] =
            r === b.header
              ? { value: "Toelichting", bold: true }
              : rng() < 0.6
                ? pick(rng, notes)
                : undefined;
          sheet.rows[r] = row;
        }
      }
    }
    return sheets;
  },
  /** Header texts as printed: line breaks, other case, words around the key word. */
  headerTexts(sheets, rng) {
    const synonyms: Record<string, string[]> = {
      Omschrijving: ["Omschrijving ontwikkeling", "OMSCHRIJVING"],
      "x EUR 1.000": ["€", "Bedrag x € 1.000", "Bedrag\n(x € 1.000)"],
      "Actueel begroot": ["Actueel\nbegroot 2025", "Actueel begroot (na wijziging)"],
      Prognose: ["Prognose\n2025", "Prognose per 1 september"],
      "Gerealiseerd t/m sep": [
        "Werkelijk gerealiseerd\nt/m sep",
        "Gerealiseerd t/m september 2025",
      ],
      Programma: ["Programma's", "PROGRAMMA"],
      Lasten: ["Lasten\n2025"],
      Baten: ["Baten 2025"],
    };
    for (const sheet of sheets) {
      sheet.rows = sheet.rows.map((row) =>
        row.map((c) => {
          const cell = asCell(c);
          if (!cell?.header || typeof cell.value !== "string") return c;
          const options = synonyms[cell.value];
          let v = options && rng() < 0.7 ? pick(rng, options) : cell.value;
          if (rng() < 0.4) v = v.replace(/ /g, () => (rng() < 0.5 ? "\n" : " "));
          if (rng() < 0.15) v = v.toUpperCase();
          return { ...cell, value: v };
        })
      );
    }
    return sheets;
  },
  /** Nil as "–", "—" or an empty cell instead of "-". */
  nilMarkers(sheets, rng) {
    const marker = pick(rng, ["\u2013", "\u2014", null, "-"]);
    for (const sheet of sheets)
      sheet.rows = sheet.rows.map((row) =>
        row.map((c) => (text(c) === "-" ? (marker === null ? undefined : { value: marker }) : c))
      );
    return sheets;
  },
  /** Numbers stored as Dutch text: "1.377", "-193", "0,7%", "1,2". */
  dutchText(sheets, rng) {
    const dutch = (cell: LayoutCell): LayoutCell => {
      const v = cell.value as number;
      const fmt = cell.numFmt ?? "";
      const decimals = /0\.(0+)/.exec(fmt)?.[1].length ?? 0;
      const percent = fmt.includes("%");
      const shown = percent ? v * 100 : v;
      const [whole, frac] = Math.abs(shown).toFixed(decimals).split(".");
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      return {
        value: `${shown < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}${percent ? "%" : ""}`,
      };
    };
    for (const sheet of sheets)
      sheet.rows = sheet.rows.map((row) =>
        row.map((c) => {
          const cell = asCell(c);
          return cell && typeof cell.value === "number" && rng() < 0.7 ? dutch(cell) : c;
        })
      );
    return sheets;
  },
  /** Totals as SUM formulas with their cached results. */
  sumFormulas(sheets) {
    for (const sheet of sheets)
      sheet.rows = sheet.rows.map((row) => {
        if (!row.some((c) => /^(sub)?totaal/i.test(text(c)))) return row;
        return row.map((c) => {
          const cell = asCell(c);
          return cell && typeof cell.value === "number" ? { ...cell, formula: "SUM(B2:B3)" } : c;
        });
      });
    return sheets;
  },
  /** Titles merged over the width of their table. */
  mergedTitles(sheets) {
    for (const sheet of sheets)
      for (const b of blocks(sheet)) {
        const title = b.header - 1;
        if (
          title < 0 ||
          isBlank(sheet.rows[title]) ||
          sheet.rows[title].filter((c) => asCell(c)).length !== 1
        )
          continue;
        if (asCell(sheet.rows[title][0]) === undefined) continue;
        const width = sheet.rows[b.header].length;
        if (width > 1)
          sheet.merges.push({ top: title + 1, left: 1, bottom: title + 1, right: width });
      }
    return sheets;
  },
  /** One blank row after a table's header, and more space between tables. */
  spacerRows(sheets, rng) {
    for (const sheet of sheets) {
      const b = blocks(sheet).filter((x) => !x.list);
      if (b.length === 0) continue;
      const at = pick(rng, b).header + 1;
      sheet.rows.splice(at, 0, []);
      sheet.merges = [];
    }
    return sheets;
  },
  /** The unit note moved from its own row into the title. */
  unitInTitle(sheets) {
    for (const sheet of sheets) {
      const i = sheet.rows.findIndex((row) => /^bedragen x eur 1\.000$/i.test(text(row[0])));
      if (i !== 1) continue;
      const title = asCell(sheet.rows[0][0]);
      if (!title) continue;
      sheet.rows[0] = [{ ...title, value: `${String(title.value)} (bedragen x € 1.000)` }];
      sheet.rows.splice(1, 1);
      sheet.merges = [];
    }
    return sheets;
  },
  /** The financing matrix beside the lists instead of below them. */
  matrixBeside(sheets) {
    for (const sheet of sheets) {
      const start = sheet.rows.findIndex((row) => text(row[0]) === "Resultaat per financiering");
      const lists = sheet.rows.findIndex((row) => /ontwikkelingen/.test(text(row[0])));
      if (start < 0 || lists < 0) continue;
      const block = blocks(sheet).find((b) => b.header === start + 1);
      if (!block) continue;
      const end = block.end;
      const moved = sheet.rows.slice(start, end + 1);
      sheet.rows.splice(start, end - start + 1);
      const width = Math.max(...sheet.rows.slice(lists, lists + moved.length).map((r) => r.length));
      const col = Math.max(width, 7) + 2;
      moved.forEach((row, i) => {
        const target = [...(sheet.rows[lists + i] ?? [])];
        while (target.length < col) target.push(undefined);
        target.splice(col, target.length - col, ...row);
        sheet.rows[lists + i] = target;
      });
      sheet.merges = [];
    }
    return sheets;
  },
  /** Two consecutive tables of a sheet side by side. */
  sideBySide(sheets, rng) {
    for (const sheet of sheets) {
      const grids = blocks(sheet).filter((b) => !b.list);
      const pairs = grids.slice(1).filter((b, i) => b.header - 1 > grids[i].end + 1);
      if (pairs.length === 0 || rng() < 0.3) continue;
      const second = pick(rng, pairs);
      const first = grids[grids.indexOf(second) - 1];
      const from = second.header - 1; // its title row
      const moved = sheet.rows.slice(from, second.end + 1);
      sheet.rows.splice(from, moved.length);
      const top = first.header - 1;
      const width = Math.max(...sheet.rows.slice(top, top + moved.length).map((r) => r.length));
      const col = width + 1 + Math.floor(rng() * 2);
      moved.forEach((row, i) => {
        const target = [...(sheet.rows[top + i] ?? [])];
        while (target.length < col) target.push(undefined);
        target.push(...row);
        sheet.rows[top + i] = target;
      });
      sheet.merges = [];
    }
    return sheets;
  },
  /** All programmes on one sheet, each under its title. */
  oneSheet(sheets) {
    const programmes = sheets.slice(0, 4);
    const rows: LayoutRow[] = [];
    for (const p of programmes) rows.push(...p.rows, [], []);
    return [{ name: "Programma's", rows, merges: [] }, ...sheets.slice(4)];
  },
};

/** The order transformations are applied in: column structure, then cells, then placement. */
export const TRANSFORMATION_NAMES = [
  "financingColumn",
  "codeColumn",
  "reorderColumns",
  "spacerColumn",
  "textColumn",
  "headerTexts",
  "nilMarkers",
  "dutchText",
  "sumFormulas",
  "mergedTitles",
  "spacerRows",
  "unitInTitle",
  "matrixBeside",
  "sideBySide",
  "oneSheet",
] as const;
export type TransformationName = (typeof TRANSFORMATION_NAMES)[number];

export function layoutVariant(
  base: LayoutSheet[],
  names: readonly TransformationName[],
  seed: number
): VariantSheet[] {
  const rng = prng(seed);
  let sheets: VariantSheet[] = base.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => [...r]),
    merges: [],
  }));
  for (const name of TRANSFORMATION_NAMES)
    if (names.includes(name)) sheets = TRANSFORMATIONS[name](sheets, rng);
  return sheets;
}

/** The engine's model of the variant, as an adapter would give it: values, cached formula results, merges. */
export function variantWorkbook(sheets: VariantSheet[]): Workbook {
  return {
    sheets: sheets.map((s) => {
      const sheet = new Sheet(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          const cell = asCell(c);
          if (!cell || cell.value === null) return;
          const model: Cell = { value: cell.value, formula: cell.formula, numFmt: cell.numFmt };
          sheet.set(r + 1, col + 1, model);
        })
      );
      sheet.merges.push(...s.merges);
      return sheet;
    }),
  };
}
