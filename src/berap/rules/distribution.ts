import { Decimal, gemeenten, lookupGemeente } from "../../calc";
import { isTotalLabel, normalizeLabel } from "../tables/labels";
import { GridRow } from "../tables/types";
import { check, gridsOf, sumOf, valueOf } from "./helpers";
import { Rule } from "./rule";

function municipality(row: GridRow): string | undefined {
  return lookupGemeente(row.label)?.naam;
}

export const verdelingGemeenten: Rule = {
  id: "verdeling-gemeenten",
  beschrijving:
    "Verdeling over de gemeenten: elk aandeel is bedrag x inwoners / totaal inwoners (per regel afgerond); een saldokolom is de som van de bedragen; kolommen tellen op tot het totaal.",
  ernst: "fout",
  check(ctx) {
    for (const grid of gridsOf(ctx, "verdeling")) {
      const keyCol = grid.headers.findIndex((h) => /inwoners/.test(normalizeLabel(h)));
      if (keyCol < 0) continue;
      const saldoCol = grid.headers.findIndex((h) => /^saldo/.test(normalizeLabel(h)));
      const amountCols = grid.headers
        .map((_, i) => i)
        .filter((i) => i !== keyCol && i !== saldoCol);
      const total = grid.rows.find((r) => isTotalLabel(r.label));
      const rows = grid.rows.filter((r) => municipality(r));
      const keyTotal = valueOf(total?.cells[keyCol]);
      for (const row of grid.rows) {
        const where = `${grid.title}, ${row.label}`;
        if (saldoCol >= 0)
          check(
            ctx,
            row.cells[saldoCol],
            sumOf(amountCols.map((c) => row.cells[c])),
            `${where}, ${grid.headers[saldoCol]}`
          );
        if (row === total || !keyTotal || keyTotal.isZero()) continue;
        const key = valueOf(row.cells[keyCol]);
        if (!key) continue;
        for (const c of [...amountCols, ...(saldoCol >= 0 ? [saldoCol] : [])]) {
          const amount = valueOf(total?.cells[c]);
          if (amount)
            check(
              ctx,
              row.cells[c],
              amount.times(key).dividedBy(keyTotal),
              `${where}, ${grid.headers[c]} naar rato van de inwoners`
            );
        }
        const builtIn = gemeenten().find((g) => g.naam === municipality(row));
        if (builtIn && !key.equals(builtIn.inwoners)) {
          ctx.report({
            ref: row.cells[keyCol].ref,
            ernst: "info",
            bericht: `${where}: ${key.toString()} inwoners, de ingebouwde verdeelsleutel heeft er ${builtIn.inwoners}.`,
            verwacht: builtIn.inwoners,
            gevonden: key.toNumber(),
          });
        }
      }
      // Column totals can only be checked when every municipality of the table is listed.
      if (total && rows.length === gemeenten().length) {
        total.cells.forEach((cell, c) =>
          check(
            ctx,
            cell,
            sumOf(rows.map((r) => r.cells[c])) ?? new Decimal(0),
            `${grid.title}, ${total.label}, ${grid.headers[c]}`
          )
        );
      }
    }
  },
};
