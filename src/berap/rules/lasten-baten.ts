import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { Grid } from "../tables/types";
import { check, checkClosingRows, gridsOf, headerOf, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

const isSaldo = (label: string) => /^saldo/.test(normalizeLabel(label));

export const lastenBaten = defineRule({
  meta: {
    id: "lasten-baten",
    naam: "Lasten en baten",
    beschrijving:
      "Lasten en baten per programma: verschil = prognose - actueel begroot; het Subtotaal telt op; Saldo = lasten - baten en sluit aan op het jaarrekeningresultaat.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    const grids = gridsOf(ctx, "lasten-baten");
    for (const grid of grids) {
      checkClosingRows(ctx, grid, ["begroot", "prognose", "verschil"], (r) => isSaldo(r.label));
      for (const row of grid.rows.filter((r) => !isSaldo(r.label))) {
        const [begroot, prognose] = [valueOf(row.cell("begroot")), valueOf(row.cell("prognose"))];
        if (begroot !== undefined && prognose !== undefined)
          check(
            ctx,
            row.cell("verschil"),
            prognose.minus(begroot),
            `${grid.title}, ${row.label}, verschil`,
            { cells: [row.cell("prognose"), row.cell("begroot")], grid }
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
              { cells: [lasten?.cell(role), baten?.cell(role)], grid }
            );
        }
        const [begroot, prognose] = [
          valueOf(saldo.cell("begroot")),
          valueOf(saldo.cell("prognose")),
        ];
        if (begroot !== undefined && prognose !== undefined)
          check(
            ctx,
            saldo.cell("verschil"),
            begroot.minus(prognose),
            `${grid.title}, ${saldo.label}, verschil`,
            { grid }
          );
        const summary = gridsOf(ctx, "samenvatting")[0];
        const summaryTotal = summary?.rows.find((r) => isTotalLabel(r.label));
        if (summaryTotal?.cell("jaarrekening")) {
          check(
            ctx,
            saldo.cell("verschil"),
            sumOf([summaryTotal.cell("jaarrekening")]),
            `${grid.title}, ${saldo.label}, verschil tegen het jaarrekeningresultaat in de samenvatting`
          );
        }
      }
    }
  },
});
