import { isSubtotalLabel, normalizeLabel } from "../tables/labels";
import { GridRow } from "../tables/types";
import { check, gridsOf, sumOf } from "./helpers";
import { defineRule } from "./rule";

/** The published taakstellingen 2025; the Saldo given. */
const taakstellingenBlad = (saldo: number) => ({
  Begroting: [
    ["Taakstellingen 2025"],
    ["Taakstelling", "Karakter", "Bedrag"],
    ["Taakstelling veranderopdracht Regio Twente; huisvesting Twentehuis", "Structureel", -82],
    ["Taakstelling Veilig Thuis Twente", "Structureel", -52],
    ["Subtotaal in te vullen", null, -134],
    ["Mutatie huisvestingsreserve", "Incidenteel", 82],
    ["Subtotaal invulling", null, 82],
    ["Saldo 2025", null, saldo],
  ],
});

export const taakstellingen = defineRule({
  meta: {
    id: "taakstellingen",
    naam: "Taakstellingen",
    beschrijving:
      "Taakstellingen: elk Subtotaal is de som van zijn regels; het Saldo is de som van de subtotalen.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "In te vullen -82 - 52 = -134; invulling 82; Saldo -134 + 82 = -52, zoals gepubliceerd.",
        bladen: taakstellingenBlad(-52),
      },
      kloptNiet: {
        uitleg:
          "Het Saldo staat op -216: de invulling is afgetrokken in plaats van opgeteld (-134 - 82 = -216), terwijl -134 + 82 = -52 volgt (verschil -164).",
        bladen: taakstellingenBlad(-216),
      },
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "taakstellingen")) {
      let group: GridRow[] = [];
      const subtotals: GridRow[] = [];
      for (const row of grid.rows) {
        if (isSubtotalLabel(row.label)) {
          const items = group.map((r) => r.cell("bedrag"));
          check(ctx, row.cell("bedrag"), sumOf(items), `${grid.title}, ${row.label}`, {
            plus: items,
          });
          subtotals.push(row);
          group = [];
        } else if (/^(saldo|totaal)/.test(normalizeLabel(row.label))) {
          const parts = subtotals.map((r) => r.cell("bedrag"));
          check(ctx, row.cell("bedrag"), sumOf(parts), `${grid.title}, ${row.label}`, {
            plus: parts,
          });
        } else group.push(row);
      }
    }
  },
});
