import { normalizeLabel } from "../tables/labels";
import { check, gridsOf, headerOf, sumOf, valueOf } from "./helpers";
import { checkClosingRows } from "./closingRows";
import { defineRule } from "./rule";

const ROLES = ["lasten", "baten", "saldo"];

const BEGROTING_KOP = ["Begroting 2025", "Lasten", "Baten", "Saldo (gemeentelijke bijdrage)"];
const STAND_VOOR_WIJZIGING = [
  "Begroting 2025 voor wijziging (vastgesteld 10 juli 2024)",
  62881,
  20744,
  42137,
];
const STAND_3E_WIJZIGING = [
  "Begroting 2025 3e wijziging (vastgesteld 10 september 2025)",
  72207,
  29632,
  42575,
];
const STAND_ACTUEEL = [
  "Begroting 2025 actueel (4e wijziging vastgesteld 12 november 2025)",
  72836,
  30261,
  42575,
];

export const begrotingSaldo = defineRule({
  meta: {
    id: "begroting-saldo",
    naam: "Ontwikkeling van de begroting",
    beschrijving:
      "Ontwikkeling van de begroting: de ontwikkeling is de actuele begroting min de begroting voor wijziging, en de verklaring telt op tot de ontwikkeling. Een begroting per programma sluit met haar Totaal. Dat lasten - baten = saldo op elke regel, controleert 'Relatie tussen de kolommen'.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "Ontwikkeling = actueel - voor wijziging: 72.836 - 62.881 = 9.955, 30.261 - 20.744 = 9.517, 42.575 - 42.137 = 438; de verklaring telt op tot 3.271 + 2.066 + 688 + 3.930 = 9.955, 3.259 + 2.066 + 250 + 3.942 = 9.517 en 12 + 688 - 250 - 12 = 438.",
        bladen: {
          Begroting: [
            ["Ontwikkeling begroting 2025"],
            BEGROTING_KOP,
            STAND_VOOR_WIJZIGING,
            STAND_3E_WIJZIGING,
            STAND_ACTUEEL,
            ["Ontwikkeling lasten en baten", 9955, 9517, 438],
            ["Diverse opdrachten en subsidies GGD Twente", 3271, 3259, 12],
            ["Raming najaarscampagne COVID-19", 2066, 2066, "-"],
            ["Uitbreiding begroting Veilig Thuis Twente", 688, "-", 688],
            ["Raming renteopbrengsten schatkistbankieren", "-", 250, -250],
            ["Overige actualiseringen", 3930, 3942, -12],
            ["Totaal", 9955, 9517, 438],
          ],
        },
      },
      kloptNiet: {
        uitleg:
          "De tabel zoals gepubliceerd: de verklaring telt in de saldokolom op tot 12 - 151 - 2 - 238 + 365 + 12 + 688 - 250 = 436, waar 438 staat (verschil 2, een fout). Daarnaast is 72.836 - 62.881 = 9.955 waar 9.954 staat, en telt de verklaring bij de baten op tot 9.518 waar 9.517 staat: afrondingsverschillen.",
        bladen: {
          Begroting: [
            ["Ontwikkeling begroting 2025"],
            BEGROTING_KOP,
            STAND_VOOR_WIJZIGING,
            ["Begroting 2025 1e wijziging (vastgesteld 13 november 2024)", 66616, 24479, 42137],
            ["Begroting 2025 2e wijziging (vastgesteld 9 juli 2025)", 71520, 29382, 42137],
            STAND_3E_WIJZIGING,
            STAND_ACTUEEL,
            ["Ontwikkeling lasten en baten", 9954, 9517, 438],
            ["Diverse opdrachten en subsidies GGD Twente", 3271, 3259, 12],
            ["Raming SPUK VIPP GGD Twente", 1220, 1220, "-"],
            ["Diverse actualiseringen begroting GGD Twente", 934, 1085, -151],
            ["Verschuiving opdrachten OZJT naar CoW en bedrijfsvoering", -946, -944, -2],
            ["Actualisering begroting Veilig Thuis Twente", -305, -67, -238],
            ["Actualisering begroting Bestuur & Ondersteuning", 372, 7, 365],
            ["Verschuiving OZJT naar CoW en actualisering overige CoW's", 1128, 1128, "-"],
            ["Raming najaarscampagne COVID-19", 2066, 2066, "-"],
            ["Actualisering begroting OZJT", 55, 43, 12],
            ["Actualiseringen begrotingen CoW", 1471, 1471, "-"],
            ["Uitbreiding begroting Veilig Thuis Twente", 688, "-", 688],
            ["Raming renteopbrengsten schatkistbankieren", "-", 250, -250],
            ["Totaal", 9954, 9517, 438],
          ],
        },
      },
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "ontwikkeling-begroting")) {
      const development = grid.rows.findIndex((r) => /^ontwikkeling/.test(normalizeLabel(r.label)));
      if (development < 1) {
        // No steps and no explanation: a budget per programme, closed by its Totaal.
        checkClosingRows(ctx, grid, ROLES);
        continue;
      }
      const steps = grid.rows.slice(0, development);
      const devRow = grid.rows[development];
      const total = grid.rows
        .slice(development + 1)
        .find((r) => /^totaal/.test(normalizeLabel(r.label)));
      const explanation = grid.rows.slice(development + 1).filter((r) => r !== total);
      for (const role of ROLES) {
        const header = headerOf(grid, role);
        const firstCell = steps[0].cell(role);
        const lastCell = steps[steps.length - 1].cell(role);
        const first = valueOf(firstCell);
        const last = valueOf(lastCell);
        if (first !== undefined && last !== undefined)
          check(
            ctx,
            devRow.cell(role),
            last.minus(first),
            `${grid.title}, ${devRow.label}, ${header}`,
            {
              cells: [lastCell, firstCell],
              plus: [lastCell],
              minus: [firstCell],
              grid,
            }
          );
        if (total) {
          const parts = explanation.map((r) => r.cell(role));
          check(
            ctx,
            total.cell(role),
            sumOf(parts),
            `${grid.title}, ${total.label}, ${header} (som van de verklaring)`,
            { cells: parts, plus: parts, grid }
          );
          check(
            ctx,
            total.cell(role),
            valueOf(devRow.cell(role)),
            `${grid.title}, ${total.label} tegen ${devRow.label}, ${header}`,
            { cells: [devRow.cell(role)], plus: [devRow.cell(role)], grid }
          );
        }
      }
    }
  },
});
