import {
  BANDBREEDTE_SAMENTWENTE,
  formatDutchNumber,
  weerstandOordeel,
  weerstandRatio,
} from "../../calc";
import { isTotalLabel, isSubtotalLabel } from "../tables/labels";
import { check, checkClosingRows, gridsOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

export const weerstandsvermogen = defineRule({
  meta: {
    id: "weerstandsvermogen",
    naam: "Weerstandsvermogen",
    beschrijving:
      "Weerstandsvermogen: ratio = beschikbaar / benodigd op de getoonde precisie; Subtotaal en Totaal tellen op; de totale ratio ligt in de bandbreedte 0,8 - 1,0.",
    ernst: "fout",
    opties: {
      ondergrens: {
        beschrijving:
          "ondergrens van de bandbreedte van SamenTwente (calc: BANDBREEDTE_SAMENTWENTE)",
        standaard: BANDBREEDTE_SAMENTWENTE.ondergrens.toString(),
      },
      bovengrens: {
        beschrijving: "bovengrens van de bandbreedte",
        standaard: BANDBREEDTE_SAMENTWENTE.bovengrens.toString(),
      },
    },
    messages: {
      ratioZonderBenodigd:
        "{{tabel}}, {{rij}}: zonder benodigde weerstandscapaciteit volgt er geen ratio uit deze regel; de ratio is niet gecontroleerd.",
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "weerstandsvermogen")) {
      checkClosingRows(ctx, grid, ["benodigd", "beschikbaar"]);
      for (const row of grid.rows) {
        const needed = valueOf(row.cell("benodigd"));
        const available = valueOf(row.cell("beschikbaar"));
        const ratioCell = row.cell("ratio");
        if (!ratioCell || needed === undefined || available === undefined) continue;
        if (needed.gt(0)) {
          // Beschikbaar without a figure ("-") is nil: the ratio is 0, and is checked as such.
          check(
            ctx,
            ratioCell,
            weerstandRatio(available, needed),
            `${grid.title}, ${row.label}, ratio`,
            {
              cells: [row.cell("beschikbaar"), row.cell("benodigd")],
              grid,
            }
          );
        } else if (ratioCell.amount.kind === "getal") {
          // No benodigde capaciteit: a ratio cannot follow from this row. Say so instead of passing it by.
          ctx.report({
            ref: ratioCell.ref,
            ernst: "info",
            messageId: "ratioZonderBenodigd",
            data: { tabel: grid.title, rij: row.label.trim() },
            grid,
          });
        }
      }
      const total = [...grid.rows]
        .reverse()
        .find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));
      const needed = valueOf(total?.cell("benodigd"));
      const available = valueOf(total?.cell("beschikbaar"));
      if (!total || !needed || !available || !needed.gt(0)) continue;
      const ratio = weerstandRatio(available, needed);
      const oordeel = weerstandOordeel(ratio);
      if (oordeel !== "binnen bandbreedte") {
        ctx.report({
          ref: total.cell("ratio")?.ref ?? total.labelRef,
          ernst: "waarschuwing",
          bericht: `${grid.title}: de ratio weerstandsvermogen is ${formatDutchNumber(ratio, 2)}, ${oordeel} (${formatDutchNumber(BANDBREEDTE_SAMENTWENTE.ondergrens, 1)} - ${formatDutchNumber(BANDBREEDTE_SAMENTWENTE.bovengrens, 1)}).`,
          verwacht: `${BANDBREEDTE_SAMENTWENTE.ondergrens} - ${BANDBREEDTE_SAMENTWENTE.bovengrens}`,
          gevonden: ratio.toDecimalPlaces(4).toNumber(),
        });
      }
    }
  },
});
