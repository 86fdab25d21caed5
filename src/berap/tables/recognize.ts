import { Sheet, Workbook } from "../model/workbook";
import { financingOf, readDevelopmentLists } from "./developments";
import { TABLE_KINDS } from "./kinds";
import { normalizeLabel, ProgrammeName } from "./labels";
import { programmeLocator } from "./programmes";
import { segmentSheet } from "./regions";
import { SheetView } from "./sheetView";
import { recognizeResultLines } from "./resultLines";
import { isNote } from "./grid";
import { findUnknownRegions } from "./unknownRegions";
import { verdictTexts } from "./verdicts";
import { readVerticalWeerstand } from "./verticalWeerstand";
import {
  DevelopmentList,
  Grid,
  InterestLine,
  InterestWording,
  Programme,
  RecognitionProblem,
  RecognizedBerap,
  ResultLine,
} from "./types";

interface ProgrammeParts {
  sheets: string[];
  lists: DevelopmentList[];
  lines: ResultLine[];
  matrix?: Grid;
  doorwerking?: Grid;
  own: Grid[];
  listsUnread?: boolean;
}

/**
 * Reads a whole workbook into the Berap's tables. Each sheet is segmented into table regions; a region's
 * programme is the nearest programme title above it or the programme its sheet names, so all programmes may
 * stand on one sheet or each on its own, and one programme may be spread over several sheets.
 */
export function recognizeBerap(workbook: Workbook): RecognizedBerap {
  const problems: RecognitionProblem[] = [];
  const grids: Grid[] = [];
  const programmes = new Map<ProgrammeName, ProgrammeParts>();
  const partsOf = (name: ProgrammeName, sheet: string) => {
    let parts = programmes.get(name);
    if (!parts) {
      parts = { sheets: [], lists: [], lines: [], own: [] };
      programmes.set(name, parts);
    }
    if (!parts.sheets.includes(sheet)) parts.sheets.push(sheet);
    return parts;
  };

  const sheetTitles: Record<string, string> = {};
  for (const cells of workbook.sheets) {
    try {
      readSheet(cells);
    } catch (error) {
      // One sheet nobody foresaw never costs the others: what it held is said to be unread.
      problems.push({
        sheet: cells.name,
        message: `blad niet (helemaal) gelezen door een onverwachte fout (${error instanceof Error ? error.message : String(error)}); de tabellen op dit blad zijn mogelijk niet gecontroleerd`,
      });
    }
  }

  function readSheet(cells: Workbook["sheets"][number]): void {
    reportUncalculated(cells, problems);
    const sheet = new SheetView(cells);
    const title = sheetTitle(sheet);
    if (title) sheetTitles[sheet.name] = title;
    const programmeAt = programmeLocator(sheet);
    const regions = segmentSheet(sheet, problems);
    const unread = [...regions.unreadLists];
    const lists = regions.lists.flatMap((l) => {
      const read = readDevelopmentLists(sheet, l, problems, programmeAt);
      if (read.length === 0) unread.push(l.header.row);
      return read;
    });
    for (const row of unread) {
      const programme = programmeAt(row);
      if (programme) partsOf(programme, sheet.name).listsUnread = true;
    }
    for (const list of lists) {
      const programme = list.programme as ProgrammeName | undefined;
      if (!programme) {
        problems.push({
          sheet: sheet.name,
          ref: { sheet: sheet.name, row: list.headerRow, col: 1 },
          message:
            "programma niet herkend: noem het programma in de bladnaam of in een titel boven de lijst",
        });
        continue;
      }
      partsOf(programme, sheet.name).lists.push(list);
    }
    // Which columns of each row belong to a table: result lines are sought outside them.
    const taken = new Map<number, [number, number][]>();
    const take = (row: number, left: number, right: number) => {
      const spans = taken.get(row);
      if (spans) spans.push([left, right]);
      else taken.set(row, [[left, right]]);
    };
    for (const g of regions.grids) {
      take(g.headerRow, g.left, g.right);
      for (const r of g.rows) take(r.row, g.left, g.right);
    }
    for (const l of lists)
      for (const i of l.items) {
        const cols = [i.soort.ref.col, i.omschrijving.ref.col, i.bedrag.ref.col];
        take(i.row, Math.min(...cols), Math.max(...cols));
      }
    const isTaken = (row: number, col: number) => {
      const spans = taken.get(row);
      if (spans) for (const [l, r] of spans) if (col >= l && col <= r) return true;
      return false;
    };
    const lines = recognizeResultLines(sheet, isTaken);
    for (const line of lines) {
      const programme = programmeAt(line.value.ref.row);
      if (programme) partsOf(programme, sheet.name).lines.push({ ...line, programme });
    }
    for (const found of regions.grids) {
      const grid =
        found.kind === "weerstandsvermogen"
          ? { ...found, verdicts: verdictTexts(sheet, found) }
          : found;
      const kind = TABLE_KINDS.find((k) => k.id === grid.kind);
      const programme = programmeAt(grid.headerRow);
      const consolidated = /totaal|geconsolideerd|samentwente/.test(normalizeLabel(grid.title));
      if (kind?.perProgramme && programme && !consolidated) {
        const parts = partsOf(programme, sheet.name);
        if (grid.kind === "financieringsmatrix" && !parts.matrix) parts.matrix = grid;
        else if (grid.kind === "doorwerking" && !parts.doorwerking) parts.doorwerking = grid;
        else if (grid.kind === "projectenbudget") grids.push({ ...grid, programme });
        else grids.push(grid);
        continue;
      }
      grids.push(grid);
    }
    const vertical = readVerticalWeerstand(sheet, isTaken);
    const inVertical = (g: Grid) =>
      vertical.some(
        (v) =>
          g.left <= v.right &&
          g.right >= v.left &&
          g.headerRow <= v.rows[0].row &&
          (g.rows[g.rows.length - 1]?.row ?? g.headerRow) > v.headerRow
      );
    grids.push(...vertical.map((v) => ({ ...v, verdicts: verdictTexts(sheet, v) })));
    grids.push(...findUnknownRegions(sheet, regions, lines, lists).filter((g) => !inVertical(g)));
  }

  const recognized = [...programmes.entries()]
    .filter(([, p]) => p.lists.length > 0 || p.matrix || p.doorwerking)
    .map(([name, p]): Programme => ({
      name,
      sheets: p.sheets,
      lists: p.lists,
      lines: p.lines,
      matrix: p.matrix,
      doorwerking: p.doorwerking,
      ...(p.listsUnread ? { listsUnread: true } : {}),
    }));
  const developments = recognized.flatMap((p) => p.lists.flatMap((l) => l.items));
  return {
    sheetOrder: workbook.sheets.map((s) => s.name),
    sheetTitles,
    programmes: recognized,
    grids,
    problems,
    conventions: {
      // A convention of the workbook when most developments carry a code: one description that happens to
      // end in "(P)" does not make every other one a missing code.
      financingCodes:
        2 * developments.filter((d) => financingOf(d)).length >= developments.length &&
        developments.length > 0,
      interestLines: interestLines(recognized),
    },
  };
}

/**
 * Each programme's interest line, worded as it is: its "rente" line, or else its last line when that names
 * the interest (older Beraps: "Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel").
 */
function interestLines(programmes: readonly Programme[]): InterestLine[] {
  return programmes.flatMap((p) => {
    const line =
      p.lines.find((l) => l.kind === "rente") ??
      p.lines.find((l) => l.kind === "jaarrekening" && /rente/.test(normalizeLabel(l.label)));
    return line
      ? [
          {
            wording: interestWording(line.label),
            label: line.label,
            ref: line.value.ref,
            programme: p.name,
          },
        ]
      : [];
  });
}

function interestWording(label: string): InterestWording {
  const t = normalizeLabel(label);
  if (/rentenadeel|\bnadeel\b.*\brente|\brente\b.*\bnadeel/.test(t)) return "nadeel";
  if (/rentevoordeel|\bvoordeel\b.*\brente|\brente\b.*\bvoordeel/.test(t)) return "voordeel";
  return "neutraal";
}

/** The title at the top of a sheet: the first text of its first filled row, unless a unit note or source. */
function sheetTitle(sheet: SheetView): string | undefined {
  const [first] = sheet.filledRows();
  const text = first === undefined ? undefined : sheet.headerCells(first)[0];
  return text && !isNote(text.text) ? text.text : undefined;
}

/** Formulas saved without a result (files written by a library, never opened in Excel) read as empty. */
function reportUncalculated(sheet: Sheet, problems: RecognitionProblem[]): void {
  // Counted by the sheet as its cells were added: no pass over every cell of every check.
  const n = sheet.uncalculatedFormulas();
  if (n > 0)
    problems.push({
      sheet: sheet.name,
      message: `${n} formule${n === 1 ? " heeft" : "s hebben"} geen berekende waarde; open de werkmap in Excel (of LibreOffice) en sla haar op, dan telt de controle ze mee`,
    });
}
