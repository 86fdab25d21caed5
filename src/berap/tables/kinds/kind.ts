/**
 * A table kind, declared: the words its column headers use for each role, the roles it needs, the words of
 * its label column, and the arithmetic its roles imply. Recognition reads these declarations; rules ask a
 * row for a role (`row.cell("begroot")`), never for a column index. Adding a kind is one file in this folder.
 */
export interface ColumnRole {
  readonly role: string;
  /** Matched anywhere in the header cell, on the normalized text (case, accents, line breaks ignored). */
  readonly words: RegExp;
  /**
   * True when the words name the role only after the kind's label header ("Verzuimduur | 2023 | 2024"): a
   * bare year says what a column is only under a label that names the table.
   */
  readonly withLabel?: boolean;
}

/**
 * `result = sum(plus) - sum(minus)` on every row that has all of these roles. A role with `{jaar}` stands
 * for each year the table's roles name ("na-{jaar}" is "na-2026", "na-2027" ...): the relation holds per year.
 */
export interface RoleRelation {
  readonly result: string;
  readonly plus: readonly string[];
  readonly minus?: readonly string[];
  /** Terms that count as 0 when the table has no such column (a summary without a rente column). */
  readonly optional?: readonly string[];
  /** The relation holds only in tables without these columns (no Subtotaal column: totaal = the parts). */
  readonly unless?: readonly string[];
  /**
   * True when a table may print the result with the other sign (verschil = begroot - realisatie or
   * realisatie - begroot): the sign most rows agree with is the table's, and every row is checked with it.
   */
  readonly signFromFigures?: boolean;
  /**
   * Terms a table may print as positive amounts ("Nadelig 105" for a nadeel of 105, totaal = voordelig -
   * nadelig): a column with figures above zero and none below is subtracted (see `printedPositive`).
   */
  readonly unsigned?: readonly string[];
}

export interface TableKind {
  readonly id: string;
  /** The kind in words, used when a table has no title of its own. */
  readonly title: string;
  /** In order of preference: a header cell takes the first role whose words it contains. */
  readonly roles: readonly ColumnRole[];
  /** The kind fits a header only when each of these roles has a column. */
  readonly required: readonly string[];
  /** Words of the header over the label column ("Programma", "Soort"): they start the table. */
  readonly labelWords?: RegExp;
  /** A header with any of these words in the table's span is not this kind. */
  readonly excludes?: RegExp;
  /** What each row's roles imply, checked on every row by the rule "rol-relatie". */
  readonly relations?: readonly RoleRelation[];
  /** True when the generic rule "tabel-totalen" checks the table's Totaal and Subtotaal rows. */
  readonly genericTotals?: boolean;
  /**
   * Row labels that make the table this kind's own arithmetic; a table of the kind without any such row is
   * checked on its totals by "tabel-totalen" instead (a Begroting | Prognose table with no "beschikbaar"
   * row is no projectenbudget to recompute, only a table with Subtotaal and Totaal rows).
   */
  readonly ownRows?: RegExp;
  /** True when the kind fits only with its label header present (its value header alone is too common). */
  readonly requiresLabel?: boolean;
  /**
   * Words the table must be named by: a cell of its header row (label header included) or its title. For a
   * kind whose column words alone are too common ("t/m aug" heads a realisatie column as well).
   */
  readonly tableWords?: RegExp;
  /** Words some header cell must hold for the kind to be tried at all (a quick test before the full one). */
  readonly headerWords?: RegExp;
  /** True when a column's role is named by the header row above together with its own ("Na wijziging" + "Lasten"). */
  readonly groupedHeader?: boolean;
  /** True when the table belongs to a programme (its matrix, doorwerking, projectenbudget). */
  readonly perProgramme?: boolean;
}

export function defineKind(kind: TableKind): TableKind {
  return kind;
}
