import { Cell, CellValue, Sheet, Workbook } from "../../src/berap/model/workbook";
import { validateWorkbook } from "../../src/berap/engine";
import { Finding } from "../../src/berap/findings";
import { Rule } from "../../src/berap/rules/rule";

/**
 * A RuleTester in the style of ESLint's: build a small workbook from rows, run one rule on it, and compare
 * the findings exactly. Cells are given as values; `{ v, f, fmt }` adds a formula or a number format, and
 * `{ error }` is an Excel error value.
 */
export type TestCell = CellValue | undefined | { v: CellValue; f?: string; fmt?: string };
export type TestSheet = { name: string; rows: TestCell[][]; merges?: string[] };

function isSpec(c: TestCell): c is { v: CellValue; f?: string; fmt?: string } {
  return typeof c === "object" && c !== null && "v" in c;
}

export function sheet(name: string, rows: TestCell[][]): TestSheet {
  return { name, rows };
}

export function workbook(...sheets: TestSheet[]): Workbook {
  return {
    sheets: sheets.map((s) => {
      const model = new Sheet(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          if (c === undefined || c === null) return;
          const cell: Cell = isSpec(c) ? { value: c.v, formula: c.f, numFmt: c.fmt } : { value: c };
          model.set(r + 1, col + 1, cell);
        })
      );
      return model;
    }),
  };
}

/** The findings of one rule alone on a workbook, in the engine's order (sheet, row, column). */
function findingsOf(
  rule: Rule,
  wb: Workbook,
  tolerantie = 1,
  alsoRun: readonly Rule[] = []
): Finding[] {
  return validateWorkbook(wb, { rules: [...alsoRun, rule], tolerantie }).bevindingen.filter(
    (f) => f.regel === rule.id
  );
}

/**
 * A programme sheet in the usual layout: lists side by side, result lines under them.
 * `pos` and `neg` are [soort, omschrijving with code, bedrag] rows.
 */
export function programmeSheet(
  name: string,
  pos: TestCell[][],
  neg: TestCell[][],
  totals: [TestCell, TestCell],
  lines: [string, TestCell][] = []
): TestSheet {
  const rows: TestCell[][] = [
    [name],
    ["Bedragen x EUR 1.000"],
    [],
    ["Positieve ontwikkelingen", , , , "Negatieve ontwikkelingen"],
  ];
  rows.push(["Soort", "Omschrijving", "x EUR 1.000", , "Soort", "Omschrijving", "x EUR 1.000"]);
  for (let i = 0; i < Math.max(pos.length, neg.length); i++)
    rows.push([...(pos[i] ?? [, , ,]), undefined, ...(neg[i] ?? [])]);
  rows.push([, "Totaal positief", totals[0], , , "Totaal negatief", totals[1]], []);
  for (const [label, value] of lines) rows.push([, label, value]);
  return { name, rows };
}

/**
 * What an invalid case expects of each finding: its cell and severity, and the figures, the message id and
 * its data (the names and amounts the sentence is built from: tests assert those, not the sentence).
 */
export interface ExpectedFinding {
  readonly blad?: string;
  readonly cel: string;
  readonly ernst: Finding["ernst"];
  readonly verwacht?: Finding["verwacht"];
  readonly gevonden?: Finding["gevonden"];
  readonly messageId?: string;
  readonly data?: Finding["data"];
}

export interface RuleCases {
  /** Workbooks on which the rule finds nothing (info aside). */
  readonly valid: {
    readonly name: string;
    readonly workbook: () => Workbook;
    /** The tolerance the case is checked with; 1, as berap-check, unless given. */
    readonly tolerantie?: number;
    /** Rules run before it whose findings are not compared: the rule upstream that finds the slip itself. */
    readonly alsoRun?: readonly Rule[];
  }[];
  /** Workbooks with their findings, worked out by hand in the case's name or a comment. */
  readonly invalid: {
    readonly name: string;
    readonly workbook: () => Workbook;
    readonly tolerantie?: number;
    readonly alsoRun?: readonly Rule[];
    readonly errors: ExpectedFinding[];
  }[];
}

/**
 * ESLint's RuleTester for our rules: `valid` cases must give no fout or waarschuwing (no finding at all for a
 * rule of severity info), `invalid` cases exactly the listed findings (info findings are listed only when a
 * case names them).
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(`regel ${rule.id}`, () => {
    for (const c of cases.valid)
      it(`klopt: ${c.name}`, () => {
        // A rule that only informs (totaal-zonder-formule) must say nothing at all on a valid case.
        const found = findingsOf(rule, c.workbook(), c.tolerantie, c.alsoRun).filter(
          (f) => rule.meta.ernst === "info" || f.ernst !== "info"
        );
        expect(found.map((f) => [f.cel, f.ernst, f.bericht])).toEqual([]);
      });
    for (const c of cases.invalid)
      it(`klopt niet: ${c.name}`, () => {
        const wantsInfo = c.errors.some((e) => e.ernst === "info");
        const found = findingsOf(rule, c.workbook(), c.tolerantie, c.alsoRun).filter(
          (f) => wantsInfo || f.ernst !== "info"
        );
        expect(
          found.map((f, i) => {
            const want = c.errors[i] ?? c.errors[0];
            return {
              ...(want.blad !== undefined ? { blad: f.blad } : {}),
              cel: f.cel,
              ernst: f.ernst,
              ...(want.verwacht !== undefined ? { verwacht: f.verwacht } : {}),
              ...(want.gevonden !== undefined ? { gevonden: f.gevonden } : {}),
              ...(want.messageId !== undefined ? { messageId: f.messageId } : {}),
              ...(want.data !== undefined ? { data: f.data } : {}),
            };
          })
        ).toEqual(c.errors);
      });
  });
}
