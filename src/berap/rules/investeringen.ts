import { isTotalLabel } from "../tables/labels";
import { GridRow } from "../tables/types";
import { Group, groupsBySum, groupTotal } from "./groupsBySum";
import { check, gridsOf, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

/** Investments 2025 (two groups), the row Computers given: gerealiseerd, prognose, subtotaal, totaal. */
const investeringenBlad = (computers: number[]) => ({
  Investeringen: [
    ["Investeringen 2025"],
    [
      "Investering",
      "Gerealiseerd t/m sep",
      "Prognose voor de rest van het jaar",
      "Subtotaal investeringen",
      "Bijdragen van derden",
      "Totaal investeringen",
    ],
    ["Machines, apparaten en installaties:", 497, 78, 575, -48, 527],
    ["  Mobiele apparaten (zoals telefoons en tablets)", 131, 0, 131, -48, 83],
    ["  Computers (zoals laptops)", computers[0], computers[1], computers[2], 0, computers[3]],
    ["  Audiovisuele middelen (zoals monitoren)", 34, 60, 94, 0, 94],
    ["Bedrijfsgebouwen:", 56, 54, 110, 0, 110],
    ["  Verbouwingen (zoals inrichtingen consultatiebureaus)", 56, 54, 110, 0, 110],
    ["Totaal", 553, 132, 685, -48, 637],
  ],
});

export const investeringen = defineRule({
  meta: {
    id: "investeringen",
    naam: "Investeringen",
    beschrijving:
      "Investeringen: elke groep is de som van haar posten, en Totaal de som van de groepen. Dat gerealiseerd + prognose = subtotaal en subtotaal + bijdragen van derden = totaal op elke regel, controleert 'Relatie tussen de kolommen'.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "Machines: 131 + 332 + 34 = 497 gerealiseerd, 0 + 18 + 60 = 78 prognose, 575 subtotaal, 527 totaal; Totaal is de som van de groepen: 497 + 56 = 553, 78 + 54 = 132, 575 + 110 = 685, 527 + 110 = 637.",
        bladen: investeringenBlad([332, 18, 350, 350]),
      },
      kloptNiet: {
        uitleg:
          "Bij Computers staat 323 gerealiseerd (en 341 subtotaal en totaal) waar de groep 332 meetelt: 131 + 323 + 34 = 488, niet 497 (verschil 9); subtotaal 131 + 341 + 94 = 566, niet 575; totaal 83 + 341 + 94 = 518, niet 527.",
        bladen: investeringenBlad([323, 18, 341, 341]),
      },
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "investeringen")) {
      // gerealiseerd + prognose = subtotaal and subtotaal + bijdragen = totaal are the kind's relations (rol-relatie).
      const groups: Group[] = [];
      const loose: GridRow[] = [];
      let before: GridRow[] = [];
      let broken: Group | undefined;
      for (const row of grid.rows) {
        if (isTotalLabel(row.label)) {
          // Without "Groep:" labels, a group is known by its arithmetic: its row is the sum of the rows below it.
          // A Totaal that is the plain sum of the rows above reads them as items, whatever their arithmetic.
          const plain = row.cells.every((cell, c) =>
            sumOf(before.map((r) => r.cells[c]))?.equals(valueOf(cell) ?? NaN)
          );
          const bySum =
            groups.length === 0 && !plain ? groupsBySum(before, row, ctx.tolerance) : undefined;
          if (bySum) {
            groups.push(...bySum.groups);
            broken = bySum.broken;
            loose.length = 0; // every row above is in a group
          }
          const parts = groups.length > 0 ? [...groups.map((gr) => gr.head), ...loose] : loose;
          row.cells.forEach((cell, c) => {
            // A Totaal that agrees with the broken group's items is right: only that group is the slip.
            const byItems = broken && groupTotal(groups, broken, c);
            if (byItems && valueOf(cell)?.equals(byItems)) return;
            check(
              ctx,
              cell,
              sumOf(parts.map((r) => r.cells[c])),
              `${grid.title}, ${row.label}, ${grid.headers[c]} (som van de groepen)`,
              { plus: parts.map((r) => r.cells[c]) }
            );
          });
          before = [];
          continue;
        }
        before.push(row);
        if (row.label.trim().endsWith(":")) groups.push({ head: row, items: [] });
        else if (groups.length > 0) groups[groups.length - 1].items.push(row);
        else loose.push(row);
      }
      for (const { head, items } of groups) {
        if (items.length === 0) continue;
        head.cells.forEach((cell, c) =>
          check(
            ctx,
            cell,
            sumOf(items.map((r) => r.cells[c])),
            `${grid.title}, ${head.label.trim().replace(/:$/, "")}, ${grid.headers[c]} (som van de posten)`,
            { plus: items.map((r) => r.cells[c]) }
          )
        );
      }
    }
  },
});
