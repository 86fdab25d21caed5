import { Decimal } from "../../calc";
import { normalizeLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { check, valueOf } from "./helpers";
import { agrees, defineRule } from "./rule";

const isLasten = (r: GridRow) => /^totaal (de )?lasten\b/.test(normalizeLabel(r.label));
const isBaten = (r: GridRow) => /^totaal (de )?baten\b/.test(normalizeLabel(r.label));
const isSaldo = (r: GridRow) =>
  /^saldo (van )?(de )?(baten en lasten|lasten en baten)\b/.test(normalizeLabel(r.label));

/** A jaarrekening's overview of lasten and baten; the saldo of the realisatie given. */
const overzicht = (saldoRealisatie: number) => ({
  Overzicht: [
    ["Overzicht van baten en lasten 2025"],
    ["Omschrijving", "Begroting na wijziging", "Realisatie"],
    ["GGD Twente", 38110, 37860],
    ["OZJT", 5155, 5190],
    ["Totaal lasten", 43265, 43050],
    ["GGD Twente", 12500, 12730],
    ["OZJT", 255, 240],
    ["Totaal baten", 12755, 12970],
    ["Saldo van baten en lasten", -30510, saldoRealisatie],
  ],
});

export const saldoRegel = defineRule({
  meta: {
    id: "saldo-regel",
    naam: "Saldo van baten en lasten",
    beschrijving:
      "In een tabel met een regel Totaal lasten, een regel Totaal baten en een regel Saldo van baten en lasten is het saldo in elke kolom met bedragen baten - lasten (of lasten - baten: wat de meeste kolommen laten zien). Een kolom Verschil volgt haar eigen teken en wordt hier niet gecontroleerd.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "Saldo = baten - lasten: 12.755 - 43.265 = -30.510 (begroting) en 12.970 - 43.050 = -30.080 (realisatie).",
        bladen: overzicht(-30080),
      },
      kloptNiet: {
        uitleg:
          "Bij de realisatie staat -30.800: 12.970 - 43.050 = -30.080 (twee cijfers omgewisseld, verschil -720).",
        bladen: overzicht(-30800),
      },
    },
  },
  check(ctx) {
    for (const grid of ctx.berap.grids) checkSaldo(ctx, grid);
  },
});

/** The saldo row against the totals above it, in every column, with the sign most columns show. */
function checkSaldo(ctx: Parameters<typeof saldoRegel.check>[0], grid: Grid): void {
  const saldo = grid.rows.find(isSaldo);
  const lasten = grid.rows.find(isLasten);
  const baten = grid.rows.find(isBaten);
  if (!saldo || !lasten || !baten) return;
  // A verschil column follows its own sign convention (voordelig positive: the saldo's verschil is the sum
  // of the lasten's and the baten's), and a percentage is no amount: only the amounts are checked here.
  const amountColumn = (c: number) =>
    grid.roles[c] !== "verschil" &&
    !/verschil|afwijking|%/.test(normalizeLabel(grid.headers[c])) &&
    !(saldo.cells[c].amount.kind === "getal" && saldo.cells[c].amount.percent);
  const columns = grid.headers.map((_, c) => {
    if (!amountColumn(c)) return undefined;
    const [l, b] = [valueOf(lasten.cells[c]), valueOf(baten.cells[c])];
    return l === undefined || b === undefined ? undefined : { c, batenMinLasten: b.minus(l) };
  });
  const shown = (c: number, expected: Decimal) => agrees(saldo.cells[c].amount, expected);
  const [forward, backward] = [1, -1].map(
    (sign) => columns.filter((x) => x && shown(x.c, x.batenMinLasten.times(sign))).length
  );
  for (const x of columns) {
    if (!x) continue;
    // As many columns each way (or none): the sign nearest the figure typed, so a slip is shown as one.
    const found = valueOf(saldo.cells[x.c]);
    const nearest =
      found && found.minus(x.batenMinLasten.negated()).abs().lt(found.minus(x.batenMinLasten).abs())
        ? -1
        : 1;
    const sign = backward > forward ? -1 : forward > backward ? 1 : nearest;
    const [plus, minus] = sign === 1 ? [baten, lasten] : [lasten, baten];
    check(
      ctx,
      saldo.cells[x.c],
      x.batenMinLasten.times(sign),
      `${grid.title}, ${saldo.label.trim()}, ${grid.headers[x.c]}`,
      {
        cells: [plus.cells[x.c], minus.cells[x.c]],
        plus: [plus.cells[x.c]],
        minus: [minus.cells[x.c]],
        grid,
      }
    );
  }
}
