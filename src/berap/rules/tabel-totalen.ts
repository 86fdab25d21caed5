import { Decimal } from "../../calc";
import { Amount } from "../model/amount";
import { cellAddress } from "../model/workbook";
import { TABLE_KINDS } from "../tables/kinds";
import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { AmountCell, Grid, GridRow } from "../tables/types";
import { gridRange } from "./rule";
import { sumOf, valueOf } from "./helpers";
import { defineRule, RuleContext } from "./rule";

const isClosingLabel = (label: string) => /^(saldo|verwacht)\b/.test(normalizeLabel(label));
const isGroupHead = (label: string) => label.trim().endsWith(":");
const isIndented = (label: string) => /^\s/.test(label);

/**
 * The ways a closing row can close the rows above it: all items since the last Totaal; the subtotals plus
 * the items after the last one; the group rows (sum on the row above its items) plus loose items.
 */
function readings(rows: GridRow[], subtotals: GridRow[], sinceSubtotal: GridRow[]): GridRow[][] {
  const out: GridRow[][] = [];
  if (subtotals.length > 0) out.push([...subtotals, ...sinceSubtotal]);
  const items = rows.filter((r) => !isSubtotalLabel(r.label));
  out.push(items);
  const heads = items.filter(
    (r, i) =>
      isGroupHead(r.label) ||
      (items[i + 1] && isIndented(items[i + 1].label) && !isIndented(r.label))
  );
  if (heads.length > 0) out.push(items.filter((r) => heads.includes(r) || !isIndented(r.label)));
  return out;
}

/**
 * Checks every Totaal, Subtotaal, Saldo and Verwacht row of a table against the rows it closes; returns
 * how many cells it could recompute (0: the table has no closing row with figures under rows read).
 */
function checkTotals(ctx: Comparing, grid: Grid, certain: boolean): number {
  let checked = 0;
  let rows: GridRow[] = [];
  let subtotals: GridRow[] = [];
  let sinceSubtotal: GridRow[] = [];
  for (const row of grid.rows) {
    const total = isTotalLabel(row.label) && !isSubtotalLabel(row.label);
    const sub = isSubtotalLabel(row.label);
    const other = !total && !sub && isClosingLabel(row.label) && rows.length > 0;
    if (!total && !sub && !other) {
      rows.push(row);
      sinceSubtotal.push(row);
      continue;
    }
    const options = sub ? [sinceSubtotal] : readings(rows, subtotals, sinceSubtotal);
    row.cells.forEach((cell, c) => {
      if (checkCell(ctx, grid, row, cell, c, options, certain && !other)) checked++;
    });
    if (sub) {
      subtotals.push(row);
      rows.push(row);
      sinceSubtotal = [];
    } else if (total) {
      rows = [];
      subtotals = [];
      sinceSubtotal = [];
    }
  }
  return checked;
}

/** What the totals need of a rule's context: a comparison; a silent one only counts. */
type Comparing = Pick<RuleContext, "compare">;
const SILENT: Comparing = { compare: () => undefined };

/** True when a table no kind knows has a total this rule recomputes: then the table is checked. */
export function totalsChecked(grid: Grid): boolean {
  return checkTotals(SILENT, grid, true) > 0;
}

function checkCell(
  ctx: Comparing,
  grid: Grid,
  row: GridRow,
  cell: AmountCell,
  c: number,
  options: GridRow[][],
  certain: boolean
): boolean {
  if (valueOf(cell) === undefined) return false;
  // An empty cell in a closing row is not totalled (a dash is nil as typed): nothing to compare.
  if (cell.amount.kind === "nihil" && cell.amount.empty) return false;
  // A closing row with no rows read above it closes nothing that can be recomputed: never "0 volgt".
  options = options.filter((parts) => parts.length > 0);
  // A column of percentages (a Kans, a share) adds up only where its Totaal holds a figure; shown as one.
  const percent = options.some((parts) => parts.some((p) => isPercent(p.cells[c])));
  if (percent && cell.amount.kind !== "getal") return false;
  const sums = options.map((parts) => sumOf(parts.map((p) => p.cells[c])));
  const found = valueOf(cell)!;
  if (sums.some((s) => s !== undefined && s.equals(found))) return true;
  const best = sums.find((s): s is Decimal => s !== undefined);
  if (!best) return false;
  const parts = options[sums.indexOf(best)];
  ctx.compare({
    ref: cell.ref,
    found: percent
      ? asPercentage(
          cell.amount,
          parts.map((p) => p.cells[c])
        )
      : cell.amount,
    expected: best,
    what: `${grid.title}, ${row.label.trim()}, ${grid.headers[c]}`,
    cells: parts.map((p) => p.cells[c].ref),
    grid,
    // A closing row the table's structure does not make certain (a Saldo, a Verwacht ...) is no fout.
    uncertain: !certain,
  });
  return true;
}

function isPercent(cell: AmountCell): boolean {
  return cell.amount.kind === "getal" && cell.amount.percent;
}

/** A Totaal under percentages, shown as one even when its own cell has no percent format (1 is 100%). */
function asPercentage(found: Amount, parts: readonly AmountCell[]): Amount {
  if (found.kind !== "getal" || found.percent) return found;
  const decimals = Math.max(
    ...parts.map((p) => (p.amount.kind === "getal" && p.amount.percent ? p.amount.decimals : 2))
  );
  return { ...found, percent: true, decimals: Math.max(found.decimals, decimals) };
}

/** A table no Berap kind knows: hired staff per team; the Totaal of the prognose given. */
const inhuur = (totaalPrognose: number) => ({
  Personeel: [
    ["Inhuur derden 2025 (x EUR 1.000)"],
    ["Team", "Begroot", "Prognose"],
    ["Jeugdgezondheidszorg", 120, 146],
    ["Infectieziektebestrijding", 85, 97],
    ["Bedrijfsvoering", 64, 58],
    ["Totaal", 269, totaalPrognose],
  ],
});

export const tabelTotalen = defineRule({
  meta: {
    id: "tabel-totalen",
    naam: "Totalen van een tabel",
    beschrijving:
      "Elke tabel met een kolom omschrijvingen en kolommen met bedragen, herkend of niet: een Totaal of Subtotaal is de som van de regels die hij afsluit (ook bij groepen met hun som boven de posten). Een tabel die niet als Berap-tabel is herkend, krijgt alleen deze controle, en een melding dat dat zo is; heeft ze geen Totaal-regel om na te rekenen, dan zegt de melding dat ze niet gecontroleerd is.",
    ernst: "fout",
    messages: {
      nietHerkend:
        "Tabel '{{titel}}' ({{blad}}!{{bereik}}, kopregel {{kop}}) niet herkend als Berap-tabel: alleen totalen gecontroleerd.",
      nietHerkendNietGecontroleerd:
        "Tabel '{{titel}}' ({{blad}}!{{bereik}}, kopregel {{kop}}) niet herkend als Berap-tabel en zonder Totaal-regel om na te rekenen: niet gecontroleerd.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Een tabel die geen Berap-tabel is, krijgt alleen deze controle (en een melding dat ze niet herkend is): 120 + 85 + 64 = 269 en 146 + 97 + 58 = 301.",
        bladen: inhuur(301),
      },
      kloptNiet: {
        uitleg: "Totaal prognose staat op 310, maar 146 + 97 + 58 = 301 (verschil 9).",
        bladen: inhuur(310),
      },
    },
  },
  check(ctx) {
    for (const grid of ctx.berap.grids) {
      const kind = TABLE_KINDS.find((k) => k.id === grid.kind);
      if (grid.kind === "onbekend") {
        // Said only of a total that was recomputed: never "gecontroleerd" where nothing was.
        const checked = checkTotals(ctx, grid, true) > 0;
        ctx.report({
          ref: { sheet: grid.sheet, row: grid.headerRow, col: grid.left },
          ernst: "info",
          messageId: checked ? "nietHerkend" : "nietHerkendNietGecontroleerd",
          data: {
            titel: grid.title,
            blad: grid.sheet,
            bereik: gridRange(grid),
            kop: cellAddress(grid.headerRow, grid.left),
          },
          grid,
        });
      } else if (kind?.genericTotals && grid.kind !== "ziekteverzuim") checkTotals(ctx, grid, true);
    }
  },
});
