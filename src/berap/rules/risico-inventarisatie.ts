import { isSubtotalLabel, isTotalLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { check, gridsOf, sumOf } from "./helpers";
import { defineRule } from "./rule";

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
      "De benodigde weerstandscapaciteit in de tabel Weerstandsvermogen is het totaal van de inventarisatie van de risico's, als die in de werkmap staat.",
    ernst: "fout",
    messages: {
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
