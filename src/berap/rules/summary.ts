import { Decimal } from "../../calc";
import { normalizeLabel, programmeOf } from "../tables/labels";
import { AmountCell, Grid, Programme, ResultLineKind } from "../tables/types";
import { check, gridsOf, line, sumOf, valueOf } from "./helpers";
import { Rule } from "./rule";

/** Which summary column holds which result line, by its header. */
const COLUMNS: [RegExp, ResultLineKind][] = [
  [/incl/, "incl-cao"],
  [/bedrijfsresultaat/, "bedrijfsresultaat"],
  [/rente/, "rente"],
  [/jaarrekening/, "jaarrekening"],
  [/cao/, "cao"],
];

export function summaryColumns(grid: Grid): Map<ResultLineKind, number> {
  const map = new Map<ResultLineKind, number>();
  grid.headers.forEach((h, i) => {
    const kind = COLUMNS.find(([p]) => p.test(normalizeLabel(h)))?.[1];
    if (kind && !map.has(kind)) map.set(kind, i);
  });
  return map;
}

export const samenvatting: Rule = {
  id: "samenvatting",
  beschrijving:
    "Samenvatting per programma: elke rij klopt in zich (incl. cao, jaarrekeningresultaat), komt overeen met het blad van het programma, en de Totaal-rij is de som.",
  ernst: "fout",
  check(ctx) {
    for (const grid of gridsOf(ctx, "samenvatting")) {
      const cols = summaryColumns(grid);
      const at = (cells: AmountCell[], kind: ResultLineKind) =>
        cols.has(kind) ? cells[cols.get(kind)!] : undefined;
      const programmeRows = grid.rows.filter((r) => programmeOf(r.label));
      for (const row of grid.rows) {
        const base = valueOf(at(row.cells, "bedrijfsresultaat"));
        const cao = valueOf(at(row.cells, "cao"));
        const rente = valueOf(at(row.cells, "rente")) ?? new Decimal(0);
        const where = `${grid.title}, ${row.label}`;
        if (base !== undefined && cao !== undefined) {
          check(ctx, at(row.cells, "incl-cao"), base.plus(cao), `${where}, incl. cao-ontwikkeling`);
          check(
            ctx,
            at(row.cells, "jaarrekening"),
            base.plus(cao).plus(rente),
            `${where}, jaarrekeningresultaat`
          );
        }
        const p = ctx.berap.programmes.find((q: Programme) => q.name === programmeOf(row.label));
        if (p) {
          for (const [kind, c] of cols) {
            const own = valueOf(line(p, kind));
            if (own !== undefined)
              check(
                ctx,
                row.cells[c],
                own,
                `${where}, ${grid.headers[c]} tegen het blad ${p.sheets[0]}`
              );
          }
        }
        if (/^totaal/.test(normalizeLabel(row.label))) {
          row.cells.forEach((cell, c) =>
            check(
              ctx,
              cell,
              sumOf(programmeRows.map((r) => r.cells[c])),
              `${where}, ${grid.headers[c]}`
            )
          );
        }
      }
    }
  },
};
