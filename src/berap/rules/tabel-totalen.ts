import { CalcError, Decimal, round, weightedAverage } from "../../calc";
import { Amount } from "../model/amount";
import { cellAddress } from "../model/workbook";
import { TABLE_KINDS } from "../tables/kinds";
import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { AmountCell, Grid, GridRow } from "../tables/types";
import { gridRange } from "./rule";
import { hasOwnRows, hiddenRowsText, isLeftEmpty, isPercent, sumOf, valueOf } from "./helpers";
import { groupsAbove, rowsBelow, sinceHeading } from "./closingRows";
import { signedByMarks } from "./markedSigns";
import { checkSignedRelation, reserveRelationAt } from "./reserveResult";
import { checkSaldo, rowsNamedBy, saldoRows } from "./stackedRows";
import { checkTotalColumns } from "./totalColumns";
import { Comparing, defineRule, RuleContext } from "./rule";

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

/** How many columns of a closing row are exactly the sums of `parts`. */
function agreeing(row: GridRow, parts: readonly GridRow[]): number {
  return row.cells.filter((cell, c) => {
    const found = valueOf(cell);
    return found !== undefined && sumOf(parts.map((p) => p.cells[c]))?.equals(found);
  }).length;
}

/** True when at least two columns, and more than half, of a closing row are exactly one reading's sums. */
function confirmedByColumns(row: GridRow, options: readonly GridRow[][]): boolean {
  const readable = row.cells.filter((cell) => cell.amount.kind === "getal");
  if (readable.length < 3) return false;
  return options.some((parts) => {
    if (parts.length === 0) return false;
    const agree = row.cells.filter((cell, c) => {
      const found = valueOf(cell);
      const sum = sumOf(parts.map((p) => p.cells[c]));
      return cell.amount.kind === "getal" && found !== undefined && sum?.equals(found);
    }).length;
    return agree >= 2 && agree * 2 > readable.length;
  });
}

/**
 * Checks every Totaal, Subtotaal, Saldo and Verwacht row of a table against the rows it closes; returns
 * how many cells it could recompute (0: the table has no closing row with figures under rows read).
 */
function checkTotals(ctx: Comparing, grid: Grid, certain: boolean): number {
  let checked = 0;
  let rows: GridRow[] = [];
  let subtotals: GridRow[] = [];
  let beside: GridRow[] = [];
  let sinceSubtotal: GridRow[] = [];
  // Every row since the last Totaal not read by its name: what a "Totaal lasten" picks its rows from.
  let section: GridRow[] = [];
  const { pairs, convention } = saldoRows(grid);
  for (const [i, row] of grid.rows.entries()) {
    // A Saldo under a Lasten and a Baten row is their difference (stackedRows.ts).
    const pair = pairs.get(i);
    if (pair) {
      checked += checkSaldo(ctx, grid, row, pair, convention, certain);
      section.push(row);
      continue;
    }
    // A resultaat under a saldo and the reserve mutations is their signed sum (reserveResult.ts).
    const reserves = reserveRelationAt(grid.rows, i);
    if (reserves) {
      checked += checkSignedRelation(ctx, grid, reserves, certain);
      section.push(row);
      continue;
    }
    const total = isTotalLabel(row.label) && !isSubtotalLabel(row.label);
    const sub = isSubtotalLabel(row.label);
    const other = !total && !sub && isClosingLabel(row.label) && rows.length > 0;
    if (!total && !sub && !other) {
      rows.push(row);
      sinceSubtotal.push(row);
      section.push(row);
      continue;
    }
    // "Totaal lasten" under programmes stacked as Lasten, Baten, Saldo: the rows labelled Lasten.
    const named = total ? rowsNamedBy(row, section) : undefined;
    if (named) {
      row.cells.forEach((cell, c) => {
        if (checkCell(ctx, grid, row, cell, c, [named], certain)) checked++;
      });
      // What follows closes no rows above a Totaal by name: never all of them summed.
      [rows, subtotals, beside, sinceSubtotal] = [[], [], [], []];
      continue;
    }
    if (!total) section.push(row);
    // A Totaal on top, right under the header, closes the rows below it up to the next closing row.
    const onTop = total && row === grid.rows[0];
    // Groups whose sum stands on the row above their items, known by their arithmetic alone (closingRows.ts).
    const columns = grid.headers.map((header, c) => ({ key: c, header }));
    const groups =
      total && !onTop && subtotals.length === 0
        ? groupsAbove(ctx, grid, row, rows, columns)
        : undefined;
    // A Subtotaal under a block heading may close only the block ("Subtotaal bestemmingsreserves" under
    // "Bestemmingsreserves", the Algemene reserve above the heading): the Totaal's items still count both.
    const block = sub ? sinceHeading(sinceSubtotal) : undefined;
    const options = sub
      ? block && agreeing(row, block) > agreeing(row, sinceSubtotal)
        ? [block, sinceSubtotal]
        : [sinceSubtotal, ...(block ? [block] : [])]
      : onTop
        ? [rowsBelow(grid.rows, (l) => isTotalLabel(l) || isSubtotalLabel(l) || isClosingLabel(l))]
        : groups
          ? [groups.groups.map((g) => g.head)]
          : readings(rows, [...beside, ...subtotals], sinceSubtotal);
    // A Saldo or Verwacht row is certain when its other columns bear the sum out (two or more, and most of
    // them): "Saldo" under two subtotals in 2025 | 2026 | 2027, one year typed wrong.
    const confirmed = other && confirmedByColumns(row, options);
    row.cells.forEach((cell, c) => {
      if (checkCell(ctx, grid, row, cell, c, options, certain && (!other || confirmed))) checked++;
    });
    if (sub) {
      // The rows before the heading of a block its Subtotaal closed stand beside the subtotals.
      if (block && options[0] === block)
        beside.push(...sinceSubtotal.slice(0, sinceSubtotal.length - block.length));
      subtotals.push(row);
      rows.push(row);
      sinceSubtotal = [];
    } else if (total) {
      rows = [];
      subtotals = [];
      beside = [];
      sinceSubtotal = [];
      section = [];
    }
  }
  return checked;
}

/** A silent context only counts what the totals would recompute. */
const SILENT: Comparing = { compare: () => undefined, report: () => undefined, tolerance: 1 };

/** Checks a table's closing rows and Totaal columns; returns how many cells it recomputed. */
function checkTable(ctx: Comparing, grid: Grid): number {
  // A column printed without signs beside V/N marks adds up as the marks mean it.
  const signed = signedByMarks(grid);
  return checkTotals(ctx, signed, true) + checkTotalColumns(ctx, signed);
}

/** True when a table no kind knows has a total this rule recomputes: then the table is checked. */
export function totalsChecked(grid: Grid): boolean {
  return checkTable(SILENT, grid) > 0;
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
  if (isLeftEmpty(cell)) return false;
  // A closing row with no rows read above it closes nothing that can be recomputed: never "0 volgt".
  options = options.filter((parts) => parts.length > 0);
  // A column of percentages (a Kans, a share) adds up only where its Totaal holds a figure; shown as one.
  const percent = options.some((parts) => parts.some((p) => isPercent(p.cells[c])));
  if (percent && cell.amount.kind !== "getal") return false;
  const sums = options.map((parts) => sumOf(parts.map((p) => p.cells[c])));
  const found = valueOf(cell)!;
  if (sums.some((s) => s !== undefined && s.equals(found))) return true;
  if (percent && options.some((parts) => isAverage(grid, cell, c, parts))) return true;
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
    terms: { plus: parts.map((p) => p.cells[c].ref) },
    grid,
    // A closing row the table's structure does not make certain (a Saldo, a Verwacht ...) is no fout.
    uncertain: !certain,
  });
  return true;
}

/**
 * A Totaal of rates (ziekteverzuim per programma: 6,1% over 4,0% to 7,5%) is their average, never their
 * sum: weighted by another column of the table (the fte), or plain, as shown at the Totaal's precision.
 */
function isAverage(grid: Grid, cell: AmountCell, c: number, parts: readonly GridRow[]): boolean {
  const rates = parts.map((p) => valueOf(p.cells[c]));
  if (rates.length < 2 || rates.some((r) => r === undefined) || cell.amount.kind !== "getal")
    return false;
  const found = cell.amount.value;
  // A Totaal of 1 without a percent format stands for 100%: shown at the rates' precision, not as 1.
  const shown = asPercentage(
    cell.amount,
    parts.map((p) => p.cells[c])
  );
  const decimals = shown.kind === "getal" ? Math.min(shown.decimals, 10) : 0;
  const weightsBy = grid.headers
    .map((_, w) =>
      parts.map((p) =>
        w === c || !p.cells[w] || isPercent(p.cells[w]) ? undefined : valueOf(p.cells[w])
      )
    )
    .filter((ws) => ws.every((x) => x !== undefined && !x.isNegative()));
  return [undefined, ...weightsBy].some((weights) => {
    try {
      const average = weightedAverage(rates as Decimal[], weights as Decimal[] | undefined);
      return round(average, decimals).equals(found);
    } catch (e) {
      if (e instanceof CalcError) return false;
      throw e;
    }
  });
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
      "Elke tabel met een kolom omschrijvingen en kolommen met bedragen, herkend of niet: een Totaal of Subtotaal is de som van de regels die hij afsluit (ook bij groepen met hun som boven de posten), en een Saldo onder een regel Lasten en een regel Baten hun verschil, een Geraamd of Gerealiseerd resultaat onder het saldo en de mutaties van de reserves het saldo plus of min die mutaties (hoe de tabel telt, zeggen haar eigen kolommen), en een kolom Totaal de som van de bedragkolommen ervoor op zijn regel (nooit inwoners, aantallen of percentages; is de kolom op de meeste regels geen som, dan een waarschuwing en geen fout). Een tabel die niet als Berap-tabel is herkend, krijgt alleen deze controle, en een melding dat dat zo is; heeft ze geen Totaal-regel om na te rekenen, dan zegt de melding dat ze niet gecontroleerd is.",
    ernst: "fout",
    messages: {
      nietHerkend:
        "Tabel '{{titel}}' ({{blad}}!{{bereik}}, kopregel {{kop}}) niet herkend als Berap-tabel: alleen totalen gecontroleerd.",
      totaalKolomNietTeLezen:
        "{{tabel}}: de kolom '{{kolom}}' is op de meeste regels niet de som van {{kolommen}}: die kolom is niet gecontroleerd.",
      verborgenRijen:
        "{{tabel}}: {{rijen}} verborgen en niet meegeteld, zoals de totalen (SUBTOTAAL) verborgen rijen niet meetellen; verborgen rijen zijn niet gecontroleerd.",
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
      if (grid.hiddenRows) reportHiddenRows(ctx, grid, grid.hiddenRows);
      const kind = TABLE_KINDS.find((k) => k.id === grid.kind);
      if (grid.kind === "onbekend") {
        // Said only of a total that was recomputed: never "gecontroleerd" where nothing was.
        const checked = checkTable(ctx, grid) > 0;
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
      } else if (
        (kind?.genericTotals && grid.kind !== "ziekteverzuim") ||
        (kind?.ownRows && !hasOwnRows(grid, kind.ownRows))
      )
        checkTable(ctx, grid);
    }
  },
});

/** The rows a table's SUBTOTAL totals leave out, left out here too (hiddenRows.ts): said, never silent. */
function reportHiddenRows(ctx: RuleContext, grid: Grid, rows: readonly number[]): void {
  ctx.report({
    ref: { sheet: grid.sheet, row: rows[0], col: grid.left },
    ernst: "info",
    messageId: "verborgenRijen",
    data: {
      tabel: `${grid.sheet}: ${grid.title}`,
      rijen: hiddenRowsText(rows),
    },
    gevonden: rows.length,
    grid,
  });
}
