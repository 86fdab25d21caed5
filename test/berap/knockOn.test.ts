import * as fs from "fs";
import * as path from "path";
import { RULES, validateWorkbook } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { readXlsx } from "../../src/workbook/xlsx";
import { ROOT_DIR } from "../support/fixtures";
import { sheet, workbook } from "../support/ruleTester";

/*
 * Only the first broken link is a finding, across rules (src/berap/rules/slips.ts): a cell that agrees with
 * what a wrong source should be is no second fout. Expected figures by hand next to each case.
 */
const claims = (wb: Workbook, rules = RULES, tolerantie = 1) =>
  validateWorkbook(wb, { rules, tolerantie })
    .bevindingen.filter((f) => f.ernst !== "info")
    .map((f) => [f.regel, f.blad, f.cel, f.ernst, f.verwacht, f.gevonden]);

/** A budget per programme: 38.110 + 3.539 + 7.172 = 48.821 lasten, 13.888 + 578 + 2.965 = 17.431 baten. */
const begroting = (totaalLasten: number, totaalSaldo = 31390) =>
  workbook(
    sheet("Begroting", [
      ["Begroting 2025 per programma"],
      ["Programma", "Lasten", "Baten", "Saldo"],
      ["GGD Twente", 38110, 13888, 24222],
      ["OZJT", 3539, 578, 2961],
      ["Veilig Thuis Twente", 7172, 2965, 4207],
      ["Totaal", totaalLasten, 17431, totaalSaldo],
    ])
  );

/** Lasten and baten with the saldo: lasten 37.774 + 3.727 = 41.501, baten 14.413 + 622 = 15.035. */
const lastenBaten = (lastenPrognose: number) =>
  workbook(
    sheet("Begroting", [
      ["Lasten"],
      ["Programma", "Actueel begroot", "Prognose", "Verschil"],
      ["GGD Twente", 38110, 37774, -336],
      ["OZJT", 3539, 3727, 188],
      ["Subtotaal basistaken", 41649, lastenPrognose, -148],
      [],
      ["Baten"],
      ["Programma", "Actueel begroot", "Prognose", "Verschil"],
      ["GGD Twente", 13888, 14413, 525],
      ["OZJT", 578, 622, 44],
      ["Subtotaal basistaken", 14466, 15035, 569],
      ["Saldo (verwacht jaarrekeningresultaat)", 27183, 26466, 717],
    ])
  );

/** A comparison with the previous Berap, GGD's Verschil typed 126 where 500 - 338 = 162; columns 900, 708. */
const vergelijking = (totaalVerschil: number) =>
  workbook(
    sheet("Vergelijking", [
      ["Vergelijking met de 1e Berap 2025"],
      ["Programma", "2e Berap 2025", "1e Berap 2025", "Verschil"],
      ["GGD Twente", 500, 338, 126],
      ["OZJT", 300, 250, 50],
      ["Veilig Thuis Twente", 100, 120, -20],
      ["Totaal", 900, 708, totaalVerschil],
    ])
  );

describe("knock-on findings: only the first broken link", () => {
  it("a Totaal typed wrong: lasten - baten = saldo on its row is no second fout", () => {
    // Totaal lasten 48.831 where the rows give 48.821 (fout 10). Saldo 31.390 = 48.821 - 17.431: right with
    // the lasten the Totaal should have (48.831 - 17.431 = 31.400 only with the slip).
    expect(claims(begroting(48831))).toEqual([
      ["begroting-saldo", "Begroting", "B6", "fout", 48821, 48831],
    ]);
  });

  it("a saldo that is wrong either way is its own fout, with the figures as they stand", () => {
    // Totaal lasten 48.831 (rows 48.821) and Totaal saldo 31.490: the saldo column gives 24.222 + 2.961 +
    // 4.207 = 31.390, and 48.821 - 17.431 = 31.390 too; as they stand lasten - baten = 48.831 - 17.431 = 31.400.
    expect(claims(begroting(48831, 31490))).toEqual([
      ["begroting-saldo", "Begroting", "B6", "fout", 48821, 48831],
      ["begroting-saldo", "Begroting", "D6", "fout", 31390, 31490],
      ["rol-relatie", "Begroting", "D6", "fout", 31400, 31490],
    ]);
  });

  it("a lasten Subtotaal typed wrong: its verschil and the Saldo prognose are no second fout", () => {
    // Subtotaal prognose 41.511 where 37.774 + 3.727 = 41.501 (fout 10). Its verschil -148 = 41.501 - 41.649
    // (41.511 - 41.649 = -138 only with the slip); Saldo prognose 26.466 = 41.501 - 15.035 (41.511 - 15.035
    // = 26.476 only with the slip).
    expect(claims(lastenBaten(41511))).toEqual([
      ["lasten-baten", "Begroting", "C5", "fout", 41501, 41511],
    ]);
  });

  it("a Subtotaal only off by rounding is no slip: the relations downstream that do not close are reported where they stand", () => {
    // Subtotaal prognose 41.502 where 37.774 + 3.727 = 41.501 follows (afrondingsverschil 1). Each figure is
    // rounded on its own, so no cell is wrong and nothing is corrected: verschil -148 against 41.502 - 41.649 =
    // -147, and Saldo prognose 26.466 against 41.502 - 15.035 = 26.467, are each an afrondingsverschil too (as
    // the published Berap's own Lasten table shows them).
    expect(claims(lastenBaten(41502))).toEqual([
      ["lasten-baten", "Begroting", "C5", "waarschuwing", 41501, 41502],
      ["lasten-baten", "Begroting", "D5", "waarschuwing", -147, -148],
      ["lasten-baten", "Begroting", "C12", "waarschuwing", 26467, 26466],
    ]);
  });

  it("a one-unit difference names no slip whatever the tolerance: at tolerance 0 the same three cells, as fouten", () => {
    // The Subtotaal 41.502 of the case above: at tolerance 0 every difference is a fout, but which cell is wrong
    // does not change with the tolerance, so verschil -148 (-147 follows) and Saldo 26.466 (26.467 follows)
    // stay reported: 1 + 2 = 3 fouten, as the 3 afrondingsverschillen at tolerance 1.
    expect(claims(lastenBaten(41502), RULES, 0)).toEqual([
      ["lasten-baten", "Begroting", "C5", "fout", 41501, 41502],
      ["lasten-baten", "Begroting", "D5", "fout", -147, -148],
      ["lasten-baten", "Begroting", "C12", "fout", 26467, 26466],
    ]);
  });

  it("a row's saldo typed wrong: its column Totaal, right as typed, is no second fout", () => {
    // OZJT saldo 2.991 where 3.539 - 578 = 2.961 (fout 30). The Totaal saldo 31.390 = 48.821 - 17.431 and
    // = 24.222 + 2.961 + 4.207: right; against the rows as typed (24.222 + 2.991 + 4.207 = 31.420) it only
    // differs by the slip. Two relations meet in D4 (its row and its column): D4 is the one fout.
    const wb = begroting(48821);
    wb.sheets[0].set(4, 4, { value: 2991 });
    expect(claims(wb)).toEqual([["rol-relatie", "Begroting", "D4", "fout", 2961, 2991]]);
  });

  it("a Verschil typed wrong in a comparison: the Totaal verschil is no second fout", () => {
    // GGD Verschil 126 where 500 - 338 = 162 (fout, -36). Totaal verschil 192 = 900 - 708 = 162 + 50 - 20:
    // right; against the column as typed (126 + 50 - 20 = 156) it differs by the slip only.
    const wb = vergelijking(192);
    expect(claims(wb)).toEqual([["rol-relatie", "Vergelijking", "D3", "fout", 162, 126]]);
  });

  it("a change typed wrong: its row's na and the column Totaal, both right, give one fout on the change", () => {
    // OZJT Wijziging -29 where 780 - 800 = -20 follows. Its na 780 differs from 800 - 29 = 771 by 9, and the
    // Totaal wijziging 30 (= 2.030 - 2.000) from 50 - 29 + 0 = 21 by 9: changing C4 by +9 closes both, so
    // C4 is the slip (-20, not -29), and D4 and C6, which are right, are no finding.
    const wb = workbook(
      sheet("Wijziging", [
        ["5e begrotingswijziging 2025"],
        ["Programma", "Begroting voor wijziging", "Wijziging", "Begroting na wijziging"],
        ["GGD Twente", 1000, 50, 1050],
        ["OZJT", 800, -29, 780],
        ["Veilig Thuis Twente", 200, 0, 200],
        ["Totaal", 2000, 30, 2030],
      ])
    );
    expect(claims(wb)).toEqual([["rol-relatie", "Wijziging", "C4", "fout", -20, -29]]);
  });

  it("a cell of a table no kind knows, off in its row's Totaal and its column's: one fout on that cell", () => {
    // Huisvesting Q2 59 where 50: its row 50 + 59 + 50 = 159, not the Totaal 150; column Q2 110 + 59 + 20 =
    // 189, not the Totaal 180. Both are 9 off and close with C4 at 50: C4 is the slip, E4 and C6 are right.
    const wb = workbook(
      sheet("Kosten", [
        ["Kosten per kwartaal"],
        ["Onderdeel", "Q1", "Q2", "Q3", "Totaal"],
        ["Personeel", 100, 110, 120, 330],
        ["Huisvesting", 50, 59, 50, 150],
        ["ICT", 20, 20, 20, 60],
        ["Totaal", 170, 180, 190, 540],
      ])
    );
    expect(claims(wb).filter(([, , cel]) => cel !== "")).toEqual([
      ["tabel-totalen", "Kosten", "C4", "fout", 50, 59],
    ]);
  });

  it("a row slip that does not explain its column Totaal leaves the Totaal a fout of its own", () => {
    // GGD Verschil 126 (162 follows) and Totaal verschil 200: the column as typed gives 156, with D3 at 162
    // it gives 192, still not 200; and 900 - 708 = 192 on the Totaal row. Both cells stay fouten.
    const wb = vergelijking(200);
    const found = claims(wb).map((c) => c.slice(0, 4).join(" "));
    expect(found).toContain("rol-relatie Vergelijking D3 fout");
    expect(found).toContain("rol-relatie Vergelijking D6 fout"); // 200 where 900 - 708 = 192
  });

  it("an ontwikkeling typed wrong that its list Totaal and the matrix both point at is the one fout", async () => {
    const wb = await readXlsx(
      fs.readFileSync(path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx"))
    );
    // GGD Twente, "Infectieziekten - vaccineren op maat (R)" (incidenteel) 60 where the example has 50. The
    // Totaal positief 1.413 and the matrix cell R incidenteel 50 both stay right: each is 10 off through
    // C9 alone (the only R/I ontwikkeling), so C9 is the slip, 50 expected, named by the nearer relation
    // (its list Totaal). The example's own fout stays.
    wb.sheets.find((s) => s.name === "GGD Twente")!.set(9, 3, { value: 60 });
    const fouten = claims(wb).filter((c) => c[3] === "fout");
    expect(fouten).toEqual([
      ["lijst-totaal", "GGD Twente", "C9", "fout", 50, 60],
      ["begroting-saldo", "Begroting", "D24", "fout", 436, 438],
    ]);
  });

  it("does not depend on the order of the rules: the bundled example reversed gives the same", async () => {
    const wb = await readXlsx(
      fs.readFileSync(path.join(ROOT_DIR, "assets", "voorbeeld-berap-2025-2.xlsx"))
    );
    const key = (rules: typeof RULES) =>
      validateWorkbook(wb, { rules })
        .bevindingen.map((f) => `${f.regel} ${f.blad}!${f.cel} ${f.ernst} ${f.bericht}`)
        .sort();
    expect(key([...RULES].reverse())).toEqual(key(RULES));
  });
});
