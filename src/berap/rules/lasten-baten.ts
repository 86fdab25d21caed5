import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { Decimal } from "../../calc";
import { Grid } from "../tables/types";
import {
  check,
  gridsOf,
  hasOwnRows,
  headerOf,
  showsWithinTolerance,
  sumOf,
  valueOf,
} from "./helpers";
import { checkClosingRows } from "./closingRows";
import { projectenbudget } from "../tables/kinds/projectenbudget";
import { defineRule, RuleContext } from "./rule";
import { votesOf } from "./rol-relatie";
import { RoleRelation } from "../tables/kinds";

const isSaldo = (label: string) => /^saldo/.test(normalizeLabel(label));

/** Lasten and baten of two programmes with the saldo; OZJT's verschil in lasten given. */
const afwijkingen = (ozjtVerschil: number) => ({
  Begrotingsafwijkingen: [
    ["Lasten"],
    ["Programma", "Actueel begroot", "Prognose", "Verschil"],
    ["GGD Twente", 38110, 37774, -336],
    ["OZJT", 3539, 3727, ozjtVerschil],
    ["Subtotaal basistaken", 41649, 41501, -148],
    [],
    ["Baten"],
    ["Programma", "Actueel begroot", "Prognose", "Verschil"],
    ["GGD Twente", 13888, 14413, 525],
    ["OZJT", 578, 622, 44],
    ["Subtotaal basistaken", 14466, 15035, 569],
    ["Saldo (verwacht jaarrekeningresultaat)", 27183, 26466, 717],
  ],
});

export const lastenBaten = defineRule({
  meta: {
    id: "lasten-baten",
    naam: "Lasten en baten",
    beschrijving:
      "Lasten en baten per programma: verschil = prognose - actueel begroot; een kolom in procenten is het verschil in procenten van de begroting (of de prognose in procenten ervan: wat de meeste regels laten zien); het Subtotaal telt op; Saldo = lasten - baten en sluit aan op het jaarrekeningresultaat.",
    ernst: "fout",
    messages: {
      procentNietTeLezen:
        "{{tabel}}: de kolom '{{kolom}}' is op de meeste regels niet het verschil in procenten van de begroting (en ook niet de prognose in procenten van de begroting): die kolom is niet gecontroleerd.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Verschil = prognose - begroot: 37.774 - 38.110 = -336, 3.727 - 3.539 = 188; Subtotaal lasten 41.649, 41.501, -148; baten 14.466, 15.035, 569; Saldo 41.649 - 14.466 = 27.183, 41.501 - 15.035 = 26.466, voordeel 27.183 - 26.466 = 717.",
        bladen: afwijkingen(188),
      },
      kloptNiet: {
        uitleg:
          "Bij OZJT staat het verschil in de lasten als -188, maar 3.727 - 3.539 = 188 (hogere lasten); het Subtotaal -148 is dan niet de som -336 - 188 = -524.",
        bladen: afwijkingen(-188),
      },
    },
  },
  check(ctx) {
    const grids = gridsOf(ctx, "lasten-baten");
    for (const grid of grids) {
      // A projectenbudget with a Verschil column: its Totaal and saldo are the rule projectenbudget's.
      if (!hasOwnRows(grid, projectenbudget.ownRows!))
        checkClosingRows(ctx, grid, ["begroot", "prognose", "verschil"], (r) => isSaldo(r.label));
      if (grid.roles.includes("procent")) checkPercentages(ctx, grid);
      // Most tables print prognose - begroot; some begroot - prognose (voordelig positive): the rows say.
      const flipped = votesOf(items(grid), VERSCHIL) < 0;
      for (const row of items(grid)) {
        const [begroot, prognose] = [valueOf(row.cell("begroot")), valueOf(row.cell("prognose"))];
        if (begroot !== undefined && prognose !== undefined)
          check(
            ctx,
            row.cell("verschil"),
            flipped ? begroot.minus(prognose) : prognose.minus(begroot),
            `${grid.title}, ${row.label}, verschil`,
            {
              cells: [row.cell("prognose"), row.cell("begroot")],
              plus: [row.cell(flipped ? "begroot" : "prognose")],
              minus: [row.cell(flipped ? "prognose" : "begroot")],
              ambiguous: true,
              grid,
            }
          );
      }
    }
    const total = (g: Grid | undefined) =>
      g?.rows.find((r) => isSubtotalLabel(r.label) || isTotalLabel(r.label));
    const lasten = total(grids.find((g) => /lasten/.test(normalizeLabel(g.title))));
    const baten = total(
      grids.find(
        (g) => /baten/.test(normalizeLabel(g.title)) && !/lasten/.test(normalizeLabel(g.title))
      )
    );
    for (const grid of grids) {
      for (const saldo of grid.rows.filter((r) => isSaldo(r.label))) {
        for (const role of ["begroot", "prognose"]) {
          const l = valueOf(lasten?.cell(role));
          const b = valueOf(baten?.cell(role));
          if (l !== undefined && b !== undefined)
            check(
              ctx,
              saldo.cell(role),
              l.minus(b),
              `${grid.title}, ${saldo.label}, ${headerOf(grid, role)}`,
              {
                cells: [lasten?.cell(role), baten?.cell(role)],
                plus: [lasten?.cell(role)],
                minus: [baten?.cell(role)],
                grid,
              }
            );
        }
        const [begroot, prognose] = [
          valueOf(saldo.cell("begroot")),
          valueOf(saldo.cell("prognose")),
        ];
        // A table whose rows print begroot - prognose may print its saldo either way: the one it shows.
        const saldoFlipped = votesOf(items(grid), VERSCHIL) < 0 && votesOf([saldo], VERSCHIL) >= 0;
        if (begroot !== undefined && prognose !== undefined)
          check(
            ctx,
            saldo.cell("verschil"),
            saldoFlipped ? prognose.minus(begroot) : begroot.minus(prognose),
            `${grid.title}, ${saldo.label}, verschil`,
            {
              plus: [saldo.cell(saldoFlipped ? "prognose" : "begroot")],
              minus: [saldo.cell(saldoFlipped ? "begroot" : "prognose")],
              ambiguous: true,
              grid,
            }
          );
        const summary = gridsOf(ctx, "samenvatting")[0];
        const summaryTotal = summary?.rows.find((r) => isTotalLabel(r.label));
        if (summaryTotal?.cell("jaarrekening")) {
          check(
            ctx,
            saldo.cell("verschil"),
            sumOf([summaryTotal.cell("jaarrekening")]),
            `${grid.title}, ${saldo.label}, verschil tegen het jaarrekeningresultaat in de samenvatting`,
            { plus: [summaryTotal.cell("jaarrekening")] }
          );
        }
      }
    }
  },
});

const items = (grid: Grid) => grid.rows.filter((r) => !isSaldo(r.label));

/** verschil = prognose - begroot; the rows that show it the other way round count against it (votesOf). */
const VERSCHIL: RoleRelation = { result: "verschil", plus: ["prognose"], minus: ["begroot"] };

/**
 * The ways a percentage column of a lasten-baten table is made, as a fraction of the begroting: the
 * difference with either sign, or the prognose itself. The difference is prognose - begroot as it should
 * be, not the printed verschil: a slip in the verschil is that cell's finding, not also its percentage's.
 */
const PERCENT_READINGS: readonly ((begroot: Decimal, prognose: Decimal) => Decimal)[] = [
  (b, p) => p.minus(b).div(b),
  (b, p) => b.minus(p).div(b),
  (b, p) => p.div(b),
];

/**
 * The percentage column: the verschil as a percentage of the begroting (with either sign), or the prognose
 * as one, whichever most rows show at their printed precision; each row is then checked by that reading.
 * A column that no reading explains on most rows is no such percentage: one waarschuwing, no fout.
 */
function checkPercentages(ctx: RuleContext, grid: Grid): void {
  const rows = grid.rows
    .map((row) => {
      const [begroot, prognose] = [valueOf(row.cell("begroot")), valueOf(row.cell("prognose"))];
      const cell = row.cell("procent");
      return { row, cell, begroot, prognose, found: valueOf(cell) };
    })
    .filter(
      (r) =>
        r.cell?.amount.kind === "getal" &&
        r.found !== undefined &&
        r.begroot !== undefined &&
        !r.begroot.isZero() &&
        r.prognose !== undefined
    );
  if (rows.length === 0) return;
  // A cell without a % format holds percentage points (5,0 for 5%): the fraction times 100.
  const expected = (r: (typeof rows)[number], i: number) => {
    const fraction = PERCENT_READINGS[i](r.begroot!, r.prognose!);
    return r.cell!.amount.kind === "getal" && !r.cell!.amount.percent
      ? fraction.times(100)
      : fraction;
  };
  const shows = (r: (typeof rows)[number], i: number) =>
    showsWithinTolerance(ctx, r.cell!, expected(r, i));
  const fits = PERCENT_READINGS.map((_, i) => rows.filter((r) => shows(r, i)).length);
  const best = fits.indexOf(Math.max(...fits));
  if (fits[best] * 2 <= rows.length) {
    ctx.report({
      ref: { sheet: grid.sheet, row: grid.headerRow, col: rows[0].cell!.ref.col },
      ernst: "waarschuwing",
      messageId: "procentNietTeLezen",
      data: { tabel: grid.title, kolom: headerOf(grid, "procent") },
      grid,
    });
    return;
  }
  for (const r of rows)
    check(
      ctx,
      r.cell,
      expected(r, best),
      `${grid.title}, ${r.row.label}, ${headerOf(grid, "procent")}`,
      {
        cells: [r.row.cell("prognose"), r.row.cell("begroot")],
        ambiguous: true,
        grid,
      }
    );
}
