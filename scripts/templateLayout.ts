/**
 * The Berap-sjabloon: the layout of the example workbook, but every total, result line, matrix and
 * cross-reference is an Excel formula (SUM, SUMIFS, references to the programme sheets), so a controller
 * types only the developments and the other source figures and cannot hard-code a total.
 *
 * Without data it is the empty template; with the published 2e Berap 2025 it is the filled copy whose
 * typed cells are the published source figures.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { LayoutSheet } from "./berapLayout";
import { begrotingSheet, caoSheet, weerstandSheet } from "./template/budgetSheets";
import { PROGRAMMES } from "./template/cells";
import { templateExtraSheets } from "./template/otherSheets";
import { programmeSheet, ProgrammeCells } from "./template/programmeSheet";
import { summarySheet } from "./template/summarySheet";

/**
 * The sjabloon: empty (no data) or filled with the published source figures. `published` gives the labels
 * of the standard rows (investment categories, taakstellingen) in both cases. The ontwikkeling van de
 * begroting is left out: its published explanation does not add up to the development (a real difference
 * of 2), so a sheet of formulas on those figures cannot be without fout.
 */
export function templateLayout(
  data: any | undefined,
  published: any,
  inwoners: [string, number][]
): LayoutSheet[] {
  const cells = new Map<string, ProgrammeCells>();
  const programmes = PROGRAMMES.map((name) =>
    programmeSheet(
      name,
      data?.programmas.find((p: any) => p.naam === name),
      cells
    )
  );
  return [
    ...programmes,
    summarySheet(data, cells),
    caoSheet(data),
    weerstandSheet(data),
    begrotingSheet(data),
    ...templateExtraSheets(data, published, inwoners),
  ];
}
