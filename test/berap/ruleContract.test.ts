import * as fs from "fs";
import * as path from "path";
import { RULES } from "../../src/berap";
import { exampleFindings, ruleDoc } from "../../scripts/ruleDocs";
import { Finding } from "../../src/berap/findings";
import { ROOT_DIR } from "../support/fixtures";

/*
 * The rule contract, after ESLint: one rule per file named by its id, meta with a Dutch description and
 * messages by id, a documentation page generated from the meta, and a test of its own.
 */

/**
 * What an example must show: a fout or waarschuwing of the rule (a rule that only informs, such as
 * totaal-zonder-formule, with a finding of its own severity).
 */
const counts = (ernst: Finding["ernst"]) => (f: Finding) =>
  ernst === "info" ? true : f.ernst !== "info";
const testFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? testFiles(path.join(dir, e.name))
        : e.name.endsWith(".test.ts")
          ? [path.join(dir, e.name)]
          : []
    );
const tests = testFiles(path.join(ROOT_DIR, "test", "berap")).map((f) =>
  fs.readFileSync(f, "utf8")
);

describe("the rules", () => {
  it("have unique ids, a Dutch description and a severity", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z-]+$/);
      expect(r.beschrijving).toMatch(/\b(de|het|een|van|is|en|zijn)\b/);
      expect(["fout", "waarschuwing", "info"]).toContain(r.ernst);
    }
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))("regel %s", (id, rule) => {
  it("lives in src/berap/rules/<id>.ts and has its meta", () => {
    expect(fs.existsSync(path.join(ROOT_DIR, "src", "berap", "rules", `${id}.ts`))).toBe(true);
    expect(rule.meta.id).toBe(id);
    expect(rule.meta.beschrijving.length).toBeGreaterThan(20);
    expect(["fout", "waarschuwing", "info"]).toContain(rule.meta.ernst);
  });

  it("explains itself in plain Dutch: the pane shows the description under 'Waarom?', so no rule ids", () => {
    const ids = RULES.map((r) => r.id).filter((i) => i.includes("-"));
    for (const text of [
      rule.meta.beschrijving,
      ...Object.values(rule.meta.opties ?? {}).map((o) => o.beschrijving),
    ])
      expect(ids.filter((i) => text.includes(i))).toEqual([]);
  });

  it("has its page docs/regels/<id>.md, as generated from its meta (npm run regels)", () => {
    const page = path.join(ROOT_DIR, "docs", "regels", `${id}.md`);
    expect(fs.existsSync(page)).toBe(true);
    expect(fs.readFileSync(page, "utf8")).toBe(ruleDoc(rule));
  });

  it("has a consistent example without a finding and an inconsistent one with one", () => {
    const examples = rule.meta.voorbeelden;
    expect(examples).toBeDefined();
    const summary = (fs: Finding[]) => fs.map((f) => `${f.ernst} ${f.blad}!${f.cel}: ${f.bericht}`);
    const klopt = exampleFindings(rule, examples!.klopt).filter(counts(rule.meta.ernst));
    expect(summary(klopt)).toEqual([]);
    const kloptNiet = exampleFindings(rule, examples!.kloptNiet).filter(counts(rule.meta.ernst));
    expect(kloptNiet.length).toBeGreaterThan(0);
    // Each explanation says what it shows, in a sentence.
    expect(examples!.klopt.uitleg.length).toBeGreaterThan(20);
    expect(examples!.kloptNiet.uitleg).toMatch(/\d/);
  });

  it("has a test of its own: test/berap/rules/<id>.test.ts, RuleTester cases for this rule", () => {
    const file = path.join(ROOT_DIR, "test", "berap", "rules", `${id}.test.ts`);
    expect(fs.existsSync(file)).toBe(true);
    const test = fs.readFileSync(file, "utf8");
    expect(test).toContain(`src/berap/rules/${id}"`);
    expect(test).toMatch(/\btestRule\(/);
  });
});
