import { Decimal, gemeenten, lookupGemeente } from "../../calc";
import { isTotalLabel } from "../tables/labels";
import { GridRow } from "../tables/types";
import { check, gridsOf, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

function municipality(row: GridRow): string | undefined {
  return lookupGemeente(row.label)?.naam;
}

export const verdelingGemeenten = defineRule({
  meta: {
    id: "verdeling-gemeenten",
    naam: "Verdeling over de gemeenten",
    beschrijving:
      "Verdeling over de gemeenten: elk aandeel is bedrag x inwoners / totaal inwoners (per regel afgerond); een saldokolom is de som van de bedragen; kolommen tellen op tot het totaal.",
    ernst: "fout",
    messages: {
      afwijkendeSleutel:
        "{{wat}}: {{gevonden}} inwoners, de ingebouwde verdeelsleutel heeft er {{verwacht}}.",
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "verdeling")) {
      // Every column that is neither the key nor the saldo holds an amount distributed naar rato.
      const amountCols = grid.roles
        .map((r, i) => (r !== "inwoners" && r !== "saldo" ? i : -1))
        .filter((i) => i >= 0);
      const hasSaldo = grid.roles.includes("saldo");
      const total = grid.rows.find((r) => isTotalLabel(r.label));
      const rows = grid.rows.filter((r) => municipality(r));
      const keyTotal = valueOf(total?.cell("inwoners"));
      const header = (role: string) => grid.headers[grid.roles.indexOf(role)];
      for (const row of grid.rows) {
        const where = `${grid.title}, ${row.label}`;
        if (hasSaldo) {
          const parts = amountCols.map((c) => row.cells[c]);
          check(ctx, row.cell("saldo"), sumOf(parts), `${where}, ${header("saldo")}`, {
            cells: parts,
            grid,
          });
        }
        if (row === total || !keyTotal || keyTotal.isZero()) continue;
        const key = valueOf(row.cell("inwoners"));
        if (!key) continue;
        const saldoCol = grid.roles.indexOf("saldo");
        for (const c of [...amountCols, ...(hasSaldo ? [saldoCol] : [])]) {
          const amount = valueOf(total?.cells[c]);
          if (amount)
            check(
              ctx,
              row.cells[c],
              amount.times(key).dividedBy(keyTotal),
              `${where}, ${grid.headers[c]} naar rato van de inwoners`,
              { cells: [total?.cells[c], row.cell("inwoners"), total?.cell("inwoners")], grid }
            );
        }
        const builtIn = gemeenten().find((g) => g.naam === municipality(row));
        if (builtIn && !key.equals(builtIn.inwoners)) {
          ctx.report({
            ref: row.cell("inwoners")!.ref,
            ernst: "info",
            messageId: "afwijkendeSleutel",
            data: { wat: where, gevonden: key.toString(), verwacht: builtIn.inwoners },
            verwacht: builtIn.inwoners,
            gevonden: key.toNumber(),
            grid,
          });
        }
      }
      // Column totals can only be checked when every municipality of the table is listed.
      if (total && rows.length === gemeenten().length) {
        grid.roles.forEach((role, c) => {
          const parts = rows.map((r) => r.cells[c]);
          check(
            ctx,
            total.cells[c],
            sumOf(parts) ?? new Decimal(0),
            `${grid.title}, ${total.label}, ${grid.headers[c]}`,
            {
              cells: parts,
              grid,
            }
          );
          void role;
        });
      }
    }
  },
});
