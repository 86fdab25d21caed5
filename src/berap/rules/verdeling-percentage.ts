import {
  classifyDifference,
  Decimal,
  formatDutchNumber,
  formatDutchPercentage,
  keyOfShare,
  round,
  roundingBand,
  shareByKey,
} from "../../calc";
import { isSubtotalLabel, isTotalLabel } from "../tables/labels";
import { AmountCell, Grid } from "../tables/types";
import { gridsOf, sumOf, valueOf } from "./helpers";
import { checkClosingRows } from "./closingRows";
import { defineRule, RuleContext } from "./rule";
import {
  cellName,
  Column,
  decimalsOf,
  fits,
  Key,
  keyText,
  readKeys,
  report,
} from "./verdelingKeys";

/** 250.000 over five municipalities by a key printed in percentages; `bedragen` per row, `sleutels` too. */
const kennispunt = (sleutels: string[], bedragen: number[]) => ({
  Verdeling: [
    ["Verdeling bijdrage Kennispunt Twente (bedragen in €)"],
    ["Gemeente", "Verdeelsleutel %", "Bijdrage"],
    ...["Almelo", "Borne", "Enschede", "Hengelo", "Oldenzaal"].map((g, i) => [
      g,
      sleutels[i],
      bedragen[i],
    ]),
    ["Totaal", "100,00%", 250000],
  ],
});

export const verdelingPercentage = defineRule({
  meta: {
    id: "verdeling-percentage",
    naam: "Verdeling naar een verdeelsleutel in procenten",
    beschrijving:
      "Verdeling over de gemeenten met een verdeelsleutel in procenten (zonder kolom inwoners): elk aandeel is het totaal x het percentage van de gemeente. Het percentage is afgerond getoond (12,97% staat voor 12,965% tot 12,975%), dus een aandeel mag zoveel afwijken als die afronding toelaat. Een sleutel van aantallen (jeugdigen, leerlingen) met hun som als Totaal verdeelt naar rato: 2.500 op 10.000 is 25%, exact. De percentages tellen op tot het totaal en de aandelen tot het bedrag, op de afronding na. Klopt een aandeel niet met zijn percentage, dan is het aandeel de fout; verklaart één verkeerd percentage zowel dat aandeel als het totaal van de percentages, dan is dat percentage de fout. Volgen alle aandelen een ander totaalbedrag, dan is het totaal de fout.",
    ernst: "fout",
    messages: {
      aandeelKloptNiet:
        "{{wat}}: {{gevonden}} staat er; {{sleutel}} van {{bedrag}} is {{verwacht}} (verschil {{verschil}}, meer dan de afronding van het percentage toelaat).",
      sleutelKloptNiet:
        "{{wat}}: {{gevonden}} staat er; het aandeel ({{aandeel}} van {{bedrag}}) is met {{verwacht}} berekend, en met {{verwacht}} tellen de percentages op tot {{totaal}}.",
      totaalKloptNiet:
        "{{wat}}: {{gevonden}} staat er; de aandelen volgen de percentages van {{verwacht}} en tellen daartoe op.",
      sleutelOnduidelijk:
        "{{tabel}}: de verdeelsleutel telt niet op tot 100% (samen {{som}}): de aandelen zijn niet gecontroleerd.",
      geenTotaal:
        "{{tabel}}: geen Totaal-regel met het bedrag dat verdeeld wordt: de aandelen zijn niet gecontroleerd.",
      nietGecontroleerd: "{{wat}}: niet gecontroleerd, want {{cel}} bevat geen bedrag.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "250.000 naar 20,00% / 10,00% / 35,00% / 25,00% / 10,00%: 50.000, 25.000, 87.500, 62.500 en 25.000; samen 100% en 250.000.",
        bladen: kennispunt(
          ["20,00%", "10,00%", "35,00%", "25,00%", "10,00%"],
          [50000, 25000, 87500, 62500, 25000]
        ),
      },
      kloptNiet: {
        uitleg:
          "Bij Enschede staat 88.000 waar 35,00% van 250.000 = 87.500 is (verschil 500; 34,995% tot 35,005% geeft 87.488 tot 87.513); bij Hengelo 62.000 waar 62.500 is. De kolom telt nog op tot 250.000: de twee aandelen zijn omgewisseld, en elk is een fout.",
        bladen: kennispunt(
          ["20,00%", "10,00%", "35,00%", "25,00%", "10,00%"],
          [50000, 25000, 88000, 62000, 25000]
        ),
      },
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "verdeling-percentage")) checkTable(ctx, grid);
  },
});

function checkTable(ctx: RuleContext, grid: Grid): void {
  const keyCol = grid.roles.indexOf("sleutel");
  const totalAt = grid.rows.findIndex((r) => isTotalLabel(r.label));
  if (totalAt < 0) {
    report(ctx, grid, grid.rows[0]?.cells[keyCol], "info", "geenTotaal", { tabel: grid.title });
    return;
  }
  const total = grid.rows[totalAt];
  const body = grid.rows.slice(0, totalAt).filter((r) => !isSubtotalLabel(r.label));
  const keyColumn = readKeys(ctx, grid, keyCol, body, total);
  // Percentages that are no key (growth per municipality): the table's totals, as any table's.
  if (!keyColumn) return checkClosingRows(ctx, grid, "all");
  const { keys, total: keyTotal } = keyColumn;
  const keyed = new Set(keys.map((k) => k.row));
  const fixedRows = body.filter((r) => !keyed.has(r) && r.cells[keyCol]?.amount.kind === "nihil");
  const columns: Column[] = [];
  grid.headers.forEach((header, c) => {
    if (c === keyCol) return;
    const totalCell = total.cells[c];
    const amount = valueOf(totalCell);
    const fixed = sumOf(fixedRows.map((r) => r.cells[c]));
    if (!totalCell || amount === undefined || fixed === undefined) return;
    columns.push({
      header,
      total: totalCell,
      base: amount.minus(fixed),
      fixed,
      shares: keys.map((k) => k.row.cells[c]),
    });
  });
  const keySlip = keyTotal && keySlipOf(keys, columns, keyTotal, ctx.tolerance);
  if (keySlip) reportKeySlip(ctx, grid, keys, keySlip, columns[0], keyTotal);
  else if (keyTotal) checkKeyTotal(ctx, grid, keys, keyTotal, `${grid.title}, ${total.label}`);
  for (const column of columns)
    checkColumn(ctx, grid, keys, column, keySlip?.key, `${grid.title}, ${total.label}`);
}

/**
 * The one key that explains both its row and the key column's total: its shares all miss it, the key they
 * show fits them all, and with that key the keys add up to their Totaal where they did not before.
 */
function keySlipOf(keys: readonly Key[], columns: readonly Column[], keyTotal: Key, slack: number) {
  const printed = keyTotal.value;
  if (columns.length === 0 || columns[0].base.isZero()) return undefined;
  const band = keys.reduce(
    (b, k) => b.plus(roundingBand(1, Math.min(k.decimals, 10))),
    new Decimal(0)
  );
  const sum = keys.reduce((s, k) => s.plus(k.value), new Decimal(0));
  if (printed.minus(sum).abs().lte(band)) return undefined;
  const found: { key: Key; shows: Decimal }[] = [];
  keys.forEach((key, i) => {
    const share = valueOf(columns[0].shares[i]);
    if (share === undefined) return;
    if (columns.every((col) => fits(col.shares[i], col.base, key.value, key.decimals, slack)))
      return;
    const shows = keyOfShare(share, columns[0].base, Math.min(key.decimals, 10));
    if (!columns.every((col) => fits(col.shares[i], col.base, shows, key.decimals, slack))) return;
    if (printed.minus(sum.minus(key.value).plus(shows)).abs().lte(band)) found.push({ key, shows });
  });
  return found.length === 1 ? found[0] : undefined;
}

function reportKeySlip(
  ctx: RuleContext,
  grid: Grid,
  keys: readonly Key[],
  slip: { key: Key; shows: Decimal },
  column: Column,
  keyTotal: Key
): void {
  const { key, shows } = slip;
  const decimals = Math.max(0, key.decimals - 2);
  const share = valueOf(column.shares[keys.indexOf(key)])!;
  report(
    ctx,
    grid,
    key.cell,
    "fout",
    "sleutelKloptNiet",
    {
      wat: `${grid.title}, ${key.row.label}, ${grid.headers[grid.roles.indexOf("sleutel")]}`,
      gevonden: formatDutchPercentage(key.value, decimals),
      verwacht: formatDutchPercentage(shows, decimals),
      aandeel: formatDutchNumber(share, decimalsOf(column.shares[keys.indexOf(key)])),
      bedrag: formatDutchNumber(column.base, decimalsOf(column.total)),
      totaal: formatDutchPercentage(keyTotal.value, Math.max(0, keyTotal.decimals - 2)),
    },
    { verwacht: shows.times(key.scale).toNumber(), gevonden: key.value.times(key.scale).toNumber() }
  );
}

/** The keys add up to their Totaal, within the rounding of each key. */
function checkKeyTotal(
  ctx: RuleContext,
  grid: Grid,
  keys: readonly Key[],
  keyTotal: Key,
  what: string
): void {
  const sum = keys.reduce((s, k) => s.plus(k.value), new Decimal(0));
  const band = keys.reduce(
    (b, k) => b.plus(roundingBand(1, Math.min(k.decimals, 10))),
    new Decimal(0)
  );
  const show = (d: Decimal) => formatDutchPercentage(d, Math.max(0, keyTotal.decimals - 2));
  const wat = `${what}, ${grid.headers[grid.roles.indexOf("sleutel")]}`;
  differs(
    ctx,
    grid,
    keyTotal.cell,
    keyTotal.value,
    sum,
    band,
    wat,
    show,
    keyTotal.decimals,
    keyTotal.scale
  );
}

/**
 * A Totaal that adds up the shares as printed, while every share but one follows its key of another amount
 * (the amount the key distributes): that one share is the slip, and the Totaal followed it (a SUM of the
 * shares). The column is then read against that amount, so the findings are the share and the Totaal, not
 * every share. Undefined when the shares follow the Totaal, or when more than one share could be the slip.
 */
function oneShareOff(
  keys: readonly Key[],
  column: Column,
  keySlip: Key | undefined,
  slack: number
): Column | undefined {
  const sum = sumOf(column.shares);
  const printed = valueOf(column.total);
  if (!sum || !printed || !sum.plus(column.fixed).equals(printed) || keys.length < 3)
    return undefined;
  const fitsBy = (base: Decimal, i: number) =>
    keys[i] === keySlip || fits(column.shares[i], base, keys[i].value, keys[i].decimals, slack);
  if (keys.filter((_, i) => !fitsBy(column.base, i)).length < 2) return undefined;
  let found: Column | undefined;
  for (let i = 0; i < keys.length; i++) {
    const others = keys.map((_, j) => j).filter((j) => j !== i);
    const keySum = others.reduce((s, j) => s.plus(keys[j].value), new Decimal(0));
    const shareSum = sumOf(others.map((j) => column.shares[j]));
    if (!shareSum || keySum.isZero()) continue;
    const base = round(shareSum.div(keySum), decimalsOf(column.total));
    if (base.equals(column.base) || fitsBy(base, i) || !others.every((j) => fitsBy(base, j)))
      continue;
    if (found) return undefined; // two shares could each be the slip: no certainty which
    found = { ...column, base };
  }
  return found;
}

/**
 * Every share against its key; then the column's Totaal. A Totaal that every share follows under another
 * amount is the slip itself; otherwise the shares that miss their key are, and the Totaal is checked against
 * the shares as they should be.
 */
function checkColumn(
  ctx: RuleContext,
  grid: Grid,
  keys: readonly Key[],
  column: Column,
  keySlip: Key | undefined,
  what: string
): void {
  column = oneShareOff(keys, column, keySlip, ctx.tolerance) ?? column;
  const misses = keys
    .map((key, i) => ({ key, share: column.shares[i] }))
    .filter(
      ({ key, share }) =>
        key !== keySlip && !fits(share, column.base, key.value, key.decimals, ctx.tolerance)
    );
  const sum = sumOf(column.shares);
  const printed = valueOf(column.total)!;
  const wat = `${what}, ${column.header}`;
  const show = (d: Decimal) => formatDutchNumber(d, decimalsOf(column.total));
  if (sum === undefined) {
    const unread = column.shares.find((s) => s && valueOf(s) === undefined)!;
    report(ctx, grid, column.total, "info", "nietGecontroleerd", { wat, cel: cellName(unread) });
  }
  // The shares all follow their keys of the amount they add up to: the Totaal is what is wrong.
  const followed = sum?.plus(column.fixed);
  if (
    sum &&
    followed &&
    misses.length > 0 &&
    !followed.equals(printed) &&
    keys.every(
      (k, i) => k === keySlip || fits(column.shares[i], sum, k.value, k.decimals, ctx.tolerance)
    )
  ) {
    report(
      ctx,
      grid,
      column.total,
      "fout",
      "totaalKloptNiet",
      {
        wat,
        gevonden: show(printed),
        verwacht: show(followed),
      },
      { verwacht: followed.toNumber(), gevonden: printed.toNumber() }
    );
    return;
  }
  let corrected = sum === undefined ? undefined : column.fixed;
  const closes = followed !== undefined && followed.equals(printed);
  keys.forEach((key, i) => {
    const cell = column.shares[i];
    const miss = misses.some((m) => m.key === key);
    const expected = shareByKey(column.base, key.value, {
      keyDecimals: Math.min(key.decimals, 10),
      decimals: decimalsOf(cell),
    }).share;
    if (corrected !== undefined) corrected = corrected.plus(miss ? expected : (valueOf(cell) ?? 0));
    if (!cell || key === keySlip) return;
    const found = valueOf(cell);
    if (!miss) {
      // Beyond the key's rounding by no more than the tolerance: an afrondingsverschil, unless the column
      // closes exactly on its Totaal (made sluitend, by largest remainder).
      if (fits(cell, column.base, key.value, key.decimals) || closes) return;
      const d = decimalsOf(cell);
      report(
        ctx,
        grid,
        cell,
        "waarschuwing",
        "afrondingsverschil",
        {
          wat: `${grid.title}, ${key.row.label}, ${column.header}`,
          gevonden: formatDutchNumber(found!, d),
          verwacht: formatDutchNumber(expected, d),
        },
        { verwacht: expected.toNumber(), gevonden: found!.toNumber() }
      );
      return;
    }
    if (found === undefined) return;
    report(
      ctx,
      grid,
      cell,
      "fout",
      "aandeelKloptNiet",
      {
        wat: `${grid.title}, ${key.row.label}, ${column.header}`,
        gevonden: formatDutchNumber(found, decimalsOf(cell)),
        verwacht: formatDutchNumber(expected, decimalsOf(cell)),
        verschil: formatDutchNumber(found.minus(expected), decimalsOf(cell)),
        sleutel: keyText(key),
        bedrag: formatDutchNumber(column.base, decimalsOf(column.total)),
      },
      { verwacht: expected.toNumber(), gevonden: found.toNumber() }
    );
  });
  if (corrected === undefined) return;
  // Rounded shares need not add up exactly: half a unit each, and the keys' own rounding of the amount.
  const keyBand = keys.reduce(
    (b, k) => b.plus(roundingBand(1, Math.min(k.decimals, 10))),
    new Decimal(0)
  );
  // With every share as printed, the Totaal is their plain sum: only the tolerance, no key's rounding.
  const band =
    misses.length === 0
      ? new Decimal(10).pow(-decimalsOf(column.total)).times(ctx.tolerance)
      : roundingBand(keys.length, decimalsOf(column.total)).plus(keyBand.times(column.base.abs()));
  if (misses.length > 0 && printed.minus(corrected).abs().lte(band)) return;
  differs(ctx, grid, column.total, printed, corrected, band, wat, show, decimalsOf(column.total));
}

/** Reports a printed total against what it should be: within `band` an afrondingsverschil, beyond it a fout. */
function differs(
  ctx: RuleContext,
  grid: Grid,
  cell: AmountCell,
  printed: Decimal,
  expected: Decimal,
  band: Decimal,
  wat: string,
  show: (d: Decimal) => string,
  /** The decimals the printed figure is shown with (of the fraction, for a key). */
  decimals: number,
  /** 100 for a key typed in percents: the figures as the cell shows them. */
  scale = 1
): void {
  // As the cell shows them: keys cached as full-precision fractions add up to 1,0000000000000002, which a
  // cell of 0,00% shows as the 100,00% it should be.
  const shown = Math.min(decimals, 10);
  if (round(printed, shown).equals(round(expected, shown))) return;
  const status = classifyDifference(printed.minus(expected), band);
  if (status === "klopt") return;
  const rounding = status === "afrondingsverschil";
  report(
    ctx,
    grid,
    cell,
    rounding ? "waarschuwing" : "fout",
    rounding ? "afrondingsverschil" : "bedragKloptNiet",
    {
      wat,
      gevonden: show(printed),
      verwacht: show(expected),
      verschil: show(printed.minus(expected)),
    },
    { verwacht: expected.times(scale).toNumber(), gevonden: printed.times(scale).toNumber() }
  );
}
