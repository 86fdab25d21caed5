import {
  BANDBREEDTE_SAMENTWENTE,
  formatDutchNumber,
  weerstandOordeel,
  weerstandRatio,
} from "../../calc";
import { isTotalLabel, isSubtotalLabel } from "../tables/labels";
import { check, checkClosingRows, gridsOf, valueOf } from "./helpers";
import { defineRule } from "./rule";

/** The published table; the ratio of OZJT given. */
const weerstand = (ozjtRatio: string) => ({
  Weerstandsvermogen: [
    ["Weerstandsvermogen 2025"],
    [
      "Reserve",
      "Benodigd weerstandscapaciteit per 2025",
      "Vrij besteedbaar weerstandscapaciteit",
      "Ratio Weerstandsvermogen",
    ],
    ["Bestemmingsreserve GGD Twente", 1378, 1704, "1,2"],
    ["Bestemmingsreserve OZJT", 383, 289, ozjtRatio],
    ["Bestemmingsreserve Veilig Thuis Twente", 450, 450, "1,0"],
    ["Bestemmingsreserve Bedrijfsvoering", 345, 398, "1,2"],
    ["Algemene reserve SamenTwente", 300, 338, "1,1"],
    ["Subtotaal weerstandsvermogen", 2856, 3179, "1,1"],
    ["Correctie voor toevoegingen en onttrekkingen DD JGZ 2025-2028", "-", -344, "-0,1"],
    ["Totaal", 2856, 2835, "1,0"],
  ],
});

export const weerstandsvermogen = defineRule({
  meta: {
    id: "weerstandsvermogen",
    naam: "Weerstandsvermogen",
    beschrijving:
      "Weerstandsvermogen: de ratio is beschikbaar / benodigd, op de getoonde decimalen; Subtotaal en Totaal tellen op; de totale ratio ligt binnen de bandbreedte van 0,8 tot 1,0.",
    ernst: "fout",
    opties: {
      ondergrens: {
        beschrijving: "ondergrens van de bandbreedte van SamenTwente",
        standaard: BANDBREEDTE_SAMENTWENTE.ondergrens.toString(),
      },
      bovengrens: {
        beschrijving: "bovengrens van de bandbreedte",
        standaard: BANDBREEDTE_SAMENTWENTE.bovengrens.toString(),
      },
    },
    messages: {
      buitenBandbreedte:
        "{{tabel}}: de ratio weerstandsvermogen is {{ratio}}, {{oordeel}} ({{ondergrens}} - {{bovengrens}}).",
      ratioZonderBenodigd:
        "{{tabel}}, {{rij}}: zonder benodigde weerstandscapaciteit volgt er geen ratio uit deze regel; de ratio is niet gecontroleerd.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "De gepubliceerde tabel: elke ratio is beschikbaar / benodigd op één decimaal (OZJT 289 / 383 = 0,75, getoond 0,8); Subtotaal 2.856 en 3.179; Totaal 3.179 - 344 = 2.835; 2.835 / 2.856 = 0,99, binnen de bandbreedte 0,8 - 1,0.",
        bladen: weerstand("0,8"),
      },
      kloptNiet: {
        uitleg:
          "De ratio van OZJT is andersom berekend: 383 / 289 = 1,3 staat er, 289 / 383 = 0,75, getoond 0,8, volgt (verschil 0,5).",
        bladen: weerstand("1,3"),
      },
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
          messageId: "buitenBandbreedte",
          data: {
            tabel: grid.title,
            ratio: formatDutchNumber(ratio, 2),
            oordeel,
            ondergrens: formatDutchNumber(BANDBREEDTE_SAMENTWENTE.ondergrens, 1),
            bovengrens: formatDutchNumber(BANDBREEDTE_SAMENTWENTE.bovengrens, 1),
          },
          verwacht: `${BANDBREEDTE_SAMENTWENTE.ondergrens} - ${BANDBREEDTE_SAMENTWENTE.bovengrens}`,
          gevonden: ratio.toDecimalPlaces(4).toNumber(),
        });
      }
    }
  },
});
