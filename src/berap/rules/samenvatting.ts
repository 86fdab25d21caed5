import { normalizeLabel, programmeOf } from "../tables/labels";
import { Programme, ResultLineKind } from "../tables/types";
import { check, gridsOf, headerOf, line, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";
import { ggdResultaatRegels, ggdSheet } from "./examples";

/** The summary's column roles are the programmes' result lines of the same name. */
const LINE_ROLES: ResultLineKind[] = [
  "bedrijfsresultaat",
  "cao",
  "incl-cao",
  "rente",
  "jaarrekening",
];

/** GGD Twente's sheet (118, cao 562, 680) and a summary with its row and OZJT's, GGD's cao and Totaal given. */
const metSamenvatting = (ggdCao: number, totaalCao: number) => ({
  ...ggdSheet({ regels: ggdResultaatRegels() }),
  Samenvatting: [
    ["Samenvatting resultaat per programma"],
    [
      "Programma",
      "Verwacht bedrijfsresultaat",
      "Cao ontwikkeling",
      "Verwacht resultaat incl. cao ontwikkeling",
      "Verwacht jaarrekening resultaat",
    ],
    ["GGD Twente", 118, ggdCao, 680, 680],
    ["OZJT", -193, 49, -144, -144],
    ["Totaal", -75, totaalCao, 536, 536],
  ],
});

export const samenvatting = defineRule({
  meta: {
    id: "samenvatting",
    naam: "Samenvatting per programma",
    beschrijving:
      "Samenvatting per programma: elke rij komt overeen met het blad van het programma, en de Totaal-rij is de som van de programma's. Dat incl. cao en jaarrekeningresultaat binnen een rij kloppen, controleert 'Relatie tussen de kolommen'.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "De rij GGD Twente herhaalt het blad (118, 562, 680, 680); Totaal is GGD + OZJT: 118 - 193 = -75, 562 + 49 = 611, 680 - 144 = 536.",
        bladen: metSamenvatting(562, 611),
      },
      kloptNiet: {
        uitleg:
          "Bij GGD Twente staat cao 526 waar het blad 562 zegt (twee cijfers omgewisseld, verschil -36). De Totaal-rij 611 = 562 + 49 klopt met wat die rij had moeten zijn: geen tweede fout (met 526 zou 575 volgen).",
        bladen: metSamenvatting(526, 611),
      },
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "samenvatting")) {
      const roles = LINE_ROLES.filter((r) => grid.roles.includes(r));
      const programmeRows = grid.rows.filter((r) => programmeOf(r.label));
      for (const row of grid.rows) {
        const where = `${grid.title}, ${row.label}`;
        const p = ctx.berap.programmes.find((q: Programme) => q.name === programmeOf(row.label));
        if (p) {
          for (const role of roles) {
            const own = line(p, role);
            if (valueOf(own) !== undefined)
              check(
                ctx,
                row.cell(role),
                valueOf(own),
                `${where}, ${headerOf(grid, role)} tegen het blad ${p.sheets[0]}`,
                {
                  cells: [own],
                  plus: [own],
                  grid,
                }
              );
          }
        }
        if (/^totaal/.test(normalizeLabel(row.label))) {
          for (const role of roles) {
            const parts = programmeRows.map((r) => r.cell(role));
            check(ctx, row.cell(role), sumOf(parts), `${where}, ${headerOf(grid, role)}`, {
              cells: parts,
              plus: parts,
              grid,
            });
          }
        }
      }
    }
  },
});
