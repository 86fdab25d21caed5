import { Decimal } from "../../calc";
import { isSubtotalLabel, isTotalLabel, normalizeLabel, programmeOf } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { check, gridsOf, headerOf, line, sumOf, valueOf } from "./helpers";
import { checkClosingRows } from "./closingRows";
import { defineRule, RuleContext } from "./rule";

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
      return valueOf(row?.cell("begroot"));
    },
  };
}

/** The comparison with the 1e Berap 2025 as published; the Totaal of Verschil given. */
const vergelijking = (totaalVerschil: number) => ({
  Samenvatting: [
    ["Vergelijking met de 1e Berap 2025"],
    [
      "Programma",
      "Verwacht bedrijfsresultaat 2e Berap",
      "Verwacht bedrijfsresultaat 1e Berap",
      "Verschil",
    ],
    ["GGD Twente", 299, 49, 250],
    ["OZJT", -193, -207, 14],
    ["Veilig Thuis Twente", -18, -38, 20],
    ["Bestuur & Ondersteuning", 87, 7, 80],
    ["Totaal", 175, -189, totaalVerschil],
  ],
});

export const vergelijkingVorigeBerap = defineRule({
  meta: {
    id: "vergelijking-vorige-berap",
    naam: "Vergelijking met de vorige Berap",
    beschrijving:
      "Vergelijking met de vorige Berap: de kolom van deze Berap sluit aan op de bladen van de programma's; Totaal is de som; het percentage is het verschil gedeeld door de actueel begrote lasten. Dat verschil = deze Berap - vorige Berap op elke regel, controleert 'Relatie tussen de kolommen'.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "Totaal 2e Berap 299 - 193 - 18 + 87 = 175; 1e Berap 49 - 207 - 38 + 7 = -189; verschil 250 + 14 + 20 + 80 = 364.",
        bladen: vergelijking(364),
      },
      kloptNiet: {
        uitleg:
          "Totaal verschil staat op 346, maar 250 + 14 + 20 + 80 = 364 (twee cijfers omgewisseld, verschil 18).",
        bladen: vergelijking(346),
      },
    },
  },
  check(ctx) {
    const lasten = budgetedLasten(ctx);
    for (const grid of gridsOf(ctx, "vergelijking")) {
      const programmeRows = grid.rows.filter((r) => programmeOf(r.label));
      for (const row of grid.rows) {
        const where = `${grid.title}, ${row.label}`;
        const name = programmeOf(row.label);
        // verschil = nieuw - vorig is the kind's relation, checked by "rol-relatie".
        const [nieuw, verschil, procent] = [
          row.cell("nieuw"),
          row.cell("verschil"),
          row.cell("procent"),
        ];
        const p = ctx.berap.programmes.find((q) => q.name === name);
        if (p)
          check(
            ctx,
            nieuw,
            valueOf(line(p, "bedrijfsresultaat")),
            `${where}, ${headerOf(grid, "nieuw")} tegen het blad ${p.sheets[0]}`,
            {
              cells: [line(p, "bedrijfsresultaat")],
              plus: [line(p, "bedrijfsresultaat")],
              grid,
            }
          );
        if (isTotalLabel(row.label)) {
          for (const role of ["nieuw", "vorig", "verschil"]) {
            const parts = programmeRows.map((r) => r.cell(role));
            check(ctx, row.cell(role), sumOf(parts), `${where}, ${headerOf(grid, role)}`, {
              cells: parts,
              plus: parts,
              grid,
            });
          }
        }
        const budget = lasten.of(row.label);
        const v = valueOf(verschil);
        if (procent && budget && !budget.isZero() && v !== undefined) {
          check(ctx, procent, v.dividedBy(budget), `${where}, ${headerOf(grid, "procent")}`, {
            cells: [verschil],
            ambiguous: true,
            grid,
          });
        }
      }
    }
    for (const grid of gridsOf(ctx, "toelichting-verschillen")) checkExplanation(ctx, grid);
  },
});

/** Toelichting op de verschillen: subtotals close their group, each share is verschil / Totaal verschil. */
function checkExplanation(ctx: RuleContext, grid: Grid): void {
  checkClosingRows(ctx, grid, ["verschil", "aandeel"]);
  const total = grid.rows.find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));
  // A Totaal verschil that does not close is reported above; the shares are checked against what it should be.
  const typed = valueOf(total?.cell("verschil"));
  const closing = total && closingSum(grid, total);
  const totalValue =
    typed && closing && typed.minus(closing).abs().gt(ctx.tolerance) ? closing : typed;
  if (!totalValue || totalValue.isZero()) return;
  for (const row of grid.rows) {
    const v = row === total ? totalValue : valueOf(row.cell("verschil"));
    if (v !== undefined)
      check(
        ctx,
        row.cell("aandeel"),
        v.dividedBy(totalValue),
        `${grid.title}, ${row.label}, ${headerOf(grid, "aandeel")}`,
        { cells: [row.cell("verschil"), total?.cell("verschil")], ambiguous: true, grid }
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
      row.cell("verschil"),
      valueOf(match?.cell("verschil")),
      `${grid.title}, ${row.label} tegen de vergelijking`,
      { cells: [match?.cell("verschil")], plus: [match?.cell("verschil")], grid }
    );
  }
}

/** The Totaal verschil as its rows give it: the subtotals above it plus the rows after the last of them. */
function closingSum(grid: Grid, total: GridRow): Decimal | undefined {
  const rows = grid.rows.slice(0, grid.rows.indexOf(total));
  const subtotals = rows.filter((r) => isSubtotalLabel(r.label));
  const last = subtotals.length > 0 ? rows.indexOf(subtotals[subtotals.length - 1]) : -1;
  const parts = [...subtotals, ...rows.slice(last + 1).filter((r) => !isTotalLabel(r.label))];
  return parts.length > 0 ? sumOf(parts.map((r) => r.cell("verschil"))) : undefined;
}
