import { Amount } from "../model/amount";

/** A cell of the workbook: where a figure came from, so every finding can point at it. */
export interface Ref {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface AmountCell {
  readonly ref: Ref;
  readonly amount: Amount;
  /** True when the cell holds a formula. */
  readonly formula: boolean;
}

/** A row of a labelled table: the label and one amount per value column. */
export interface GridRow {
  readonly row: number;
  readonly label: string;
  readonly labelRef: Ref;
  /** One per value column of the table, in column order (see `Grid.roles`). */
  readonly cells: AmountCell[];
  /** The cell of the column with this role; undefined when the table has no such column. */
  cell(role: string): AmountCell | undefined;
}

export type GridKind =
  | "onbekend"
  | "begrotingswijziging"
  | "wijziging-per-bedrag"
  | "financieringsmatrix"
  | "doorwerking"
  | "samenvatting"
  | "vergelijking"
  | "toelichting-verschillen"
  | "cao"
  | "investeringen"
  | "ontwikkeling-begroting"
  | "taakstellingen"
  | "weerstandsvermogen"
  | "lasten-baten"
  | "realisatie"
  | "risico-inventarisatie"
  | "ziekteverzuim"
  | "verdeling"
  | "verdeling-percentage"
  | "projectenbudget"
  | "reserves";

/** A table of labelled rows and value columns, recognized by its header. */
export interface Grid {
  readonly kind: GridKind;
  readonly sheet: string;
  /** The title above the header, or the kind in words when there is none. */
  readonly title: string;
  readonly headerRow: number;
  readonly headers: string[];
  /** The role of each value column ("begroot", "lasten", ...), undefined for a column no role names. */
  readonly roles: (string | undefined)[];
  readonly rows: GridRow[];
  /** The columns the table occupies, label columns included: neighbouring tables never reach into them. */
  readonly left: number;
  readonly right: number;
  /** The programme whose title stands nearest above the table (or names its sheet), if any. */
  readonly programme?: string;
  /** Whole euros or thousands, from the nearest "x EUR 1.000" / "hele euro's" note. */
  readonly unit: "duizend" | "euro";
  /** Hidden rows left out of the table, as its SUBTOTAL(109, ...) totals leave them out (hiddenRows.ts). */
  readonly hiddenRows?: readonly number[];
  /**
   * The V/N marks of a column beside the table, by sheet row ("35 | N"): a verschil printed without its sign
   * takes it from them.
   */
  readonly marks?: ReadonlyMap<number, "V" | "N">;
  /** A weerstandsvermogen table's printed verdicts ("binnen de bandbreedte", "klasse D: matig"). */
  readonly verdicts?: readonly { readonly text: string; readonly ref: Ref }[];
}

export interface Development {
  readonly row: number;
  readonly soort: { readonly text: string; readonly ref: Ref };
  readonly omschrijving: { readonly text: string; readonly ref: Ref };
  /** The financing code's own column, when the list has one. */
  readonly financiering?: { readonly text: string; readonly ref: Ref };
  readonly bedrag: AmountCell;
}

export interface DevelopmentList {
  readonly sheet: string;
  readonly sign: "positief" | "negatief";
  readonly block?: string;
  readonly headerRow: number;
  /** The programme whose title stands nearest above the list, or that names its sheet. */
  readonly programme?: string;
  readonly items: Development[];
  readonly total?: AmountCell;
  /**
   * The rows of developments hidden in Excel and left out of a Totaal that leaves hidden rows out
   * (SUBTOTAL(109, ...)): not among `items`, as Excel does not count them.
   */
  readonly hiddenRows?: readonly number[];
}

export type ResultLineKind =
  "bedrijfsresultaat" | "blokresultaat" | "cao" | "incl-cao" | "rente" | "jaarrekening";

export interface ResultLine {
  readonly kind: ResultLineKind;
  readonly label: string;
  readonly value: AmountCell;
  /** The block a "Verwacht resultaat <blok>" line closes. */
  readonly block?: string;
  readonly programme?: string;
}

/** Everything of one programme: its development lists, result lines and matrix, possibly over several sheets. */
export interface Programme {
  readonly name: string;
  readonly sheets: string[];
  readonly lists: DevelopmentList[];
  readonly lines: ResultLine[];
  readonly matrix?: Grid;
  readonly doorwerking?: Grid;
  /**
   * True when a list header of this programme was seen but its list could not be read (a missing column,
   * no sign): its developments are incomplete, so nothing is compared with their sums.
   */
  readonly listsUnread?: boolean;
}

/** A problem met while recognizing: becomes a finding of the rule "tabel-niet-herkend". */
export interface RecognitionProblem {
  readonly sheet: string;
  readonly ref?: Ref;
  readonly message: string;
  /** waarschuwing (the default) when a check could not be made, info when nothing was lost. */
  readonly ernst?: "waarschuwing" | "info";
}

export interface RecognizedBerap {
  readonly sheetOrder: string[];
  readonly programmes: Programme[];
  readonly grids: Grid[];
  readonly problems: RecognitionProblem[];
  /** Conventions this workbook follows, detected from its tables (not assumed). */
  readonly conventions: Conventions;
  /** Per sheet, the title at its top ("Technische begrotingswijziging 2026"), if any. */
  readonly sheetTitles?: Readonly<Record<string, string>>;
}

export interface Conventions {
  /** True when the developments carry a financing code (R)/(P)/(G), as from 2025 on. */
  readonly financingCodes: boolean;
  /**
   * The programmes' interest lines ("Rentevoordeel schatkistbankieren", "Rentenadeel", "Rente"), in sheet
   * order; when a programme has none, its last line if that names the interest ("... incl. rentevoordeel").
   */
  readonly interestLines: readonly InterestLine[];
}

/** How an interest line is worded: as a voordeel, as a nadeel, or neither ("Rente schatkistbankieren"). */
export type InterestWording = "voordeel" | "nadeel" | "neutraal";

export interface InterestLine {
  readonly wording: InterestWording;
  readonly label: string;
  readonly ref: Ref;
  readonly programme: string;
}
