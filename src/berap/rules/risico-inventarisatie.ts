import { isSubtotalLabel, isTotalLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { check, gridsOf, headerOf, showsWithinTolerance, sumOf, valueOf } from "./helpers";
import { defineRule, RuleContext } from "./rule";

/** The last Totaal row of a table (a Subtotaal closes only a group). */
const totalRow = (grid: Grid): GridRow | undefined =>
  [...grid.rows].reverse().find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));

/** A risk inventory and the weerstand table beside it; the Totaal benodigd of the weerstand table given. */
const bladen = (benodigd: number) => ({
  Weerstandsvermogen: [
    ["Risico-inventarisatie 2025"],
    ["Risico", "Kans", "Financieel gevolg", "Benodigde weerstandscapaciteit"],
    ["Dalende rijksbijdrage", "50%", 1200, 600],
    ["Frictiekosten", "25%", 800, 200],
    ["Totaal", null, 2000, 800],
    [],
    [],
    ["Weerstandsvermogen 2025"],
    ["Reserve", "Benodigd", "Beschikbaar", "Ratio"],
    ["Algemene reserve", benodigd, 720, "0,9"],
    ["Totaal", benodigd, 720, "0,9"],
  ],
});

export const risicoInventarisatie = defineRule({
  meta: {
    id: "risico-inventarisatie",
    naam: "Risico-inventarisatie",
    beschrijving:
      "De benodigde weerstandscapaciteit in de tabel Weerstandsvermogen is het totaal van de inventarisatie van de risico's, als die in de werkmap staat. Per risico is het benodigde bedrag kans x financieel gevolg, als de meeste risico's zo berekend zijn (anders wordt eenmaal gemeld dat de tabel een andere methode volgt).",
    ernst: "fout",
    messages: {
      andereMethode:
        "{{tabel}}: de benodigde bedragen zijn op de meeste regels niet kans x financieel gevolg (een andere methode, zoals klassen of een simulatie): per risico niet gecontroleerd.",
      meerdereInventarisaties:
        "{{tabel}}: de benodigde weerstandscapaciteit is niet tegen de risico-inventarisatie gecontroleerd, want de werkmap heeft {{aantal}} tabellen met risico's.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "De risico's vragen 600 + 200 = 800 weerstandscapaciteit; de tabel Weerstandsvermogen noemt benodigd 800.",
        bladen: bladen(800),
      },
      kloptNiet: {
        uitleg:
          "De tabel Weerstandsvermogen noemt benodigd 850, maar de risico-inventarisatie komt op 600 + 200 = 800 (verschil 50).",
        bladen: bladen(850),
      },
    },
  },
  check(ctx) {
    const inventories = gridsOf(ctx, "risico-inventarisatie");
    if (inventories.length === 0) return;
    for (const inventory of inventories) checkChanceTimesImpact(ctx, inventory);
    for (const grid of gridsOf(ctx, "weerstandsvermogen")) {
      const total = totalRow(grid);
      const cell = total?.cell("benodigd");
      if (!total || !cell) continue;
      if (inventories.length > 1) {
        ctx.report({
          ref: cell.ref,
          ernst: "waarschuwing",
          messageId: "meerdereInventarisaties",
          data: { tabel: grid.title, aantal: inventories.length },
          grid,
        });
        continue;
      }
      const inventory = inventories[0];
      const own = totalRow(inventory);
      const parts = own ? [own.cell("benodigd")] : inventory.rows.map((r) => r.cell("benodigd"));
      check(
        ctx,
        cell,
        sumOf(parts),
        `${grid.title}, ${total.label.trim()}, benodigd tegen ${inventory.title}`,
        { cells: parts, plus: parts, grid }
      );
    }
  },
});

/**
 * Per risk, benodigd = kans x financieel gevolg at the precision benodigd is shown with, when most risks
 * bear that out; a table that most rows do not (risk classes, a simulation) is said once, no fout.
 */
function checkChanceTimesImpact(ctx: RuleContext, grid: Grid): void {
  const rows = grid.rows
    .filter((r) => !isTotalLabel(r.label) && !isSubtotalLabel(r.label))
    .map((row) => {
      const [kans, gevolg, cell] = [row.cell("kans"), row.cell("gevolg"), row.cell("benodigd")];
      const [k, g] = [valueOf(kans), valueOf(gevolg)];
      return { row, cell, kans, gevolg, expected: k && g && k.lte(1) ? k.times(g) : undefined };
    })
    .filter((r) => r.expected !== undefined && valueOf(r.cell) !== undefined);
  if (rows.length < 2) return;
  const fits = rows.filter((r) => showsWithinTolerance(ctx, r.cell!, r.expected!)).length;
  if (fits * 2 <= rows.length) {
    ctx.report({
      ref: { sheet: grid.sheet, row: grid.headerRow, col: rows[0].cell!.ref.col },
      ernst: "info",
      messageId: "andereMethode",
      data: { tabel: grid.title },
      grid,
    });
    return;
  }
  for (const r of rows)
    check(
      ctx,
      r.cell,
      r.expected,
      `${grid.title}, ${r.row.label.trim()}, ${headerOf(grid, "benodigd")} (kans x gevolg)`,
      {
        cells: [r.kans, r.gevolg],
        ambiguous: true,
        grid,
      }
    );
}
