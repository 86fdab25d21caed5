import { validateWorkbook } from "../../src/berap";
import { Finding } from "../../src/berap/findings";
import { parseA1, Workbook } from "../../src/berap/model/workbook";
import { berapLayout } from "../../scripts/berapLayout";
import {
  layoutVariant,
  prng,
  TRANSFORMATION_NAMES,
  TransformationName,
  variantWorkbook,
} from "../../scripts/berapVariants";
import { berap2025 } from "../support/fixtures";

/*
 * Metamorphic layout tests: the bundled example laid out in other ways must give the same findings. A
 * finding is compared by rule, ernst, verwacht, gevonden and the label of its row (found in the workbook
 * from the finding's cell, case, spaces and a code column ignored), never by address, which moves.
 * Typed totals (totaal-zonder-formule) are left out: SUM formulas change them on purpose.
 *
 * A failing variant is printed with its transformations and seed; `layoutVariant(base, names, seed)`
 * rebuilds it.
 */
const base = berapLayout(berap2025);

function rowLabel(wb: Workbook, f: Finding): string {
  const sheet = wb.sheets.find((s) => s.name === f.blad);
  const at = parseA1(f.cel);
  if (!sheet || !at) return "";
  // The nearest text to the left of the finding's cell, with a code column before it: "R | Rijksbijdrage".
  const texts: string[] = [];
  for (let c = at.col - 1; c >= 1 && texts.length < 2; c--) {
    const v = sheet.value(at.row, c);
    if (typeof v === "string" && v.trim() && !/^[-\u2013\u2014]$/.test(v.trim())) {
      if (/^\s*-?[\d.,]+%?\s*$/.test(v)) continue; // a number stored as text
      texts.unshift(v);
      if (!/^[A-Z]$/.test(v.trim()) || texts.length > 1) break;
    } else if (texts.length > 0) break;
  }
  return texts
    .join("")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/\([rpg]\)$/, "");
}

function signature(wb: Workbook): string[] {
  return validateWorkbook(wb)
    .bevindingen.filter((f) => f.regel !== "totaal-zonder-formule")
    .map((f) => JSON.stringify([f.regel, f.ernst, f.verwacht, f.gevonden, rowLabel(wb, f)]))
    .sort();
}

const original = signature(variantWorkbook(layoutVariant(base, [], 0)));

/** Every transformation alone, then random combinations of them, each with its own seed. */
function variants(): { names: TransformationName[]; seed: number }[] {
  const out: { names: TransformationName[]; seed: number }[] = [];
  for (const name of TRANSFORMATION_NAMES)
    for (let seed = 1; seed <= 6; seed++) out.push({ names: [name], seed });
  const rng = prng(2025);
  while (out.length < 320) {
    const names = TRANSFORMATION_NAMES.filter(() => rng() < 0.4);
    if (names.length < 2) continue;
    out.push({ names, seed: Math.floor(rng() * 1e9) });
  }
  return out;
}

describe("metamorphic layouts of the bundled example", () => {
  it("finds the published slips in the original layout", () => {
    // The anchor of the comparison: 1 fout (436 vs 438) and the afrondingsverschillen of example.test.ts.
    expect(original.filter((s) => s.includes('"fout"'))).toEqual([
      JSON.stringify(["begroting-saldo", "fout", 436, 438, "totaal"]),
    ]);
  });

  it("gives the same findings on 320 layouts", () => {
    const failures: string[] = [];
    const all = variants();
    for (const { names, seed } of all) {
      const found = signature(variantWorkbook(layoutVariant(base, names, seed)));
      if (JSON.stringify(found) === JSON.stringify(original)) continue;
      const missing = original.filter((s) => !found.includes(s));
      const extra = found.filter((s) => !original.includes(s));
      failures.push(
        `layoutVariant(base, ${JSON.stringify(names)}, ${seed}):\n  ontbreekt: ${missing.join("\n             ")}\n  extra:     ${extra.join("\n             ")}`
      );
    }
    expect(all.length).toBeGreaterThanOrEqual(300);
    if (failures.length > 0) console.log(failures.slice(0, 4).join("\n"));
    expect(failures).toEqual([]);
  });
});
