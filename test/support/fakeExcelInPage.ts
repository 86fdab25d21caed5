import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { Workbook } from "../../src/berap";
import { isErrorValue } from "../../src/berap";
import { ROOT } from "./build";

/**
 * The pane "in Excel" for browser tests: a script for `addInitScript` that gives the page an `Office` that
 * reports Excel and an `Excel.run` backed by the strict fake of test/support/fakeExcel.ts (the same one the
 * adapter tests use), filled with a workbook. The fake stays reachable as `window.__fakeExcel`, so a test
 * can see which cell the pane selected, what it wrote and what it stored in the workbook's settings.
 *
 * The fake and the model module it needs are compiled to CommonJS and wrapped as functions of a tiny module
 * table: plain script text, nothing evaluated from strings.
 */
export function fakeExcelScript(workbook: Workbook | readonly FakeSheetData[]): string {
  const compile = (file: string) =>
    ts.transpileModule(fs.readFileSync(path.join(ROOT, file), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
  const sheets: readonly FakeSheetData[] =
    "sheets" in workbook ? fakeSheetsOf(workbook) : (workbook as readonly FakeSheetData[]);
  return script(compile, sheets);
}

/** One sheet of the fake as plain data: what a test carries from one page to the next ("reopen"). */
export interface FakeSheetData {
  readonly name: string;
  readonly visibility?: string;
  readonly cells: readonly ({ r: number; c: number } & Record<string, unknown>)[];
}

/** A page expression for the fake's sheets as FakeSheetData: the workbook "saved" to open it in a new pane. */
export const SAVED_FAKE = `window.__fakeExcel.sheets.map((ws) => ({
  name: ws.name,
  visibility: ws.visibility,
  cells: [...ws.cells].map(([key, cell]) => {
    const [r, c] = key.split(",").map(Number);
    return { r, c, ...cell };
  }),
}))`;

function fakeSheetsOf(workbook: Workbook): FakeSheetData[] {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.filledRows().flatMap((row) =>
      sheet.rowCells(row).map(([col, cell]) => ({
        r: row - 1,
        c: col - 1,
        value: isErrorValue(cell.value) ? cell.value.error : (cell.value ?? ""),
        type: isErrorValue(cell.value) ? "Error" : undefined,
        formula: cell.formula,
        numFmt: cell.numFmt,
      }))
    ),
  }));
}

function script(compile: (file: string) => string, sheets: readonly FakeSheetData[]): string {
  return `(() => {
  const factories = {
    workbook: function (require, module, exports) {\n${compile("src/berap/model/workbook.ts")}\n},
    fake: function (require, module, exports) {\n${compile("test/support/fakeExcel.ts")}\n},
  };
  const cache = {};
  const load = (name) => {
    const key = name.endsWith("model/workbook") ? "workbook" : name;
    if (!cache[key]) {
      const module = { exports: {} };
      cache[key] = module;
      factories[key](load, module, module.exports);
    }
    return cache[key].exports;
  };
  const ctx = new (load("fake").FakeContext)();
  for (const sheet of ${JSON.stringify(sheets)}) {
    const ws = ctx.addSheet(sheet.name);
    for (const cell of sheet.cells) {
      const { r, c, ...rest } = cell;
      ws.setCell(r, c, rest);
    }
  }
  // Hidden only once every sheet is there: Excel keeps at least one sheet visible.
  for (const sheet of ${JSON.stringify(sheets)}) {
    if (sheet.visibility && sheet.visibility !== "Visible")
      ctx.sheets.find((ws) => ws.name === sheet.name).visibility = sheet.visibility;
  }
  window.__fakeExcel = ctx;
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    context: {
      officeTheme: { isDarkTheme: false },
      // A current Excel: ExcelApi up to 1.17 (marking needs 1.9).
      requirements: {
        isSetSupported: (name, version) => {
          const [major, minor] = String(version).split(".").map(Number);
          return name === "ExcelApi" && major === 1 && (minor || 0) <= 17;
        },
      },
    },
  };
  window.Excel = { run: async (batch) => batch(ctx) };
})();`;
}
