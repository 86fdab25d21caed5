import { formatDutchNumber } from "../../calc";
import { isTotalLabel, normalizeLabel } from "../tables/labels";
import { AmountCell, Grid } from "../tables/types";
import { defineRule } from "./rule";
import { ggdSheet } from "./examples";

export const totaalZonderFormule = defineRule({
  meta: {
    id: "totaal-zonder-formule",
    naam: "Totaal ingetypt",
    beschrijving:
      "Totalen zijn formules, geen ingetypte getallen (een ingetypt totaal loopt niet mee als een regel verandert).",
    ernst: "info",
    messages: {
      totaalIngetypt: "{{tabel}}: 1 totaal is ingetypt in plaats van berekend met een formule.",
      totalenIngetypt:
        "{{tabel}}: {{aantal}} totalen zijn ingetypt in plaats van berekend met een formule.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Beide totalen zijn formules (=SUM(C6:C8) geeft 307, =SUM(G6:G7) geeft -189): ze lopen mee als een ontwikkeling verandert.",
        bladen: ggdSheet({
          totalen: [
            { value: 307, formula: "SUM(C6:C8)" },
            { value: -189, formula: "SUM(G6:G7)" },
          ],
        }),
      },
      kloptNiet: {
        uitleg:
          "Beide totalen (307 en -189) zijn ingetypt: ze kloppen nu (174 + 50 + 83 = 307), maar lopen niet mee als een regel verandert. Dat zijn 2 ingetypte totalen in één tabel: één melding.",
        bladen: ggdSheet(),
      },
    },
  },
  check(ctx) {
    const tables = new Map<string, AmountCell[]>();
    const typed = (cell: AmountCell | undefined): cell is AmountCell =>
      cell !== undefined && !cell.formula && cell.amount.kind === "getal";
    const add = (table: string, cell: AmountCell) => {
      const cells = tables.get(table);
      if (cells) cells.push(cell);
      else tables.set(table, [cell]);
    };
    for (const p of ctx.berap.programmes)
      for (const l of p.lists)
        if (typed(l.total)) add(`${p.name}, ontwikkelingen ${l.block ?? ""}`.trim(), l.total);
    // In a distribution the Totaal row holds the amounts being distributed: typed by nature.
    for (const g of ctx.berap.grids.filter((grid) => grid.kind !== "verdeling"))
      for (const r of g.rows)
        if (isTotalLabel(r.label)) for (const c of r.cells) if (typed(c)) add(tableName(g), c);
    for (const [table, cells] of tables) {
      ctx.report({
        ref: cells[0].ref,
        messageId: cells.length === 1 ? "totaalIngetypt" : "totalenIngetypt",
        data: { tabel: table, aantal: formatDutchNumber(cells.length) },
        gevonden: cells.length,
      });
    }
  },
});

/** "Cao: Cao-ontwikkeling 2025"; a title that starts with the sheet's name ("Tabel 9: ...") stands alone. */
function tableName(grid: Grid): string {
  return normalizeLabel(grid.title).startsWith(normalizeLabel(grid.sheet))
    ? grid.title
    : `${grid.sheet}: ${grid.title}`;
}
