import { Sheet } from "../model/workbook";
import { readGridRows, titleAbove, unitAbove } from "./grid";
import { normalizeLabel } from "./labels";
import { Grid, GridKind } from "./types";

/**
 * Recognizes the labelled tables of a Berap by the words in their header row, never by address. Each
 * signature lists patterns that must all match some header cell; the first signature that fits wins, so
 * the more specific ones come first.
 */
interface Signature {
  readonly kind: GridKind;
  readonly all: RegExp[];
  readonly none?: RegExp[];
  readonly title: string;
}

const SIGNATURES: Signature[] = [
  {
    kind: "financieringsmatrix",
    all: [/^incidenteel/, /^meerjarig/, /^structureel/],
    title: "Resultaat per financiering",
  },
  { kind: "doorwerking", all: [/^voordelig/, /^nadelig/, /^totaal/], title: "Doorwerking" },
  {
    kind: "samenvatting",
    all: [/bedrijfsresultaat/, /cao/, /jaarrekening/],
    title: "Samenvatting per programma",
  },
  {
    kind: "vergelijking",
    all: [/2e berap/, /1e berap/, /^verschil/],
    title: "Vergelijking met de vorige Berap",
  },
  {
    kind: "toelichting-verschillen",
    all: [/^verschil$/, /^verschil t o v totaal/],
    title: "Toelichting verschillen",
  },
  { kind: "cao", all: [/begrote stijging/, /^(overschot|tekort)/], title: "Cao-ontwikkeling" },
  {
    kind: "investeringen",
    all: [/^gerealiseerd/, /^prognose/, /^subtotaal/],
    title: "Investeringen",
  },
  {
    kind: "ontwikkeling-begroting",
    all: [/^lasten$/, /^baten$/, /^saldo/],
    title: "Ontwikkeling begroting",
  },
  { kind: "taakstellingen", all: [/^karakter$/, /^bedrag$/], title: "Taakstellingen" },
  {
    kind: "weerstandsvermogen",
    all: [/benodigd/, /beschikba|vrij besteedba/, /ratio/],
    title: "Weerstandsvermogen",
  },
  {
    kind: "lasten-baten",
    all: [/^actueel begroot/, /^prognose/, /^verschil/],
    title: "Lasten en baten",
  },
  { kind: "ziekteverzuim", all: [/^t m /, /^t m /], title: "Ziekteverzuim" },
  { kind: "verdeling", all: [/inwoners/], title: "Verdeling over de gemeenten" },
  {
    kind: "projectenbudget",
    all: [/begroting$/, /prognose$/],
    none: [/lasten|baten/],
    title: "Projectenbudget",
  },
];

// Every signature's first pattern in one: a row none of whose cells matches it heads no table (most rows).
const ANY_FIRST = new RegExp(SIGNATURES.map((s) => `(?:${s.all[0].source})`).join("|"));

/** True when the row is the header of one of the labelled tables (so a "Soort" in it is no development list). */
export function isGridHeader(sheet: Sheet, row: number): boolean {
  const texts = sheet
    .rowCells(row)
    .filter(([, c]) => typeof c.value === "string")
    .map(([, c]) => normalizeLabel(String(c.value)));
  return SIGNATURES.some((s) => matches(s, texts));
}

export function recognizeGrids(sheet: Sheet): Grid[] {
  const grids: Grid[] = [];
  let coveredUntil = 0;
  for (const row of sheet.filledRows()) {
    if (row <= coveredUntil) continue;
    const headers = sheet
      .rowCells(row)
      .filter(([, c]) => typeof c.value === "string" && c.value.trim() !== "")
      .map(([col, c]) => ({
        col,
        text: String(c.value).trim(),
        norm: normalizeLabel(String(c.value)),
      }));
    if (headers.length < 2) continue;
    const texts = headers.map((h) => h.norm);
    if (!texts.some((t) => ANY_FIRST.test(t))) continue;
    const signature = SIGNATURES.find((s) => matches(s, texts));
    if (!signature) continue;
    // A first header outside the signature's vocabulary ("Programma", "Reserve") heads the label column;
    // the value columns are the header cells after it.
    const labelHeader = signature.all.some((p) => p.test(headers[0].norm)) ? undefined : headers[0];
    let valueHeaders = labelHeader ? headers.slice(1) : headers;
    if (signature.kind === "taakstellingen")
      valueHeaders = valueHeaders.filter((h) => /^bedrag$/.test(h.norm));
    if (valueHeaders.length === 0) continue;
    const valueCols = valueHeaders.map((h) => h.col);
    const labelCol = labelHeader?.col ?? Math.max(1, valueCols[0] - 1);
    const rows = readGridRows(sheet, row, labelCol, valueCols);
    if (rows.length === 0) continue;
    grids.push({
      kind: signature.kind,
      sheet: sheet.name,
      title: titleAbove(sheet, row, labelCol) || signature.title,
      headerRow: row,
      headers: valueHeaders.map((h) => h.text),
      rows,
      unit: unitAbove(sheet, row),
    });
    coveredUntil = rows[rows.length - 1].row;
  }
  return grids;
}

/** Every pattern of the signature matches a header cell of its own, and none of its `none` patterns any. */
function matches(signature: Signature, texts: string[]): boolean {
  // Most rows fail on the first pattern; the set of used cells is only made when one matches.
  let used: Set<number> | undefined;
  for (const pattern of signature.all) {
    const i = texts.findIndex((t, idx) => !used?.has(idx) && pattern.test(t));
    if (i < 0) return false;
    (used ??= new Set()).add(i);
  }
  return !(signature.none ?? []).some((p) => texts.some((t) => p.test(t)));
}
