import { projectenbudget as kind } from "../tables/kinds/projectenbudget";
import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { check, gridsOf, hasOwnRows, sumOf, valueOf } from "./helpers";
import { checkClosingRows } from "./closingRows";
import { GridRow } from "../tables/types";
import { defineRule } from "./rule";

/** OZJT's projectenbudget as published; the expected saldo of the prognose given. */
const projecten = (saldoPrognose: number) => ({
  OZJT: [
    ["Projectenbudget OZJT"],
    [null, "2025 Begroting", "2025 Prognose"],
    ["Projecten-/werkbudget beschikbaar", 322, 322],
    ["Opdracht strategische inkoopteam jeugd fase 1, 2, 3 en 4", -36, -43],
    ["Implementatie inkoop Jeugdhulp - fase 'nazorg'", -33, -35],
    ["Projectleider uitloopwerkzaamheden inkoop", -55, -38],
    ["Project indicatoren - 2025", -170, -176],
    ["Overhead Coördinatiepunt Wonen en Verblijf", -28, -28],
    ["Totaal", -322, -320],
    ["Verwacht saldo", "-", saldoPrognose],
  ],
});

export const projectenbudget = defineRule({
  meta: {
    id: "projectenbudget",
    naam: "Projectenbudget",
    beschrijving:
      "Projectenbudget: Totaal is de som van de projecten; het verwachte saldo is het beschikbare budget plus dat Totaal (ook in een kolom Verschil, waarvan lasten en baten elke regel controleert).",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "De gepubliceerde tabel: Totaal -36 - 33 - 55 - 170 - 28 = -322 en -43 - 35 - 38 - 176 - 28 = -320; verwacht saldo 322 - 322 = 0 (een streepje) en 322 - 320 = 2.",
        bladen: projecten(2),
      },
      kloptNiet: {
        uitleg:
          "Het verwachte saldo van de prognose staat op -2: 322 - 320 = 2 is over, geen tekort (verschil -4).",
        bladen: projecten(-2),
      },
    },
  },
  check(ctx) {
    // Without a "beschikbaar" row the table is no projectenbudget to recompute: "tabel-totalen" checks it.
    // With a Verschil column it was read as lasten-baten, which checks the verschil and leaves this the rest.
    const grids = [...gridsOf(ctx, "projectenbudget"), ...gridsOf(ctx, "lasten-baten")];
    for (const grid of grids.filter((g) => hasOwnRows(g, kind.ownRows!))) {
      const available = grid.rows.find((r) => /beschikbaar/.test(normalizeLabel(r.label)));
      const total = grid.rows.find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));
      const saldo = grid.rows.find((r) => /saldo/.test(normalizeLabel(r.label)));
      const notProject = (r: GridRow) => r === available || r === saldo;
      // Projects in groups, each closed by a Subtotaal: the Totaal is the subtotals plus what follows them.
      const grouped = grid.rows.some((r) => isSubtotalLabel(r.label));
      if (grouped) checkClosingRows(ctx, grid, "all", notProject);
      const projects = grid.rows.filter((r) => !notProject(r) && r !== total);
      grid.headers.forEach((h, c) => {
        const items = projects.map((r) => r.cells[c]);
        if (total && !grouped)
          check(ctx, total.cells[c], sumOf(items), `${grid.title}, ${total.label}, ${h}`, {
            plus: items,
          });
        const a = valueOf(available?.cells[c]);
        const t = valueOf(total?.cells[c]);
        if (saldo && a !== undefined && t !== undefined)
          check(ctx, saldo.cells[c], a.plus(t), `${grid.title}, ${saldo.label}, ${h}`, {
            plus: [available?.cells[c], total?.cells[c]],
          });
      });
    }
  },
});
