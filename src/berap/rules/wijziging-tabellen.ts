import { Decimal } from "../../calc";
import { amountValue } from "../model/amount";
import { BudgetPhase, budgetPhase } from "../tables/budgetPhase";
import {
  coalitionOf,
  isSubtotalLabel,
  isTotalLabel,
  normalizeLabel,
  programmeOf,
} from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { gridsOf, headerOf } from "./helpers";
import { defineRule, RuleContext } from "./rule";

const ROLES = ["lasten", "baten", "saldo"] as const;
const PHASES: readonly BudgetPhase[] = ["voor", "wijziging", "na"];
export type Triple = Readonly<Record<BudgetPhase, Grid>>;

const begroting = (title: string, rows: (string | number | null)[][]) => [
  [title],
  ["Programma", "Lasten", "Baten", "Saldo"],
  ...rows,
  [],
];

/**
 * A begrotingswijziging printed as three tables with the same row labels: the budget before the change
 * ("Begroting voor wijziging", "Primitieve begroting"), the change ("Wijziging", "Mutatie") and the budget
 * after it ("Begroting na wijziging", "Bijgestelde begroting"), on one sheet or several. Which table is which
 * comes from the words of its title or headers (tables/budgetPhase.ts); rows are matched by their label,
 * never by their place, and after = before + change in every column the three share.
 */
export const wijzigingTabellen = defineRule({
  meta: {
    id: "wijziging-tabellen",
    naam: "Begroting na wijziging = voor + wijziging",
    beschrijving:
      "Drie tabellen met lasten, baten en saldo per programma (begroting voor wijziging, wijziging, begroting na wijziging; herkend aan de woorden van titel of kop) kloppen met elkaar: per regel, gekoppeld op het label, is na = voor + wijziging. Een regel die niet in alle drie staat, of tabellen die niet eenduidig te koppelen zijn, geven een waarschuwing over de tabel, geen fout.",
    ernst: "fout",
    messages: {
      regelOntbreekt:
        "'{{regel}}' staat in {{aanwezig}}, maar niet in {{ontbreekt}}: na = voor + wijziging is voor deze regel niet gecontroleerd.",
      nietTeKoppelen:
        "De tabellen {{tabellen}} lijken een begroting voor wijziging, een wijziging en een begroting na wijziging, maar {{reden}}: na = voor + wijziging is niet gecontroleerd.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Drie tabellen onder elkaar (x € 1.000). GGD Twente: lasten 38.110 + 120 = 38.230, baten 13.888 + 120 = 14.008, saldo 24.222 + 0 = 24.222; OZJT: 3.539 - 45 = 3.494, 578 - 45 = 533, 2.961 + 0 = 2.961; Totaal 41.649 + 75 = 41.724, 14.466 + 75 = 14.541, 27.183 + 0 = 27.183.",
        bladen: {
          Begrotingswijziging: [
            ["Technische begrotingswijziging 2025"],
            ["Bedragen x € 1.000"],
            [],
            ...begroting("Begroting voor wijziging", [
              ["GGD Twente", 38110, 13888, 24222],
              ["OZJT", 3539, 578, 2961],
              ["Totaal", 41649, 14466, 27183],
            ]),
            ...begroting("Wijziging", [
              ["GGD Twente", 120, 120, 0],
              ["OZJT", -45, -45, "-"],
              ["Totaal", 75, 75, 0],
            ]),
            ...begroting("Begroting na wijziging", [
              ["GGD Twente", 38230, 14008, 24222],
              ["OZJT", 3494, 533, 2961],
              ["Totaal", 41724, 14541, 27183],
            ]),
          ],
        },
      },
      kloptNiet: {
        uitleg:
          "Dezelfde tabellen, de wijziging op een eigen blad en de regels in een andere volgorde; bij GGD Twente staat na wijziging 38.330 aan lasten, terwijl 38.110 + 120 = 38.230: verschil 100, een fout.",
        bladen: {
          Voor: [
            ...begroting("Primitieve begroting 2025", [
              ["GGD Twente", 38110, 13888, 24222],
              ["OZJT", 3539, 578, 2961],
            ]),
          ],
          Mutatie: [
            ...begroting("Mutatie", [
              ["OZJT", -45, -45, 0],
              ["GGD Twente", 120, 120, 0],
            ]),
          ],
          Na: [
            ...begroting("Bijgestelde begroting 2025", [
              ["GGD Twente", 38330, 14008, 24222],
              ["OZJT", 3494, 533, 2961],
            ]),
          ],
        },
      },
    },
  },
  check(ctx) {
    const { triples, left } = wijzigingTriples(ctx);
    for (const triple of triples) checkTriple(ctx, triple);
    // Tables that look like part of a wijziging but pair with nothing: a check not made, said once.
    const phases = new Set(left.map((g) => g.phase));
    if (phases.size < 2) return;
    const missing = PHASES.filter((p) => !phases.has(p));
    ctx.report({
      ref: { sheet: left[0].grid.sheet, row: left[0].grid.headerRow, col: left[0].grid.left },
      ernst: "waarschuwing",
      messageId: "nietTeKoppelen",
      data: {
        tabellen: left.map((g) => `'${g.grid.title}' (${g.grid.sheet})`).join(", "),
        reden:
          missing.length > 0
            ? `een tabel ${missing.map((p) => PHASE_NAMES[p]).join(" en ")} ontbreekt`
            : "er zijn er meer van een soort en ze staan niet per blad bij elkaar",
      },
      grid: left[0].grid,
    });
  },
});

const PHASE_NAMES: Record<BudgetPhase, string> = {
  voor: "begroting voor wijziging",
  wijziging: "wijziging",
  na: "begroting na wijziging",
};

/** The begrotingswijzigingen printed as three tables, and the tables of a phase that pair with nothing. */
export function wijzigingTriples(ctx: RuleContext): ReturnType<typeof pairTables> {
  const phased = gridsOf(ctx, "ontwikkeling-begroting")
    .map((grid) => ({ grid, phase: budgetPhase(grid) }))
    .filter((g): g is { grid: Grid; phase: BudgetPhase } => g.phase !== undefined);
  return pairTables(phased);
}

/**
 * Pairs the tables: on each sheet that holds exactly one of each phase, those three; then, of the tables
 * left, the three of the workbook when exactly one of each is left (tables on separate sheets).
 */
function pairTables(phased: { grid: Grid; phase: BudgetPhase }[]): {
  triples: Triple[];
  left: { grid: Grid; phase: BudgetPhase }[];
} {
  const triples: Triple[] = [];
  const tripleOf = (tables: { grid: Grid; phase: BudgetPhase }[]): Triple | undefined => {
    if (tables.length !== 3) return undefined;
    const by = new Map(tables.map((t) => [t.phase, t.grid]));
    return by.size === 3
      ? { voor: by.get("voor")!, wijziging: by.get("wijziging")!, na: by.get("na")! }
      : undefined;
  };
  let left = phased;
  for (const sheet of new Set(phased.map((p) => p.grid.sheet))) {
    const triple = tripleOf(left.filter((p) => p.grid.sheet === sheet));
    if (!triple) continue;
    triples.push(triple);
    left = left.filter((p) => p.grid.sheet !== sheet);
  }
  const rest = tripleOf(left);
  if (rest) return { triples: [...triples, rest], left: [] };
  return { triples, left };
}

/**
 * What a row is called in all three tables: its programme or coalition whatever the spelling ("VTT",
 * "Veilig Thuis Twente"; "Samen14", "Samen14 (CoW)"), "totaal" for the grand total ("Totaal", "Totaal
 * SamenTwente"), else its normalized label without a remark in brackets at its end ("Projecten (incidenteel)").
 * A key that two rows of one table share is no key: those rows go by their full label, so rows that differ
 * only by their remark ("Overige (R)", "Overige (G)") stay apart.
 */
function rowsByKey(grid: Grid): Map<string, GridRow> {
  const keyOf = (row: GridRow) => {
    const norm = normalizeLabel(row.label);
    if (isSubtotalLabel(row.label)) return norm;
    if (isTotalLabel(row.label)) return "totaal";
    return (
      programmeOf(row.label) ??
      coalitionOf(row.label) ??
      normalizeLabel(row.label.replace(/\s*\([^()]*\)\s*$/, ""))
    );
  };
  const labelled = grid.rows.filter((r) => normalizeLabel(r.label) !== "");
  const counts = new Map<string, number>();
  for (const row of labelled) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
  const out = new Map<string, GridRow>();
  for (const row of labelled) {
    const key = counts.get(keyOf(row))! > 1 ? `label:${normalizeLabel(row.label)}` : keyOf(row);
    if (!out.has(key)) out.set(key, row);
  }
  return out;
}

function checkTriple(ctx: RuleContext, triple: Triple): void {
  const rows = {
    voor: rowsByKey(triple.voor),
    wijziging: rowsByKey(triple.wijziging),
    na: rowsByKey(triple.na),
  };
  const keys = new Set(PHASES.flatMap((p) => [...rows[p].keys()]));
  const roles = ROLES.filter((role) => PHASES.every((p) => triple[p].roles.includes(role)));
  const name = (p: BudgetPhase) => `'${triple[p].title}'`;
  for (const key of keys) {
    const present = PHASES.filter((p) => rows[p].has(key));
    if (present.length < 3) {
      const row = rows[present[0]].get(key)!;
      ctx.report({
        ref: row.labelRef,
        ernst: "waarschuwing",
        messageId: "regelOntbreekt",
        data: {
          regel: row.label.trim(),
          aanwezig: present.map(name).join(" en "),
          ontbreekt: PHASES.filter((p) => !present.includes(p))
            .map(name)
            .join(" en "),
        },
        grid: triple[present[0]],
      });
      continue;
    }
    const [voor, wijziging, na] = PHASES.map((p) => rows[p].get(key)!);
    for (const role of roles) {
      const target = na.cell(role);
      const parts = [voor.cell(role), wijziging.cell(role)];
      const values = parts.map((c) => (c ? amountValue(c.amount) : undefined));
      // An unreadable cell is reported by its own rule; this relation is then not checked.
      if (!target || values.some((v) => v === undefined)) continue;
      ctx.compare({
        ref: target.ref,
        found: target.amount,
        expected: (values as Decimal[]).reduce((a, b) => a.plus(b)),
        what: `${triple.na.title}, ${na.label.trim()}, ${headerOf(triple.na, role)} (${triple.voor.title} + ${triple.wijziging.title})`,
        cells: parts.map((c) => c!.ref),
        // Which of the three tables holds the slip, the relation does not say; a voor or wijziging found
        // wrong by its own rows counts with what it should be.
        terms: { plus: parts.map((c) => c!.ref) },
        ambiguous: true,
        grid: triple.na,
      });
    }
  }
}
