import { Workbook } from "../model/workbook";
import { recognizeDevelopmentLists } from "./developments";
import { normalizeLabel, programmeOf, ProgrammeName } from "./labels";
import { recognizeGrids } from "./recognizeGrids";
import { recognizeResultLines } from "./resultLines";
import { Grid, Programme, RecognitionProblem, RecognizedBerap } from "./types";

/**
 * Reads a whole workbook into the Berap's tables. A programme is recognized by the name of its sheet or the
 * title at its top; its lists, result lines and matrix may be spread over several sheets with that name.
 */
export function recognizeBerap(workbook: Workbook): RecognizedBerap {
  const problems: RecognitionProblem[] = [];
  const grids: Grid[] = [];
  const programmes = new Map<
    ProgrammeName,
    {
      sheets: string[];
      lists: Programme["lists"];
      lines: Programme["lines"];
      matrix?: Grid;
      doorwerking?: Grid;
    }
  >();

  for (const sheet of workbook.sheets) {
    const uncalculated = countUncalculated(sheet);
    if (uncalculated > 0) {
      problems.push({
        sheet: sheet.name,
        message: `${uncalculated} formule${uncalculated === 1 ? " heeft" : "s hebben"} geen berekende waarde; open de werkmap in Excel (of LibreOffice) en sla haar op, dan telt de controle ze mee`,
      });
    }
    const sheetGrids = recognizeGrids(sheet);
    grids.push(...sheetGrids);
    const lists = recognizeDevelopmentLists(sheet, problems);
    const programme = programmeOf(sheet.name) ?? programmeOf(sheetTitle(sheet));
    if (!programme) {
      if (lists.length > 0) {
        problems.push({
          sheet: sheet.name,
          message:
            "programma niet herkend: noem het programma in de bladnaam of in de titel bovenaan",
        });
      }
      continue;
    }
    const gridRows = new Set(sheetGrids.flatMap((g) => [g.headerRow, ...g.rows.map((r) => r.row)]));
    const listRows = new Set(lists.flatMap((l) => l.items.map((i) => i.row)));
    const lines = recognizeResultLines(sheet, new Set([...gridRows, ...listRows]));
    const entry = programmes.get(programme) ?? { sheets: [], lists: [], lines: [] };
    entry.sheets.push(sheet.name);
    entry.lists.push(...lists);
    entry.lines.push(...lines);
    entry.matrix ??= sheetGrids.find((g) => g.kind === "financieringsmatrix");
    entry.doorwerking ??= sheetGrids.find((g) => g.kind === "doorwerking");
    programmes.set(programme, entry);
  }

  return {
    sheetOrder: workbook.sheets.map((s) => s.name),
    programmes: [...programmes.entries()].map(([name, p]) => ({ name, ...p })),
    grids: grids.filter((g) => !isProgrammeGrid(g, programmes)),
    problems,
  };
}

/** A programme's own matrix and doorwerking are checked with the programme, not as consolidated tables. */
function isProgrammeGrid(
  grid: Grid,
  programmes: Map<ProgrammeName, { matrix?: Grid; doorwerking?: Grid }>
): boolean {
  return [...programmes.values()].some((p) => p.matrix === grid || p.doorwerking === grid);
}

/** The first text in the top rows of a sheet. */
function sheetTitle(sheet: import("../model/workbook").Sheet): string {
  for (let r = 1; r <= Math.min(3, sheet.maxRow); r++) {
    const cell = sheet
      .rowCells(r)
      .find(([, c]) => typeof c.value === "string" && normalizeLabel(String(c.value)) !== "");
    if (cell) return String(cell[1].value);
  }
  return "";
}

/** Formulas saved without a result (files written by a library, never opened in Excel) read as empty. */
function countUncalculated(sheet: import("../model/workbook").Sheet): number {
  let n = 0;
  for (const row of sheet.filledRows())
    for (const [, cell] of sheet.rowCells(row))
      if (cell.formula !== undefined && cell.value === null) n++;
  return n;
}
