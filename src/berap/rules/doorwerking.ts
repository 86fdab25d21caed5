import { Decimal, parseSoort } from "../../calc";
import { Grid, GridRow, Programme } from "../tables/types";
import {
  check,
  developmentTerms,
  headerOf,
  line,
  printedPositive,
  listsRead,
  LISTS_UNREAD_MESSAGES,
  reportListsUnread,
  sumOf,
  valueOf,
} from "./helpers";
import { defineRule, ExampleCell, RuleContext } from "./rule";
import {
  holdsAmount,
  isClosingLabel,
  reportUnknownRows,
  UNKNOWN_ROW_MESSAGES,
} from "./unknownRows";
import { programmeRows } from "./examples";

const ROLES = ["voordelig", "nadelig", "totaal"];

/**
 * The rows I, M and S of a doorwerking table by soort, its totals row (the first closing or unlabelled row
 * after them), and the rows above it that are neither (with a figure): those make the totals row unsure.
 */
function soortRows(grid: Grid) {
  const soortOf = (label: string) => parseSoort(label.trim().split(/\s/)[0]) ?? parseSoort(label);
  const bySoort = new Map<string, GridRow>();
  const unknown: GridRow[] = [];
  let total: GridRow | undefined;
  for (const row of grid.rows) {
    if (total) break;
    const soort = soortOf(row.label);
    if (soort) {
      if (!bySoort.has(soort)) bySoort.set(soort, row);
    } else if (isClosingLabel(row.label) || !row.label.trim()) total = row;
    else if (holdsAmount(row)) unknown.push(row);
  }
  return { bySoort, total, unknown };
}

/** The example sheet: an older Berap (no financing codes) with a doorwerking table, row I and Totaal given. */
const ouderBlad = (incidenteel: ExampleCell[], totaal: ExampleCell[]) => [
  ...programmeRows(
    "GGD Twente",
    [
      ["I", "Forensische Geneeskunde-extra opbrengsten", 174],
      ["I", "Infectieziekten - vaccineren op maat", 50],
      ["M", "Projecten GGD", 83],
    ],
    [
      ["S", "Huisvestingskosten consultatiebureaus JGZ", -145],
      ["I", "Kosten voormalig personeel", -44],
    ],
    [307, -189],
    [["Verwacht bedrijfsresultaat", 118]]
  ),
  [],
  ["Doorwerking"],
  ["Soort", "Voordelig", "Nadelig", "Totaal"],
  ["Incidenteel", ...incidenteel],
  ["Meerjarig", 83, "-", 83],
  ["Structureel", "-", -145, -145],
  ["Totaal", ...totaal],
];

export const doorwerking = defineRule({
  meta: {
    id: "doorwerking",
    naam: "Doorwerkingstabel",
    beschrijving:
      "Doorwerkingstabel (oudere Beraps): per soort is Voordelig de som van de positieve en Nadelig de som van de negatieve ontwikkelingen; de totaalrij telt op en is het verwacht bedrijfsresultaat; de tabel voor heel SamenTwente is de som van die van de programma's. Dat Totaal = Voordelig + Nadelig op elke regel, controleert 'Relatie tussen de kolommen'.",
    ernst: "fout",
    messages: { ...UNKNOWN_ROW_MESSAGES, ...LISTS_UNREAD_MESSAGES },
    voorbeelden: {
      klopt: {
        uitleg:
          "Incidenteel voordelig 174 + 50 = 224, nadelig -44, totaal 180; meerjarig 83; structureel -145. Totaal 307, -189 en 118, het verwacht bedrijfsresultaat.",
        bladen: { "GGD Twente": ouderBlad([224, -44, 180], [307, -189, 118]) },
      },
      kloptNiet: {
        uitleg:
          "Incidenteel voordelig staat op 174: 'Infectieziekten - vaccineren op maat' (50) is vergeten, 174 + 50 = 224 volgt (verschil 50). De tabel telt zelf op (174 + 83 = 257; 257 - 189 = 68), maar 68 is niet het bedrijfsresultaat 118.",
        bladen: { "GGD Twente": ouderBlad([174, -44, 130], [257, -189, 68]) },
      },
    },
  },
  check(ctx) {
    const own = ctx.berap.programmes.filter((p) => p.doorwerking);
    for (const p of own) checkProgramme(ctx, p, p.doorwerking!);
    // A doorwerking table outside the programmes is the consolidated one: the sum of theirs.
    for (const grid of ctx.berap.grids.filter((g) => g.kind === "doorwerking")) {
      const { bySoort, total, unknown } = soortRows(grid);
      checkTotalRow(ctx, grid, bySoort, total, unknown, grid.title);
      if (own.length === 0) continue;
      for (const [soort, row] of bySoort)
        for (const role of ROLES) {
          const parts = own.map((p) => soortRows(p.doorwerking!).bySoort.get(soort)?.cell(role));
          check(
            ctx,
            row.cell(role),
            sumOf(parts),
            `${grid.title}, ${row.label}, ${headerOf(grid, role)} tegen de programma's`,
            {
              cells: parts,
              plus: parts,
              grid,
            }
          );
        }
    }
  },
});

function checkProgramme(ctx: RuleContext, p: Programme, grid: Grid): void {
  const name = `${p.name}, ${grid.title}`;
  const { bySoort, total, unknown } = soortRows(grid);
  const read = listsRead(p);
  if (!read)
    reportListsUnread(ctx, p, name, {
      ref: { sheet: grid.sheet, row: grid.headerRow, col: grid.left },
      grid,
    });
  const positiveNadelig = printedPositive(grid, "nadelig");
  for (const [soort, row] of read ? bySoort : []) {
    for (const [role, sign] of [
      ["voordelig", "positief"],
      ["nadelig", "negatief"],
    ] as const) {
      const items = p.lists
        .filter((l) => l.sign === sign)
        .flatMap((l) => l.items.filter((i) => parseSoort(i.soort.text) === soort));
      const sum = sumOf(items.map((i) => i.bedrag));
      // Nadelen printed as positive amounts (105 for -105) are the lists' sum without its minus.
      const negated = role === "nadelig" && positiveNadelig && sum?.isNegative();
      const expected = negated ? sum!.negated() : sum;
      // The items are the terms: one both this cell and its list's Totaal point at is the slip (slips.ts).
      const terms = developmentTerms(p.name, items);
      check(ctx, row.cell(role), expected, `${name}, ${row.label}, ${headerOf(grid, role)}`, {
        cells: items.map((i) => i.bedrag),
        grid,
        ...(negated ? { minus: terms.plus, termCells: terms.termCells } : terms),
      });
    }
  }
  if (!total) return;
  checkTotalRow(ctx, grid, bySoort, total, unknown, name);
  const result = line(p, "bedrijfsresultaat");
  if (valueOf(result) !== undefined)
    check(
      ctx,
      total.cell("totaal"),
      valueOf(result) ?? new Decimal(0),
      `${name}, totaal tegen het verwacht bedrijfsresultaat`,
      {
        cells: [result],
        plus: [result],
        grid,
      }
    );
}

function checkTotalRow(
  ctx: RuleContext,
  grid: Grid,
  bySoort: Map<string, GridRow>,
  total: GridRow | undefined,
  unknown: readonly GridRow[],
  name: string
): void {
  // The totals row against I + M + S only when no other row might belong in the sum.
  if (reportUnknownRows(ctx, grid, name, unknown, "soort (I, M of S)") || !total) return;
  for (const role of ROLES) {
    const parts = [...bySoort.values()].map((r) => r.cell(role));
    check(ctx, total.cell(role), sumOf(parts), `${name}, ${total.label}, ${headerOf(grid, role)}`, {
      cells: parts,
      plus: parts,
      grid,
    });
  }
}
