import * as path from "path";
import {
  decide,
  Decision,
  readStore,
  Sheet,
  storeRows,
  STORE_SHEET,
  validateWorkbook,
  withDecision,
  withoutDecision,
  Workbook,
} from "../../src/berap";
import { readXlsx } from "../../src/workbook/xlsx";
import { ROOT_DIR } from "../support/fixtures";
import * as fs from "fs";

/*
 * Accepted and ignored findings, remembered in the workbook: a decision holds while the rule, the cell and
 * both figures are the same, and the finding returns as soon as one of them changes. The example's one fout
 * is Begroting D24 (published 438, the explanation adds up to 436: see example.test.ts) and its
 * afrondingsverschillen are the published slips listed there.
 */
const EXAMPLE = path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx");
let example: Workbook;
beforeAll(async () => {
  example = await readXlsx(fs.readFileSync(EXAMPLE));
});

/** The workbook with the store sheet holding these decisions, as the pane or the saved copy writes it. */
function withStore(wb: Workbook, decisions: readonly Decision[]): Workbook {
  const store = new Sheet(STORE_SHEET);
  storeRows(decisions).forEach((row, r) =>
    row.forEach((v, c) => store.set(r + 1, c + 1, { value: v === "" ? null : v }))
  );
  return { sheets: [...wb.sheets, store] };
}

/** The same workbook with one cell's value replaced: a figure the controller corrected. */
function withValue(wb: Workbook, blad: string, cel: string, value: number): Workbook {
  const sheets = wb.sheets.map((s) => {
    if (s.name !== blad) return s;
    const copy = new Sheet(s.name);
    for (let r = 1; r <= s.maxRow; r++)
      for (let c = 1; c <= s.maxCol; c++) {
        const cell = s.get(r, c);
        if (cell) copy.set(r, c, cell);
      }
    const m = /^([A-Z]+)(\d+)$/.exec(cel)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    copy.set(Number(m[2]), col, { value, numFmt: s.get(Number(m[2]), col)?.numFmt });
    return copy;
  });
  return { sheets };
}

describe("besluiten in de werkmap", () => {
  it("without a store nothing is decided", () => {
    const result = validateWorkbook(example);
    expect(result.besloten).toEqual([]);
    expect(result.vervallen).toEqual([]);
    expect(result.samenvatting.fouten).toBe(1);
  });

  it("an ignored fout and an accepted afrondingsverschil are apart and not counted", () => {
    const before = validateWorkbook(example);
    const fout = before.bevindingen.find((f) => f.ernst === "fout")!;
    expect([fout.blad, fout.cel, fout.verwacht, fout.gevonden]).toEqual([
      "Begroting",
      "D24",
      436,
      438,
    ]);
    const rounding = before.bevindingen.find((f) => f.ernst === "waarschuwing")!;
    const decisions = [
      decide(fout, "genegeerd", "toegelicht in de memo", "2026-11-25"),
      decide(rounding, "geaccepteerd", "", "2026-11-25"),
    ];
    const after = validateWorkbook(withStore(example, decisions));
    expect(after.samenvatting).toEqual({
      fouten: 0,
      waarschuwingen: before.samenvatting.waarschuwingen - 1,
      info: before.samenvatting.info,
    });
    expect(
      after.besloten.map((b) => [b.bevinding.cel, b.besluit.besluit, b.besluit.reden])
    ).toEqual(
      expect.arrayContaining([
        ["D24", "genegeerd", "toegelicht in de memo"],
        [rounding.cel, "geaccepteerd", ""],
      ])
    );
    expect(after.besloten).toHaveLength(2);
    expect(after.vervallen).toEqual([]);
    // The store sheet itself is never checked.
    expect(after.bevindingen.some((f) => f.blad === STORE_SHEET)).toBe(false);
  });

  it("a changed figure brings the finding back and the decision is vervallen", () => {
    const fout = validateWorkbook(example).bevindingen.find((f) => f.ernst === "fout")!;
    const stored = withStore(example, [decide(fout, "genegeerd", "", "2026-11-25")]);
    // 438 -> 440: still wrong (expected 436), but not the figure that was ignored. (D24 also feeds other
    // totals, which now differ too; this test looks at D24's own finding.)
    const changed = validateWorkbook(withValue(stored, "Begroting", "D24", 440));
    const d24 = changed.bevindingen.filter((f) => f.cel === "D24" && f.blad === "Begroting");
    expect(d24.map((f) => [f.ernst, f.verwacht, f.gevonden])).toContainEqual(["fout", 436, 440]);
    expect(changed.besloten).toEqual([]);
    expect(changed.vervallen.map((d) => [d.cel, d.gevonden])).toEqual([["D24", "438"]]);
  });

  it("decisions given by the caller replace the stored ones", () => {
    const fout = validateWorkbook(example).bevindingen.find((f) => f.ernst === "fout")!;
    const stored = withStore(example, [decide(fout, "genegeerd", "", "2026-11-25")]);
    expect(validateWorkbook(stored, { besluiten: [] }).samenvatting.fouten).toBe(1);
  });

  it("withDecision replaces the decision for the same finding; withoutDecision withdraws it", () => {
    const fout = validateWorkbook(example).bevindingen.find((f) => f.ernst === "fout")!;
    let decisions = withDecision([], decide(fout, "genegeerd", "eerst", "2026-11-24"));
    decisions = withDecision(decisions, decide(fout, "genegeerd", "later", "2026-11-25"));
    expect(decisions.map((d) => d.reden)).toEqual(["later"]);
    expect(withoutDecision(decisions, fout)).toEqual([]);
  });
});

describe("the store sheet", () => {
  const hostile = decide(
    {
      regel: "lijst-totaal",
      ernst: "fout",
      blad: '=HYPERLINK("http://x")',
      cel: "C9",
      bericht: "",
      verwacht: 0.071,
      gevonden: -12,
    },
    "genegeerd",
    '=WEBSERVICE("https://x")\n+1 -1 @A1 ' + "x".repeat(900),
    "2026-11-25"
  );

  it("holds text only and reads back the same decisions", () => {
    const rows = storeRows([hostile]);
    expect(rows.flat().every((v) => typeof v === "string")).toBe(true);
    const sheet = new Sheet(STORE_SHEET);
    rows.forEach((row, r) => row.forEach((v, c) => sheet.set(r + 1, c + 1, { value: v || null })));
    const back = readStore(sheet);
    expect(back.problems).toEqual([]);
    expect(back.decisions).toEqual([hostile]);
    // The reason is capped at 500 characters: a sentence or two, never a document.
    expect(hostile.reden.length).toBe(500);
    expect([hostile.verwacht, hostile.gevonden]).toEqual(["0.071", "-12"]);
  });

  it("names a row it cannot read and does not apply it", () => {
    const sheet = new Sheet(STORE_SHEET);
    storeRows([hostile]).forEach((row, r) =>
      row.forEach((v, c) => sheet.set(r + 1, c + 1, { value: v || null }))
    );
    sheet.set(4, 1, { value: "lijst-totaal" });
    sheet.set(4, 6, { value: "ok" });
    const back = readStore(sheet);
    expect(back.decisions).toHaveLength(1);
    expect(back.problems).toEqual(["rij 4: besluit 'ok' is onbekend"]);
    const result = validateWorkbook({ sheets: [...example.sheets, sheet] });
    expect(result.bevindingen.filter((f) => f.blad === STORE_SHEET).map((f) => f.regel)).toEqual([
      "onleesbaar",
    ]);
  });

  it("a number retyped over a figure reads as the same text", () => {
    const sheet = new Sheet(STORE_SHEET);
    storeRows([hostile]).forEach((row, r) =>
      row.forEach((v, c) => sheet.set(r + 1, c + 1, { value: v || null }))
    );
    sheet.set(3, 4, { value: 0.071 });
    expect(readStore(sheet).decisions[0].verwacht).toBe("0.071");
  });
});
