import { Decimal, Financiering, parseFinanciering, parseSoort, Soort } from "../../calc";
import { normalizeLabel } from "../tables/labels";
import { financingOf } from "../tables/developments";
import { Development, Grid, GridRow, Programme } from "../tables/types";
import {
  check,
  developmentTerms,
  headerOf,
  line,
  listsRead,
  LISTS_UNREAD_MESSAGES,
  reportListsUnread,
  sumOf,
  valueOf,
} from "./helpers";
import { defineRule, ExampleCell, RuleContext } from "./rule";
import {
  holdsAmount,
  isClosingLabel,
  reportUnknownRows,
  UNKNOWN_ROW_MESSAGES,
} from "./unknownRows";
import { ggdSheet } from "./examples";

const SOORT_COLUMNS: Soort[] = ["I", "M", "S"];
const FINANCING_ROWS: Financiering[] = ["R", "P", "G"];
export const MATRIX_COLUMNS = ["I", "M", "S", "totaal"];

/**
 * The rows R, P, G and the bottom row of a financing matrix, by their labels, and the rows above the bottom
 * row that are neither (with a figure): those make the column totals unsure. Rows below the bottom row are
 * lines under the matrix (cao, rente), not part of it.
 */
export function matrixRows(grid: Grid): MatrixRows {
  // Asked for each programme's matrix per code and column (geconsolideerde-matrix): read once per grid.
  // Keyed by the grid object, which lives for one check only.
  let rows = matrixRowsOf.get(grid);
  if (!rows) {
    rows = readMatrixRows(grid);
    matrixRowsOf.set(grid, rows);
  }
  return rows;
}

interface MatrixRows {
  readonly byCode: ReadonlyMap<Financiering, GridRow>;
  readonly bottom?: GridRow;
  readonly unknown: readonly GridRow[];
}

const matrixRowsOf = new WeakMap<Grid, MatrixRows>();

function readMatrixRows(grid: Grid): MatrixRows {
  const byCode = new Map<Financiering, GridRow>();
  const unknown: GridRow[] = [];
  let bottom: GridRow | undefined;
  for (const row of grid.rows) {
    const norm = normalizeLabel(row.label);
    if (/bedrijfsresultaat|^totaal/.test(norm)) bottom ??= row;
    else {
      const code =
        parseFinanciering(row.label) ??
        parseFinanciering(norm.split(" ")[0]) ??
        financingWord(norm);
      if (code && !byCode.has(code)) byCode.set(code, row);
      else if (!code && !bottom && !isClosingLabel(row.label) && holdsAmount(row))
        unknown.push(row);
    }
  }
  return { byCode, bottom, unknown };
}

function financingWord(norm: string): Financiering | undefined {
  if (norm.startsWith("rijksbijdrage")) return "R";
  if (norm.startsWith("project")) return "P";
  if (norm.startsWith("gemeentelijk")) return "G";
  return undefined;
}

/** Checks that every row's Totaal is the sum of I, M and S, and the bottom row the sum of R, P and G. */
export function checkMatrixTotals(ctx: RuleContext, grid: Grid, name: string): void {
  const { byCode, bottom, unknown } = matrixRows(grid);
  for (const row of [...byCode.values(), ...(bottom ? [bottom] : [])]) {
    const parts = SOORT_COLUMNS.map((s) => row.cell(s));
    check(ctx, row.cell("totaal"), sumOf(parts), `${name}, ${row.label}, Totaal`, {
      cells: parts,
      plus: parts,
      grid,
    });
  }
  // The bottom row against R + P + G only when no other row might belong in the sum.
  if (reportUnknownRows(ctx, grid, name, unknown, "financiering (R, P of G)") || !bottom) return;
  for (const role of MATRIX_COLUMNS) {
    const parts = FINANCING_ROWS.map((f) => byCode.get(f)?.cell(role));
    check(
      ctx,
      bottom.cell(role),
      sumOf(parts),
      `${name}, ${bottom.label}, ${headerOf(grid, role)}`,
      {
        cells: parts,
        plus: parts,
        grid,
      }
    );
  }
}

/** The example sheet: GGD Twente's lists (bedrijfsresultaat 118) with its matrix, G row and bottom row given. */
const ggdMet = (g: ExampleCell[], bottom: ExampleCell[]) => [
  ...ggdSheet({ regels: [["Verwacht bedrijfsresultaat", 118]] })["GGD Twente"],
  [],
  ["Resultaat per financiering"],
  [null, "Incidenteel (I)", "Meerjarig (M)", "Structureel (S)", "Totaal"],
  ["R Rijksbijdrage", 50, "-", "-", 50],
  ["P Projecten", "-", 83, "-", 83],
  ["G Gemeentelijke bijdrage", ...g],
  ["Verwacht bedrijfsresultaat", ...bottom],
];

export const financieringMatrix = defineRule({
  meta: {
    id: "financiering-matrix",
    naam: "Resultaat per financiering",
    beschrijving:
      "Resultaat per financiering: elke cel is de som van de ontwikkelingen met die soort (I, M, S) en financiering (R, P, G); rij- en kolomtotalen kloppen, en het totaal is het verwacht bedrijfsresultaat.",
    ernst: "fout",
    messages: { ...UNKNOWN_ROW_MESSAGES, ...LISTS_UNREAD_MESSAGES },
    voorbeelden: {
      klopt: {
        uitleg:
          "GGD Twente: R incidenteel 50 (vaccineren op maat); P meerjarig 83 (Projecten GGD); G incidenteel 174 - 44 = 130 en structureel -145, totaal -15. Kolommen: 50 + 130 = 180, 83, -145; samen 118, het verwacht bedrijfsresultaat.",
        bladen: { "GGD Twente": ggdMet([130, "-", -145, -15], [180, 83, -145, 118]) },
      },
      kloptNiet: {
        uitleg:
          "In de matrix is 'Kosten voormalig personeel (G)' (-44) vergeten: G incidenteel staat op 174 waar 174 - 44 = 130 volgt (verschil 44). De matrix telt zelf wel op (174 - 145 = 29; 50 + 83 + 29 = 162), maar 162 is niet het bedrijfsresultaat 118.",
        bladen: { "GGD Twente": ggdMet([174, "-", -145, 29], [224, 83, -145, 162]) },
      },
    },
  },
  check(ctx) {
    for (const p of ctx.berap.programmes) {
      if (!p.matrix) continue;
      const name = `${p.name}, Resultaat per financiering`;
      const cells = sumsByCode(p);
      const { byCode, bottom } = matrixRows(p.matrix);
      const read = listsRead(p);
      if (!read) {
        const at = { sheet: p.matrix.sheet, row: p.matrix.headerRow, col: p.matrix.left };
        reportListsUnread(ctx, p, name, { ref: at, grid: p.matrix });
      }
      if (cells && read) {
        for (const f of FINANCING_ROWS) {
          const row = byCode.get(f);
          SOORT_COLUMNS.forEach((s) => {
            const code = cells.get(`${f}${s}`);
            check(
              ctx,
              row?.cell(s),
              code?.sum ?? new Decimal(0),
              `${name}, ${row?.label}, ${headerOf(p.matrix!, s)}`,
              { grid: p.matrix, ...developmentTerms(p.name, code?.items ?? []) }
            );
          });
        }
      }
      checkMatrixTotals(ctx, p.matrix, name);
      const result = valueOf(line(p, "bedrijfsresultaat"));
      if (bottom && result !== undefined)
        check(
          ctx,
          bottom.cell("totaal"),
          result,
          `${name}, totaal tegen het verwacht bedrijfsresultaat`,
          {
            cells: [line(p, "bedrijfsresultaat")],
            plus: [line(p, "bedrijfsresultaat")],
            grid: p.matrix,
          }
        );
    }
  },
});

/**
 * Sum of the developments per financing-soort pair ("GI", "RM"), with the developments it adds up;
 * undefined when a code is unreadable.
 */
function sumsByCode(p: Programme): Map<string, { sum: Decimal; items: Development[] }> | undefined {
  const sums = new Map<string, { sum: Decimal; items: Development[] }>();
  for (const item of p.lists.flatMap((l) => l.items)) {
    const s = parseSoort(item.soort.text);
    const f = financingOf(item);
    const v = valueOf(item.bedrag);
    if (!s || !f || v === undefined) return undefined;
    const code = sums.get(`${f}${s}`);
    if (code) {
      code.sum = code.sum.plus(v);
      code.items.push(item);
    } else sums.set(`${f}${s}`, { sum: v, items: [item] });
  }
  return sums;
}
