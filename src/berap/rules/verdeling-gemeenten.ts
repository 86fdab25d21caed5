import { Decimal, formatDutchNumber, gemeenten } from "../../calc";
import { isTotalLabel } from "../tables/labels";
import { AmountCell } from "../tables/types";
import { check, valueOf } from "./helpers";
import { defineRule } from "./rule";
import {
  bodyOf,
  checkSum,
  correctedSum,
  explainedBySlip,
  explainOpenTotal,
  municipality,
  Part,
} from "./verdelingRows";
import { checkShares } from "./verdelingShares";

/** Frictiekosten (hele euro's) for Almelo and Borne; Borne's reserved amount and saldo given. */
const frictiekosten = (borne: number, borneSaldo: number) => ({
  Frictiekosten: [
    ["Verdeling frictiekosten kerntakendiscussie"],
    ["Bedragen in hele euro's"],
    [
      "Gemeente",
      "Aantal inwoners begroting 2025",
      "Gereserveerd bedrag frictiekosten",
      "Bijgesteld bedrag voor frictiekosten",
      "Saldo",
    ],
    ["Almelo", 74164, 76966, -11574, 65392],
    ["Borne", 24638, borne, -3845, borneSaldo],
    ["Totaal", 640787, 665000, -100000, 565000],
  ],
});

export const verdelingGemeenten = defineRule({
  meta: {
    id: "verdeling-gemeenten",
    naam: "Verdeling over de gemeenten",
    beschrijving:
      'Verdeling over de gemeenten: elk aandeel is bedrag x inwoners / totaal inwoners (per regel afgerond, berekend als =ST.VERDEEL_INWONERS; een kolom die precies optelt tot het bedrag en alle gemeenten noemt: sluitend, grootste rest); een saldokolom is de som van de bedragen; kolommen tellen op tot het totaal, als de tabel de hele verdeling toont (bij een deel, zoals alleen de regel van Almelo, alleen de aandelen). Een regel zonder inwoners met een eigen bedrag (SamenTwente) telt niet mee in wat naar rato verdeeld wordt. Volgen de aandelen de eigen optelling van de inwoners of de ingebouwde verdeelsleutel in plaats van een getypt inwonertal, dan is dat getal de fout. Telt het Totaal een verkeerd aandeel mee op (en volgen de andere aandelen het bedrag zonder die fout), dan zijn dat aandeel en het Totaal de fouten, niet elk aandeel. Gemeentenamen zoals getypt tellen mee ("Hof v. Twente", "Gemeente Almelo"); een regel met inwoners die geen gemeente is, wordt gemeld. Een cel zonder bedrag wordt gemeld, en wat daardoor niet te controleren is ook.',
    ernst: "fout",
    messages: {
      afwijkendeSleutel:
        "{{wat}}: {{gevonden}} inwoners, de ingebouwde verdeelsleutel heeft er {{verwacht}}.",
      nietGecontroleerd: "{{wat}}: niet gecontroleerd, want {{cellen}} bevat geen bedrag.",
      sleutelGroterDanTotaal:
        "{{tabel}}: de gemeenten hebben samen {{som}} inwoners, meer dan het totaal van {{totaal}}; de aandelen zijn niet gecontroleerd.",
      nietTeVerdelen: "{{tabel}}: {{reden}} De aandelen zijn niet gecontroleerd.",
      sleutelKloptNiet:
        "{{wat}}: {{gevonden}} inwoners staat er, {{verwacht}} volgt uit de tabel: de aandelen en het totaal van de inwoners zijn met {{verwacht}} berekend, zoals de ingebouwde verdeelsleutel.",
      sleutelTwijfel:
        "{{wat}}: {{gevonden}} inwoners staat er, maar de aandelen zijn berekend met {{verwacht}}, zoals de ingebouwde verdeelsleutel; welke van de twee bedoeld is, volgt niet uit de tabel. De aandelen zijn met {{verwacht}} gecontroleerd.",
      vastBedrag:
        "{{tabel}}: {{regels}} zonder inwoners, met een eigen bedrag: geen deel van de verdeling; naar rato van de inwoners verdeeld is het totaal min dat bedrag.",
      vastBedragOnduidelijk:
        "{{tabel}}: {{regels}} zonder inwoners, met een eigen bedrag; de aandelen kloppen niet met het totaal, met of zonder dat bedrag: de aandelen zijn niet gecontroleerd.",
      nietHerkend:
        "{{tabel}}: '{{naam}}' niet herkend als gemeente: aandeel niet gecontroleerd (de inwoners tellen wel mee in de verdeling).",
      nietHerkendBedoelt:
        "{{tabel}}: '{{naam}}' niet herkend als gemeente (bedoelt u '{{gemeente}}'?): aandeel niet gecontroleerd (de inwoners tellen wel mee in de verdeling).",
      perRegelNietSluitend:
        "{{wat}}: {{gevonden}} staat er, de aandelen tellen op tot {{som}}. Elk aandeel klopt, per regel afgerond; zo afgeronde aandelen tellen niet altijd precies op tot het bedrag (sluitend verdelen, met de grootste rest, doet dat wel).",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Almelo: 665.000 x 74.164 / 640.787 = 76.966,39, afgerond 76.966; -100.000 x 74.164 / 640.787 = -11.573,89, afgerond -11.574; saldo 76.966 - 11.574 = 65.392. Borne: 665.000 x 24.638 / 640.787 = 25.568,98, afgerond 25.569; saldo 25.569 - 3.845 = 21.724.",
        bladen: frictiekosten(25569, 21724),
      },
      kloptNiet: {
        uitleg:
          "Bij Borne staat 25.659 gereserveerd (twee cijfers omgewisseld): 665.000 x 24.638 / 640.787 = 25.568,98, afgerond 25.569 (verschil 90). Het saldo 21.724 = 25.569 - 3.845 klopt met het juiste aandeel: alleen de eerste gebroken schakel wordt gemeld.",
        bladen: frictiekosten(25659, 21724),
      },
    },
  },
  check(ctx) {
    for (const grid of ctx.berap.grids.filter((g) => g.kind === "verdeling")) {
      // Every column that is neither the key nor the saldo holds an amount distributed naar rato. A saldo (or
      // Totaal) column beside them is their sum per row, checked as that sum: its own share may differ by
      // rounding from the sum of the rounded shares, and the sum is what a controller's SUM gives. Alone, it
      // is the amount distributed.
      const others = grid.roles
        .map((r, i) => (r !== "inwoners" && r !== "saldo" ? i : -1))
        .filter((i) => i >= 0);
      const saldoCol = others.length > 0 ? grid.roles.indexOf("saldo") : -1;
      const amountCols =
        others.length > 0 ? others : grid.roles.flatMap((r, i) => (r === "saldo" ? [i] : []));
      const total = grid.rows.find((r) => isTotalLabel(r.label));
      const body = bodyOf(grid, total);
      const rows = body.filter(municipality);
      const { perRegel, perRegelBarSlips, whole, corrections } = total
        ? checkShares(ctx, verdelingGemeenten, grid, total, amountCols)
        : {
            perRegel: new Set<number>(),
            perRegelBarSlips: new Set<number>(),
            whole: false,
            corrections: new Map<AmountCell, Decimal>(),
          };
      for (const row of grid.rows) {
        if (saldoCol < 0) break;
        const parts: Part[] = amountCols.map((c) => [row, row.cells[c]]);
        const saldo = row.cell("saldo");
        if (saldo && corrections.has(saldo)) continue; // reported as a share already
        const wat = `${grid.title}, ${row.label}, ${grid.headers[saldoCol]}`;
        const cells = parts.map(([, c]) => c);
        // A saldo over a share reported as the slip is checked against what the share should be.
        if (cells.some((c) => c && corrections.has(c)))
          check(ctx, saldo, correctedSum(cells, corrections), wat, { cells, grid });
        else checkSum(ctx, grid, saldo, parts, wat, true);
      }
      for (const row of rows) {
        if (corrections.has(row.cell("inwoners")!)) continue; // reported as the slip
        const key = valueOf(row.cell("inwoners"));
        const builtIn = gemeenten().find((g) => g.naam === municipality(row));
        if (!builtIn || key === undefined || key.equals(builtIn.inwoners)) continue;
        ctx.report({
          ref: row.cell("inwoners")!.ref,
          ernst: "info",
          messageId: "afwijkendeSleutel",
          data: {
            wat: `${grid.title}, ${row.label}`,
            gevonden: formatDutchNumber(key),
            verwacht: formatDutchNumber(builtIn.inwoners),
          },
          verwacht: builtIn.inwoners,
          gevonden: key.toNumber(),
          grid,
        });
      }
      // Column totals add up every row above the Totaal, known municipality or not, once the rows hold the
      // whole key (or all fourteen are listed); a table showing part of a distribution (Almelo's line of the
      // frictiekosten) has only its shares checked, as its page says.
      if (!total || !whole) continue;
      grid.headers.forEach((header, c) => {
        const parts: Part[] = body.map((r) => [r, r.cells[c]]);
        const wat = `${grid.title}, ${total.label}, ${header}`;
        const cells = parts.map(([, cell]) => cell);
        if (corrections.has(total.cells[c])) return; // the Totaal is reported as a slip already
        // A column whose open total the reported slips explain (with per-row rounding) says no more.
        if (explainedBySlip(total.cells[c], cells, corrections)) return;
        if (perRegelBarSlips.has(c) && cells.some((cell) => cell && corrections.has(cell))) return;
        if (perRegel.has(c) && explainOpenTotal(ctx, grid, total.cells[c], parts, wat)) return;
        checkSum(ctx, grid, total.cells[c], parts, wat);
      });
    }
  },
});
