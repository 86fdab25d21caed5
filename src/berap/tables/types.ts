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
  readonly cells: AmountCell[];
}

export type GridKind =
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
  | "ziekteverzuim"
  | "verdeling"
  | "projectenbudget";

/** A table of labelled rows and value columns, recognized by its header. */
export interface Grid {
  readonly kind: GridKind;
  readonly sheet: string;
  /** The title above the header, or the kind in words when there is none. */
  readonly title: string;
  readonly headerRow: number;
  readonly headers: string[];
  readonly rows: GridRow[];
  /** Whole euros or thousands, from the nearest "x EUR 1.000" / "hele euro's" note. */
  readonly unit: "duizend" | "euro";
}

export interface Development {
  readonly row: number;
  readonly soort: { readonly text: string; readonly ref: Ref };
  readonly omschrijving: { readonly text: string; readonly ref: Ref };
  readonly bedrag: AmountCell;
}

export interface DevelopmentList {
  readonly sheet: string;
  readonly sign: "positief" | "negatief";
  readonly block?: string;
  readonly headerRow: number;
  readonly items: Development[];
  readonly total?: AmountCell;
}

export type ResultLineKind =
  "bedrijfsresultaat" | "blokresultaat" | "cao" | "incl-cao" | "rente" | "jaarrekening";

export interface ResultLine {
  readonly kind: ResultLineKind;
  readonly label: string;
  readonly value: AmountCell;
  /** The block a "Verwacht resultaat <blok>" line closes. */
  readonly block?: string;
}

/** Everything of one programme: its development lists, result lines and matrix, possibly over several sheets. */
export interface Programme {
  readonly name: string;
  readonly sheets: string[];
  readonly lists: DevelopmentList[];
  readonly lines: ResultLine[];
  readonly matrix?: Grid;
  readonly doorwerking?: Grid;
}

/** A problem met while recognizing: becomes a finding of the rule "tabel-niet-herkend". */
export interface RecognitionProblem {
  readonly sheet: string;
  readonly ref?: Ref;
  readonly message: string;
}

export interface RecognizedBerap {
  readonly sheetOrder: string[];
  readonly programmes: Programme[];
  readonly grids: Grid[];
  readonly problems: RecognitionProblem[];
}
