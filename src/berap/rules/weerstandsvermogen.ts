import {
  BANDBREEDTE_SAMENTWENTE,
  formatDutchNumber,
  Decimal,
  weerstandKlasse,
  weerstandOordeel,
  weerstandRatio,
  WeerstandOordeel,
} from "../../calc";
import { isTotalLabel, isSubtotalLabel, normalizeLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { check, gridsOf, valueOf } from "./helpers";
import { checkClosingRows } from "./closingRows";
import { defineRule, RuleContext } from "./rule";

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
      "Weerstandsvermogen: de ratio is beschikbaar / benodigd, op de getoonde decimalen; Subtotaal en Totaal tellen op; de totale ratio ligt binnen de bandbreedte van 0,8 tot 1,0. Staat bij de tabel een oordeel (binnen, onder of boven de bandbreedte) of een klasse van de NAR-schaal (A uitstekend tot F ruim onvoldoende), dan klopt dat met de totale ratio.",
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
      oordeelKloptNiet:
        "{{tabel}}: er staat '{{tekst}}', maar de ratio {{ratio}} is {{oordeel}} ({{ondergrens}} - {{bovengrens}}).",
      klasseKloptNiet:
        "{{tabel}}: er staat '{{tekst}}' (klasse {{gevonden}}), maar de ratio {{ratio}} is op de NAR-schaal klasse {{klasse}}.",
      oordeelNietGecontroleerd:
        "{{tabel}}: '{{tekst}}' is niet gecontroleerd, want uit de tabel volgt geen totale ratio (geen Totaal met benodigde en beschikbare weerstandscapaciteit).",
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
      // A verdict printed on a programme's row is that row's; one on the Totaal row or beside the table is
      // the total ratio's.
      for (const v of grid.verdicts ?? []) {
        // A table of one row (a weerstandsvermogen printed as a column of labels): the verdict is its row's.
        const only = grid.rows.length === 1 ? grid.rows[0] : undefined;
        const row = grid.rows.find((r) => r.labelRef.row === v.ref.row) ?? total ?? only;
        const ratios = row && ratiosOf(row);
        if (ratios) checkVerdict(ctx, grid, v, ratios);
        else
          ctx.report({
            ref: v.ref,
            ernst: "waarschuwing",
            messageId: "oordeelNietGecontroleerd",
            data: { tabel: grid.title, tekst: v.text },
            grid,
          });
      }
      const totalRatios = total && ratiosOf(total);
      if (!totalRatios) continue;
      const [ratio] = totalRatios;
      const oordeel = weerstandOordeel(ratio);
      if (oordeel !== "binnen bandbreedte") {
        ctx.report({
          ref: total.cell("ratio")?.ref ?? total.labelRef,
          ernst: "waarschuwing",
          messageId: "buitenBandbreedte",
          data: {
            tabel: grid.title,
            ratio: formatDutchNumber(ratio, 2),
            oordeel: OORDEEL_TEKST[oordeel],
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

/**
 * calc's verdict as a controller writes it in a sentence: "boven de bandbreedte". calc's own words ("boven
 * bandbreedte") stay ST.WEERSTAND_OORDEEL's documented results and the findings' verwacht and gevonden, which
 * key the accepted findings (decisions) and so must not change.
 */
const OORDEEL_TEKST: Readonly<Record<WeerstandOordeel, string>> = {
  "onder bandbreedte": "onder de bandbreedte",
  "binnen bandbreedte": "binnen de bandbreedte",
  "boven bandbreedte": "boven de bandbreedte",
};

const BAND = /\b(binnen|onder|boven) (de )?bandbreedte\b/;
/** The NAR classes by their words, the longer words first ("ruim onvoldoende" before "onvoldoende"). */
const NAR_WORDS: readonly [RegExp, string][] = [
  [/\bruim onvoldoende\b/, "F"],
  [/\bonvoldoende\b/, "E"],
  [/\bruim voldoende\b/, "B"],
  [/\bvoldoende\b/, "C"],
  [/\bmatig\b/, "D"],
  [/\buitstekend\b/, "A"],
];

/** The NAR class a text names: "klasse D", "D matig", or the word alone ("matig"). */
function printedKlasse(t: string): string | undefined {
  const letter =
    /\bklasse ([a-f])\b/.exec(t)?.[1] ??
    /\b([a-f]) (uitstekend|ruim|voldoende|matig|onvoldoende)\b/.exec(t)?.[1];
  return letter ? letter.toUpperCase() : NAR_WORDS.find(([w]) => w.test(t))?.[1];
}

/**
 * A row's ratio, exact and as the table shows it (0,796 shown as 0,8); undefined without a benodigde
 * capaciteit or a beschikbare to compute it from.
 */
function ratiosOf(row: GridRow): Decimal[] | undefined {
  const needed = valueOf(row.cell("benodigd"));
  const available = valueOf(row.cell("beschikbaar"));
  if (!needed || !available || !needed.gt(0)) return undefined;
  const shown = row.cell("ratio")?.amount;
  return [weerstandRatio(available, needed), ...(shown?.kind === "getal" ? [shown.value] : [])];
}

/**
 * A printed verdict against calc's: the band of SamenTwente's norm (weerstandOordeel) and the NAR class
 * (weerstandKlasse) of its row's ratio. A verdict that fits the exact ratio or the ratio as the table shows
 * it is right.
 */
function checkVerdict(
  ctx: RuleContext,
  grid: Grid,
  v: NonNullable<Grid["verdicts"]>[number],
  ratios: readonly Decimal[]
): void {
  const ratio = formatDutchNumber(ratios[0], 2);
  {
    const t = normalizeLabel(v.text);
    const band = BAND.exec(t);
    const oordelen = ratios.map((r) => weerstandOordeel(r));
    if (band && !oordelen.includes(`${band[1]} bandbreedte` as (typeof oordelen)[number]))
      ctx.report({
        ref: v.ref,
        messageId: "oordeelKloptNiet",
        data: {
          tabel: grid.title,
          tekst: v.text,
          ratio,
          oordeel: OORDEEL_TEKST[oordelen[0]],
          ondergrens: formatDutchNumber(BANDBREEDTE_SAMENTWENTE.ondergrens, 1),
          bovengrens: formatDutchNumber(BANDBREEDTE_SAMENTWENTE.bovengrens, 1),
        },
        verwacht: oordelen[0],
        gevonden: `${band[1]} bandbreedte`,
        grid,
      });
    const klasse = printedKlasse(t);
    const klassen = ratios.map((r) => weerstandKlasse(r));
    if (klasse && !klassen.some((k) => k.startsWith(klasse)))
      ctx.report({
        ref: v.ref,
        messageId: "klasseKloptNiet",
        data: { tabel: grid.title, tekst: v.text, gevonden: klasse, ratio, klasse: klassen[0] },
        verwacht: klassen[0],
        gevonden: klasse,
        grid,
      });
  }
}
