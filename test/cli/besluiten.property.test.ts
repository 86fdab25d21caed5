import fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { decide, decisionKey, Finding, summarize, validateWorkbook } from "../../src/berap";
import { DECIDED_TITLE } from "../../src/workbook/reportRows";
import { readXlsx } from "../../src/workbook/xlsx";
import { cli } from "../support/cliRun";
import { xlsxWithStore } from "../support/decisionStore";
import { ROOT_DIR } from "../support/fixtures";
import { readReport } from "../support/reportFile";

/*
 * Whatever a controller decides, nothing is lost and nothing is counted twice: for a generated choice of the
 * example's findings, each accepted or ignored with a generated reason (formula-like, bidi, C1), berap-check
 * shows every other finding as open and exactly the chosen ones apart; the totals and the exit code are those
 * of the open findings alone; the report holds the open ones above and the chosen ones in their section,
 * reasons as text; and the terminal gets no control character.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
const example = fs.readFileSync(EXAMPLE);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "berap-besluiten-prop-"));
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// What a reason may hold: formula starts, a bidi override and a C1 control, words. (C0 controls cannot be in
// a file's XML as they are; hostile.test.ts and besluiten.test.ts write them as Excel escapes them.)
const reason = fc
  .array(fc.constantFrom("=", "+", "-", "@", "SOM(A1)", "\u202e", "\u009b", "memo", " ", "'"), {
    maxLength: 6,
  })
  .map((parts) => parts.join(""));

let findings: Finding[];
beforeAll(async () => {
  findings = validateWorkbook(await readXlsx(example)).bevindingen;
});

const keys = (list: readonly Finding[]) => list.map((f) => decisionKey(f)).sort();

describe("berap-check: decided findings are apart, never lost, never counted", () => {
  it("for generated choices of findings and reasons", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: findings.length, maxLength: findings.length }),
        fc.array(
          fc.tuple(
            fc.constantFrom("geaccepteerd", "genegeerd") as fc.Arbitrary<
              "geaccepteerd" | "genegeerd"
            >,
            reason
          ),
          {
            minLength: findings.length,
            maxLength: findings.length,
          }
        ),
        async (chosen, how) => {
          const decidedFindings = findings.filter((_, i) => chosen[i]);
          const open = findings.filter((_, i) => !chosen[i]);
          const decisions = findings.flatMap((f, i) =>
            chosen[i] ? [decide(f, how[i][0], how[i][1], "2026-11-25")] : []
          );
          const file = path.join(tmp, `werkmap-${++run}.xlsx`);
          fs.writeFileSync(file, await xlsxWithStore(example, decisions));

          const json = await cli("--json", file);
          const doc = JSON.parse(json.out);
          expect(keys(doc.bevindingen)).toEqual(keys(open));
          expect(keys(doc.besloten)).toEqual(keys(decidedFindings));
          expect(doc.vervallen).toEqual([]);
          expect(doc.samenvatting).toEqual(summarize(open));
          expect(json.code).toBe(open.some((f) => f.ernst === "fout") ? 1 : 0);
          const byKey = new Map(decisions.map((d) => [decisionKey(d), d]));
          for (const b of doc.besloten) {
            const d = byKey.get(decisionKey(b))!;
            expect([b.besluit, b.reden]).toEqual([d.besluit, d.reden]);
          }

          const human = await cli("--ook-geaccepteerd", file);
          expect(human.out).not.toMatch(TERMINAL_CONTROL);
          expect(human.code).toBe(json.code);

          const report = path.join(tmp, `rapport-${run}.xlsx`);
          await cli("--rapport", report, file);
          const { rows, xml } = await readReport(report, decisions.length > 0 ? 11 : 8);
          expect(xml).not.toMatch(/<f[ >]/);
          const title = rows.findIndex((r) => r.values[0] === DECIDED_TITLE);
          if (decisions.length === 0) {
            expect(title).toBe(-1);
            expect(rows).toHaveLength(open.length);
            return;
          }
          expect(title).toBe(open.length);
          const section = rows.slice(title + 2);
          expect(section).toHaveLength(decisions.length);
          expect(section.map((r) => r.values[9] ?? "").sort()).toEqual(
            decisions.map((d) => d.reden).sort()
          );
        }
      ),
      { numRuns: 6 }
    );
  }, 60_000);
});
