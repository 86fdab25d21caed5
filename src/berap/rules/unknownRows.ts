import { normalizeLabel } from "../tables/labels";
import { Grid, GridRow } from "../tables/types";
import { RuleContext } from "./rule";

/**
 * Rows of a financing matrix or doorwerking table whose label the engine does not know. Such a row may or
 * may not belong in the column totals, so a difference there is not certain: the table gets one
 * waarschuwing naming the rows, and its column totals are not checked (the message says so).
 */
export const UNKNOWN_ROW_MESSAGES = {
  onbekendeRegel:
    "{{tabel}}: onbekende regel {{regels}} (geen {{verwacht}} en geen totaal); de kolomtotalen van deze tabel zijn daarom niet gecontroleerd.",
} as const;

/** A row that closes a table: Totaal, Subtotaal, Saldo, (Verwacht) bedrijfsresultaat. */
export function isClosingLabel(label: string): boolean {
  return /^(sub)?totaal\b|resultaat|^saldo\b/.test(normalizeLabel(label));
}

/** True when the row holds a figure: a label with only nil or empty cells (a heading) changes no total. */
export function holdsAmount(row: GridRow): boolean {
  return row.cells.some((c) => c.amount.kind !== "nihil");
}

/** Reports the unknown rows of a table once; true when there were any, so the caller skips what they make unsure. */
export function reportUnknownRows(
  ctx: RuleContext,
  grid: Grid,
  tabel: string,
  rows: readonly GridRow[],
  verwacht: string
): boolean {
  if (rows.length === 0) return false;
  ctx.report({
    ref: rows[0].labelRef,
    ernst: "waarschuwing",
    messageId: "onbekendeRegel",
    data: { tabel, regels: rows.map((r) => `'${r.label.trim()}'`).join(", "), verwacht },
    grid,
  });
  return true;
}
