import { normalizeLabel, programmeOf } from "../tables/labels";
import { Programme, ResultLineKind } from "../tables/types";
import { check, gridsOf, headerOf, line, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

/** The summary's column roles are the programmes' result lines of the same name. */
const LINE_ROLES: ResultLineKind[] = [
  "bedrijfsresultaat",
  "cao",
  "incl-cao",
  "rente",
  "jaarrekening",
];

export const samenvatting = defineRule({
  meta: {
    id: "samenvatting",
    naam: "Samenvatting per programma",
    beschrijving:
      "Samenvatting per programma: elke rij komt overeen met het blad van het programma, en de Totaal-rij is de som. (Incl. cao en jaarrekeningresultaat binnen een rij controleert rol-relatie.)",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "samenvatting")) {
      const roles = LINE_ROLES.filter((r) => grid.roles.includes(r));
      const programmeRows = grid.rows.filter((r) => programmeOf(r.label));
      for (const row of grid.rows) {
        const where = `${grid.title}, ${row.label}`;
        const p = ctx.berap.programmes.find((q: Programme) => q.name === programmeOf(row.label));
        if (p) {
          for (const role of roles) {
            const own = line(p, role);
            if (valueOf(own) !== undefined)
              check(
                ctx,
                row.cell(role),
                valueOf(own),
                `${where}, ${headerOf(grid, role)} tegen het blad ${p.sheets[0]}`,
                {
                  cells: [own],
                  grid,
                }
              );
          }
        }
        if (/^totaal/.test(normalizeLabel(row.label))) {
          for (const role of roles) {
            const parts = programmeRows.map((r) => r.cell(role));
            check(ctx, row.cell(role), sumOf(parts), `${where}, ${headerOf(grid, role)}`, {
              cells: parts,
              grid,
            });
          }
        }
      }
    }
  },
});
