import { Decimal } from "../../calc";
import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { Grid } from "../tables/types";
import { gridsOf, headerOf } from "./helpers";
import { defineRule, RuleContext } from "./rule";
import { wijzigingTriples } from "./wijziging-tabellen";

const ZERO = new Decimal(0);

/**
 * A technische wijziging moves budget between lines or programmes: its title or a header says so, or the
 * title at the top of its sheet ("Technische begrotingswijziging 2026" above the tables).
 */
function isTechnisch(ctx: RuleContext, ...grids: Grid[]): boolean {
  return grids.some((grid) =>
    [grid.title, ...grid.headers, ctx.berap.sheetTitles?.[grid.sheet] ?? ""].some((t) =>
      /\btechnisch/.test(normalizeLabel(t))
    )
  );
}

/** A technische wijziging in x EUR 1.000, GGD Twente's change of baten given (the rest follows from it). */
const wijziging = (ggdBaten: number) => {
  const g = 120 - ggdBaten;
  const header = ["Lasten", "Baten", "Saldo"];
  return {
    Begrotingswijziging: [
      ["Technische begrotingswijziging 2025"],
      ["Bedragen x EUR 1.000"],
      [],
      [
        null,
        "Begroting voor wijziging",
        null,
        null,
        "Wijziging",
        null,
        null,
        "Begroting na wijziging",
      ],
      ["Programma", ...header, ...header, ...header],
      ["GGD Twente", 38110, 13888, 24222, 120, ggdBaten, g, 38230, 13888 + ggdBaten, 24222 + g],
      ["OZJT", 3539, 578, 2961, -45, -45, "-", 3494, 533, 2961],
      ["Totaal", 41649, 14466, 27183, 75, ggdBaten - 45, g, 41724, 14421 + ggdBaten, 27183 + g],
    ],
  };
};

export const technischeWijziging = defineRule({
  meta: {
    id: "technische-wijziging",
    naam: "Technische wijziging laat het saldo gelijk",
    beschrijving:
      "Een technische begrotingswijziging (titel, kop of de titel boven aan het blad noemt haar technisch) verschuift alleen budget: op de Totaal-regel is het saldo van de wijziging 0 (zonder saldokolom: de wijziging van de lasten is gelijk aan die van de baten), in één brede tabel en evengoed als drie losse tabellen (voor wijziging, wijziging, na wijziging); in een tabel met één bedrag per programma alleen als dat bedrag het saldo of de bijdrage is.",
    ernst: "fout",
    messages: {
      geenTotaal:
        "{{tabel}}: technische begrotingswijziging zonder Totaal-regel; niet gecontroleerd of het totale saldo gelijk blijft.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "GGD Twente krijgt 120 meer lasten en 120 meer baten, OZJT 45 minder van beide: de wijziging is op de Totaal-regel 75 lasten, 75 baten, saldo 0.",
        bladen: wijziging(120),
      },
      kloptNiet: {
        uitleg:
          "Bij GGD Twente stijgen de baten met 100, niet met 120: de wijziging van het saldo is 120 - 100 = 20, en op de Totaal-regel 75 - 55 = 20 waar een technische wijziging 0 laat.",
        bladen: wijziging(100),
      },
    },
  },
  check(ctx) {
    const wide = gridsOf(ctx, "begrotingswijziging").filter((g) => isTechnisch(ctx, g));
    for (const grid of wide) checkTotal(ctx, grid, "wijziging-");
    // One amount per row: only a saldo (gemeentelijke bijdrage) stays equal; lasten alone may rise with baten.
    for (const grid of gridsOf(ctx, "wijziging-per-bedrag"))
      if (isTechnisch(ctx, grid) && namesSaldo(grid)) checkTotal(ctx, grid, "", "wijziging");
    // Three tables (voor, wijziging, na): the wijziging's own lasten, baten and saldo.
    for (const triple of wijzigingTriples(ctx).triples)
      if (isTechnisch(ctx, triple.voor, triple.wijziging, triple.na))
        checkTotal(ctx, triple.wijziging, "");
  },
});

/** True when the amount of a one-amount table is a saldo: its title or a header says saldo or bijdrage. */
function namesSaldo(grid: Grid): boolean {
  return [grid.title, ...grid.headers].some((t) =>
    /\bsaldo\b|\bbijdrage\b/.test(normalizeLabel(t))
  );
}

/** The change of the total saldo is 0 (without a saldo column: the change of lasten equals that of baten). */
function checkTotal(
  ctx: RuleContext,
  grid: Grid,
  prefix: string,
  saldoRole = `${prefix}saldo`
): void {
  // The grand total is the last Totaal: a Subtotaal closes only a group of programmes.
  const total = [...grid.rows]
    .reverse()
    .find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));
  if (!total) {
    // The header's first cell: the finding is about the table.
    const ref = { sheet: grid.sheet, row: grid.headerRow, col: grid.left };
    ctx.report({
      ref,
      ernst: "info",
      messageId: "geenTotaal",
      data: { tabel: grid.title },
      grid,
    });
    return;
  }
  const saldo = total.cell(saldoRole);
  const lasten = total.cell(`${prefix}lasten`);
  const baten = total.cell(`${prefix}baten`);
  if (saldo)
    ctx.compare({
      ref: saldo.ref,
      found: saldo.amount,
      expected: ZERO,
      what: `${grid.title}, ${total.label}, ${headerOf(grid, saldoRole)} (technische wijziging)`,
      grid,
    });
  else if (lasten && baten?.amount.kind === "getal")
    ctx.compare({
      ref: lasten.ref,
      found: lasten.amount,
      expected: baten.amount.value,
      what: `${grid.title}, ${total.label}, ${headerOf(grid, `${prefix}lasten`)} tegen de baten (technische wijziging)`,
      cells: [baten.ref],
      grid,
    });
}
