import { isSubtotalLabel, isTotalLabel, normalizeLabel, programmeOf } from "../tables/labels";
import { check, gridsOf, line, sumOf, valueOf } from "./helpers";
import { Rule } from "./rule";

const isBaten = (label: string) => /baten/.test(normalizeLabel(label));

export const caoTabel: Rule = {
  id: "cao-tabel",
  beschrijving:
    "Cao-tabel: overschot = begroot - werkelijke stijging (bij baten andersom); Subtotaal en Totaal tellen op; het overschot per programma is de cao-regel op het blad van dat programma.",
  ernst: "fout",
  check(ctx) {
    for (const grid of gridsOf(ctx, "cao")) {
      const [rise, budget, surplus] = [0, 1, 2];
      const programmeRows = grid.rows.filter((r) => programmeOf(r.label) && !isTotalLabel(r.label));
      const subtotal = grid.rows.find((r) => isSubtotalLabel(r.label));
      const batenRows = grid.rows.filter((r) => isBaten(r.label) && !isTotalLabel(r.label));
      for (const row of grid.rows) {
        const where = `${grid.title}, ${row.label}`;
        const s = valueOf(row.cells[rise]);
        const b = valueOf(row.cells[budget]);
        if (s !== undefined && b !== undefined) {
          check(
            ctx,
            row.cells[surplus],
            isBaten(row.label) ? s.minus(b) : b.minus(s),
            `${where}, ${grid.headers[surplus]}`
          );
        }
        const p = ctx.berap.programmes.find((q) => q.name === programmeOf(row.label));
        if (p && !isTotalLabel(row.label))
          check(
            ctx,
            row.cells[surplus],
            valueOf(line(p, "cao")),
            `${where} tegen de cao-regel op het blad ${p.sheets[0]}`
          );
      }
      if (subtotal) {
        for (const c of [rise, budget, surplus])
          check(
            ctx,
            subtotal.cells[c],
            sumOf(programmeRows.map((r) => r.cells[c])),
            `${grid.title}, ${subtotal.label}, ${grid.headers[c]}`
          );
      }
      const total = grid.rows.find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));
      if (total && subtotal) {
        for (const c of [rise, budget]) {
          const sub = valueOf(subtotal.cells[c]);
          const baten = sumOf(batenRows.map((r) => r.cells[c]));
          if (sub && baten)
            check(
              ctx,
              total.cells[c],
              sub.minus(baten),
              `${grid.title}, ${total.label}, ${grid.headers[c]}`
            );
        }
        check(
          ctx,
          total.cells[surplus],
          sumOf([subtotal.cells[surplus], ...batenRows.map((r) => r.cells[surplus])]),
          `${grid.title}, ${total.label}, ${grid.headers[surplus]}`
        );
      }
    }
  },
};
