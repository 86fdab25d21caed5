import { Decimal } from "../../calc";
import { isSubtotalLabel, isTotalLabel, normalizeLabel, programmeOf } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { check, checkClosingRows, gridsOf, line, sumOf, valueOf } from "./helpers";
import { Rule, RuleContext } from "./rule";

/** The actual budgeted lasten per programme (and in total), from the "Lasten" table of lasten en baten. */
function budgetedLasten(ctx: RuleContext): { of(label: string): Decimal | undefined } {
  const lasten =
    gridsOf(ctx, "lasten-baten").find((g) => /lasten/.test(normalizeLabel(g.title))) ??
    gridsOf(ctx, "lasten-baten")[0];
  return {
    of(label: string) {
      if (!lasten) return undefined;
      const programme = programmeOf(label);
      const row = programme
        ? lasten.rows.find((r) => programmeOf(r.label) === programme)
        : lasten.rows.find((r) => isSubtotalLabel(r.label) || isTotalLabel(r.label));
      return valueOf(row?.cells[0]);
    },
  };
}

export const vergelijkingVorigeBerap: Rule = {
  id: "vergelijking-vorige-berap",
  beschrijving:
    "Vergelijking met de vorige Berap: verschil = nieuw - vorig; de nieuwe kolom sluit aan op de programma's; Totaal is de som; het percentage is verschil / actueel begrote lasten.",
  ernst: "fout",
  check(ctx) {
    const lasten = budgetedLasten(ctx);
    for (const grid of gridsOf(ctx, "vergelijking")) {
      const programmeRows = grid.rows.filter((r) => programmeOf(r.label));
      for (const row of grid.rows) {
        const where = `${grid.title}, ${row.label}`;
        const [nieuw, vorig, verschil, procent] = row.cells;
        const a = valueOf(nieuw);
        const b = valueOf(vorig);
        if (a !== undefined && b !== undefined)
          check(ctx, verschil, a.minus(b), `${where}, ${grid.headers[2]}`);
        const p = ctx.berap.programmes.find((q) => q.name === programmeOf(row.label));
        if (p)
          check(
            ctx,
            nieuw,
            valueOf(line(p, "bedrijfsresultaat")),
            `${where}, ${grid.headers[0]} tegen het blad ${p.sheets[0]}`
          );
        if (isTotalLabel(row.label)) {
          for (let c = 0; c < 3; c++)
            check(
              ctx,
              row.cells[c],
              sumOf(programmeRows.map((r) => r.cells[c])),
              `${where}, ${grid.headers[c]}`
            );
        }
        const budget = lasten.of(row.label);
        const v = valueOf(verschil);
        if (procent && budget && !budget.isZero() && v !== undefined) {
          check(
            ctx,
            procent,
            v.dividedBy(budget),
            `${where}, ${grid.headers[3] ?? "verschil in %"}`
          );
        }
      }
    }
    for (const grid of gridsOf(ctx, "toelichting-verschillen")) checkExplanation(ctx, grid);
  },
};

/** Toelichting op de verschillen: subtotals close their group, each share is verschil / Totaal verschil. */
function checkExplanation(ctx: RuleContext, grid: Grid): void {
  checkClosingRows(ctx, grid, [0, 1]);
  const total = grid.rows.find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));
  const totalValue = valueOf(total?.cells[0]);
  if (!totalValue || totalValue.isZero()) return;
  for (const row of grid.rows) {
    const v = valueOf(row.cells[0]);
    if (v !== undefined && row.cells[1])
      check(
        ctx,
        row.cells[1],
        v.dividedBy(totalValue),
        `${grid.title}, ${row.label}, ${grid.headers[1]}`
      );
  }
  const comparison = gridsOf(ctx, "vergelijking")[0];
  if (!comparison) return;
  for (const row of grid.rows.filter(
    (r: GridRow) => isSubtotalLabel(r.label) && programmeOf(r.label)
  )) {
    const match = comparison.rows.find((r) => programmeOf(r.label) === programmeOf(row.label));
    check(
      ctx,
      row.cells[0],
      valueOf(match?.cells[2]),
      `${grid.title}, ${row.label} tegen de vergelijking`
    );
  }
}
