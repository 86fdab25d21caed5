import { isSubtotalLabel, isTotalLabel, normalizeLabel } from "../tables/labels";
import { Grid } from "../tables/types";
import { check, checkClosingRows, gridsOf, sumOf, valueOf } from "./helpers";
import { summaryColumns } from "./summary";
import { Rule } from "./rule";

const isSaldo = (label: string) => /^saldo/.test(normalizeLabel(label));

export const lastenBaten: Rule = {
  id: "lasten-baten",
  beschrijving:
    "Lasten en baten per programma: verschil = prognose - actueel begroot; het Subtotaal telt op; Saldo = lasten - baten en sluit aan op het jaarrekeningresultaat.",
  ernst: "fout",
  check(ctx) {
    const grids = gridsOf(ctx, "lasten-baten");
    for (const grid of grids) {
      checkClosingRows(ctx, grid, [0, 1, 2], (r) => isSaldo(r.label));
      for (const row of grid.rows.filter((r) => !isSaldo(r.label))) {
        const [begroot, prognose] = [valueOf(row.cells[0]), valueOf(row.cells[1])];
        if (begroot !== undefined && prognose !== undefined)
          check(
            ctx,
            row.cells[2],
            prognose.minus(begroot),
            `${grid.title}, ${row.label}, verschil`
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
        for (const c of [0, 1]) {
          const l = valueOf(lasten?.cells[c]);
          const b = valueOf(baten?.cells[c]);
          if (l !== undefined && b !== undefined)
            check(
              ctx,
              saldo.cells[c],
              l.minus(b),
              `${grid.title}, ${saldo.label}, ${grid.headers[c]}`
            );
        }
        const [begroot, prognose] = [valueOf(saldo.cells[0]), valueOf(saldo.cells[1])];
        if (begroot !== undefined && prognose !== undefined)
          check(
            ctx,
            saldo.cells[2],
            begroot.minus(prognose),
            `${grid.title}, ${saldo.label}, verschil`
          );
        const summary = gridsOf(ctx, "samenvatting")[0];
        const summaryTotal = summary?.rows.find((r) => isTotalLabel(r.label));
        const col = summary ? summaryColumns(summary).get("jaarrekening") : undefined;
        if (summaryTotal && col !== undefined) {
          check(
            ctx,
            saldo.cells[2],
            sumOf([summaryTotal.cells[col]]),
            `${grid.title}, ${saldo.label}, verschil tegen het jaarrekeningresultaat in de samenvatting`
          );
        }
      }
    }
  },
};
