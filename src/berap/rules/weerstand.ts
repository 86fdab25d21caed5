import { BANDBREEDTE_SAMENTWENTE, formatDutchNumber, weerstandOordeel } from "../../calc";
import { isTotalLabel, isSubtotalLabel } from "../tables/labels";
import { check, checkClosingRows, gridsOf, valueOf } from "./helpers";
import { Rule } from "./rule";

export const weerstandsvermogen: Rule = {
  id: "weerstandsvermogen",
  beschrijving:
    "Weerstandsvermogen: ratio = beschikbaar / benodigd op de getoonde precisie; Subtotaal en Totaal tellen op; de totale ratio ligt in de bandbreedte 0,8 - 1,0.",
  ernst: "fout",
  check(ctx) {
    for (const grid of gridsOf(ctx, "weerstandsvermogen")) {
      checkClosingRows(ctx, grid, [0, 1]);
      for (const row of grid.rows) {
        const needed = valueOf(row.cells[0]);
        const available = valueOf(row.cells[1]);
        if (needed && available && needed.gt(0)) {
          check(
            ctx,
            row.cells[2],
            available.dividedBy(needed),
            `${grid.title}, ${row.label}, ratio`
          );
        }
      }
      const total = [...grid.rows]
        .reverse()
        .find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));
      const needed = valueOf(total?.cells[0]);
      const available = valueOf(total?.cells[1]);
      if (!total || !needed || !available || !needed.gt(0)) continue;
      const ratio = available.dividedBy(needed);
      const oordeel = weerstandOordeel(ratio);
      if (oordeel !== "binnen bandbreedte") {
        ctx.report({
          ref: total.cells[2]?.ref ?? total.labelRef,
          ernst: "waarschuwing",
          bericht: `${grid.title}: de ratio weerstandsvermogen is ${formatDutchNumber(ratio, 2)}, ${oordeel} (${formatDutchNumber(BANDBREEDTE_SAMENTWENTE.ondergrens, 1)} - ${formatDutchNumber(BANDBREEDTE_SAMENTWENTE.bovengrens, 1)}).`,
          verwacht: `${BANDBREEDTE_SAMENTWENTE.ondergrens} - ${BANDBREEDTE_SAMENTWENTE.bovengrens}`,
          gevonden: ratio.toDecimalPlaces(4).toNumber(),
        });
      }
    }
  },
};
