import { Decimal } from "../../calc";
import { TABLE_KINDS } from "../tables/kinds";
import { RoleRelation } from "../tables/kinds/kind";
import { normalizeLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { check, headerOf, printedPositive, valueOf } from "./helpers";
import { signedByMarks } from "./markedSigns";
import { defineRule } from "./rule";

/** The relation with each term the table prints without its sign (`unsigned`) subtracted instead. */
function withPrintedSigns(grid: Grid, relation: RoleRelation): RoleRelation {
  const flip = (relation.unsigned ?? []).filter(
    (r) => relation.plus.includes(r) && printedPositive(grid, r)
  );
  if (flip.length === 0) return relation;
  return {
    ...relation,
    plus: relation.plus.filter((r) => !flip.includes(r)),
    minus: [...(relation.minus ?? []), ...flip],
  };
}

/** "lasten - baten" for a message. */
function formula(grid: Grid, relation: RoleRelation): string {
  const name = (role: string) => headerOf(grid, role).replace(/\s+/g, " ").toLowerCase();
  const plus = [...relation.plus, ...(relation.optional ?? [])]
    .filter((r) => grid.roles.includes(r))
    .map(name);
  const minus = (relation.minus ?? []).map(name);
  return [plus.join(" + "), ...minus].join(" - ");
}

function applies(grid: Grid, relation: RoleRelation): boolean {
  const has = (role: string) => grid.roles.includes(role);
  return (
    has(relation.result) &&
    relation.plus.every(has) &&
    (relation.minus ?? []).every(has) &&
    !(relation.unless ?? []).some(has)
  );
}

const ZERO = new Decimal(0);

/** A relation over `{jaar}` once for each year the table's roles name; any other relation as it is. */
function perYear(grid: Grid, relation: RoleRelation): RoleRelation[] {
  if (!relation.result.includes("{jaar}")) return [relation];
  const years = new Set(grid.roles.flatMap((r) => /-(\d{4})$/.exec(r ?? "")?.[1] ?? []));
  const of = (role: string, year: string) => role.replace("{jaar}", year);
  return [...years].map((year) => ({
    result: of(relation.result, year),
    plus: relation.plus.map((r) => of(r, year)),
    minus: relation.minus?.map((r) => of(r, year)),
  }));
}

/** The relation's value on a row, or undefined when a term cannot be read. */
function evaluate(
  row: GridRow,
  relation: RoleRelation,
  added: readonly string[]
): Decimal | undefined {
  let total = ZERO;
  for (const role of added) {
    const cell = row.cell(role);
    if (!cell) continue; // an optional column the table lacks
    const v = valueOf(cell);
    if (v === undefined) return undefined;
    total = total.plus(v);
  }
  for (const role of relation.minus ?? []) {
    const v = valueOf(row.cell(role));
    if (v === undefined) return undefined;
    total = total.minus(v);
  }
  return total;
}

/** The relation the other way round: result = minus - plus. */
function flipped(relation: RoleRelation): RoleRelation {
  return { ...relation, plus: relation.minus ?? [], minus: relation.plus, optional: [] };
}

/**
 * A relation whose sign the table chooses (verschil = realisatie - begroot, or begroot - realisatie), read
 * from its figures as the cao table reads its Tekort: the way more rows agree with exactly; the declared
 * one when as many (or none) do. Every row is then checked that way, so a row with the other sign is found.
 */
function signOf(grid: Grid, relation: RoleRelation, rows = grid.rows): RoleRelation {
  return votesOf(rows, relation) < 0 ? flipped(relation) : relation;
}

/** Rows that agree with the relation exactly, less those that agree with it the other way round. */
export function votesOf(rows: readonly GridRow[], relation: RoleRelation): number {
  let votes = 0;
  for (const row of rows) {
    const found = valueOf(row.cell(relation.result));
    const value = evaluate(row, relation, [...relation.plus, ...(relation.optional ?? [])]);
    if (found === undefined || value === undefined || value.isZero()) continue;
    if (found.equals(value)) votes++;
    else if (found.equals(value.negated())) votes--;
  }
  return votes;
}

const isBatenRow = (row: GridRow) =>
  /\bbaten\b/.test(normalizeLabel(row.label)) && !/\blasten\b/.test(normalizeLabel(row.label));

/**
 * The sign per row: the table's, except on its baten rows when more of them show the other
 * sign (the jaarrekening prints voordelig positive: begroting - realisatie on the lasten, realisatie -
 * begroting on the baten). One baten row with the other sign stays a finding.
 */
function signsByRow(grid: Grid, relation: RoleRelation): (row: GridRow) => RoleRelation {
  const table = signOf(grid, relation);
  const baten = grid.rows.filter(isBatenRow);
  const rest = grid.rows.filter((r) => !isBatenRow(r));
  if (baten.length < 2 || rest.length < 2) return () => table;
  const [onBaten, onRest] = [votesOf(baten, table), votesOf(rest, table)];
  if (onBaten >= 0 || onRest < 1) return () => table;
  const other = flipped(table);
  return (row) => (isBatenRow(row) ? other : table);
}

/** A budget per programme; the saldo of Veilig Thuis Twente given. */
const begroting = (vttSaldo: number) => ({
  Begroting: [
    ["Begroting 2025 per programma"],
    ["Programma", "Lasten", "Baten", "Saldo"],
    ["GGD Twente", 38110, 13888, 24222],
    ["OZJT", 3539, 578, 2961],
    ["Veilig Thuis Twente", 7172, 2965, vttSaldo],
    ["Totaal", 48821, 17431, 31390],
  ],
});

export const rolRelatie = defineRule({
  meta: {
    id: "rol-relatie",
    naam: "Relatie tussen de kolommen",
    beschrijving:
      "Wat de kolomkoppen van een tabel zeggen, klopt op elke regel: lasten - baten = saldo; voor + wijziging = na; voordelig + nadelig = totaal; gerealiseerd + prognose = subtotaal; deze Berap - vorige Berap = verschil; realisatie - begroting = verschil (of begroting - realisatie: de cijfers van de tabel zeggen welk teken, en dat geldt dan op elke regel).",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "Lasten - baten = saldo op elke regel: 38.110 - 13.888 = 24.222, 3.539 - 578 = 2.961, 7.172 - 2.965 = 4.207, 48.821 - 17.431 = 31.390.",
        bladen: begroting(4207),
      },
      kloptNiet: {
        uitleg:
          "Bij Veilig Thuis Twente staat saldo 4.027, maar 7.172 - 2.965 = 4.207 (twee cijfers omgewisseld, verschil -180).",
        bladen: begroting(4027),
      },
    },
  },
  check(ctx) {
    const programmeGrids = ctx.berap.programmes.flatMap((p) =>
      [p.matrix, p.doorwerking].filter((g): g is Grid => g !== undefined)
    );
    for (const table of [...programmeGrids, ...ctx.berap.grids]) {
      // A verschil printed without its sign, a V/N column beside it: N is read as a minus.
      const grid = signedByMarks(table);
      const kind = TABLE_KINDS.find((k) => k.id === grid.kind);
      for (const declared of (kind?.relations ?? []).flatMap((r) => perYear(grid, r))) {
        if (!applies(grid, declared)) continue;
        const signed = withPrintedSigns(grid, declared);
        const signs = signed.signFromFigures ? signsByRow(grid, signed) : () => signed;
        for (const row of grid.rows) {
          const relation = signs(row);
          const what = formula(grid, relation);
          const added = [...relation.plus, ...(relation.optional ?? [])];
          const plus = added.map((r) => row.cell(r));
          const minus = (relation.minus ?? []).map((r) => row.cell(r));
          // Which of a row's cells is wrong, the relation does not say; a term found wrong by its own items
          // (a Totaal, a wijziging) counts with what it should be.
          check(
            ctx,
            row.cell(relation.result),
            evaluate(row, relation, added),
            `${grid.title}, ${row.label.trim()}, ${headerOf(grid, relation.result)} (${what})`,
            { cells: [...plus, ...minus], plus, minus, ambiguous: true, grid }
          );
        }
      }
    }
  },
});
