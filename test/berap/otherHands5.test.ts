import { validateWorkbook } from "../../src/berap";
import { readXlsx } from "../../src/workbook/xlsx";
import { claims } from "../support/claims";
import { worksheetXml, xlsxPackage } from "../support/xlsxPackage";
import { programmeSheet, sheet, TestCell, workbook } from "../support/ruleTester";
import { ggdNegatief, ggdPositief, neg, pos } from "./rules/ggdLists";

/*
 * Layouts by other hands, a fifth round: each case is the layout feature reduced to a small workbook built
 * here, with its figures by hand. A consistent table gives no fout; a slip gives exactly the finding the
 * hand calculation predicts, once.
 */

/*
 * 0. A "Begroting 2025 | Prognose 2025" table that is no projectenbudget (no "beschikbaar" row): lasten in
 *    two groups, each closed by a Subtotaal, and a Totaal over the subtotals.
 *
 *    By hand: personeel 100 + 20 = 120 and 110 + 25 = 135; materieel 30 + 10 = 40 and 30 + 12 = 42;
 *    Totaal 120 + 40 = 160 and 135 + 42 = 177.
 */
const lasten = (totaalPrognose: TestCell = 177) =>
  workbook(
    sheet("Lasten", [
      ["Lasten bedrijfsvoering"],
      [, "Begroting 2025", "Prognose 2025"],
      ["Salarissen", 100, 110],
      ["Inhuur", 20, 25],
      ["Subtotaal personeel", 120, 135],
      ["Huisvesting", 30, 30],
      ["ICT", 10, 12],
      ["Subtotaal materieel", 40, 42],
      ["Totaal", 160, totaalPrognose],
    ])
  );

describe("0. a Begroting | Prognose table with Subtotaal rows and no 'beschikbaar' row", () => {
  it("finds no fout: the Totaal is the subtotals, not every row above it", () => {
    expect(claims(lasten())).toEqual([]);
  });
  it("finds a Totaal typed 187 (the subtotals give 135 + 42 = 177), once", () => {
    expect(claims(lasten(187))).toEqual([["C9", "fout", 177, 187]]);
  });
  it("finds a Subtotaal typed wrong: 110 + 25 = 135, not 145 (the Totaal then follows the subtotals)", () => {
    const wb = workbook(
      sheet("Lasten", [
        [, "Begroting 2025", "Prognose 2025"],
        ["Salarissen", 100, 110],
        ["Inhuur", 20, 25],
        ["Subtotaal personeel", 120, 145],
        ["Huisvesting", 30, 30],
        ["Subtotaal materieel", 30, 30],
        ["Totaal", 150, 175],
      ])
    );
    // 145 + 30 = 175: the Totaal follows the typed subtotal, the slip is the subtotal's alone.
    expect(claims(wb).filter((c) => c[1] === "fout")).toEqual([["C4", "fout", 135, 145]]);
  });
});

/*
 * 0b. A projectenbudget whose projects are grouped, each group closed by a Subtotaal.
 *
 *    By hand: inkoop -36 - 33 = -69 and -43 - 35 = -78; indicatoren -170 and -176; Totaal -69 - 170 = -239
 *    and -78 - 176 = -254; verwacht saldo 322 - 239 = 83 and 322 - 254 = 68.
 */
const grouped = (saldoPrognose: TestCell = 68) =>
  workbook(
    sheet("OZJT", [
      ["Projectenbudget OZJT"],
      [, "2025 Begroting", "2025 Prognose"],
      ["Projecten-/werkbudget beschikbaar", 322, 322],
      ["Strategische inkoop", -36, -43],
      ["Implementatie inkoop", -33, -35],
      ["Subtotaal inkoop", -69, -78],
      ["Project indicatoren", -170, -176],
      ["Subtotaal indicatoren", -170, -176],
      ["Totaal", -239, -254],
      ["Verwacht saldo", 83, saldoPrognose],
    ])
  );

describe("0b. a projectenbudget with its projects in groups", () => {
  it("finds no fout: the Totaal is the subtotals, the saldo beschikbaar plus Totaal", () => {
    expect(claims(grouped())).toEqual([]);
  });
  it("finds a saldo typed 58 (322 - 254 = 68)", () => {
    expect(claims(grouped(58))).toEqual([["C10", "fout", 68, 58]]);
  });
});

/*
 * 8. A doorwerking table that prints Nadelig as a positive amount (105 for a nadeel of 105), Totaal =
 *    Voordelig - Nadelig on each row. The lists are those of ggdLists (see vttDoorwerking).
 *
 *    By hand: I voordelig 50 + 213 = 263, nadelig 105, totaal 263 - 105 = 158; M 83, 0, 83; S 0, 145,
 *    0 - 145 = -145; Totaal 263 + 83 = 346, 105 + 145 = 250, 346 - 250 = 96, the bedrijfsresultaat.
 */
const positiveNadelig = (incidenteel: TestCell[] = [263, 105, 158]) => {
  const s = programmeSheet(
    "VTT",
    pos,
    neg,
    [346, -250],
    [
      ["Verwacht bedrijfsresultaat", 96],
      ["Tekort cao-ontwikkeling", -10],
    ]
  );
  return workbook({
    ...s,
    rows: [
      ...s.rows,
      [],
      ["Doorwerking"],
      ["Soort", "Voordelig", "Nadelig", "Totaal"],
      ["Incidenteel", ...incidenteel],
      ["Meerjarig", 83, 0, 83],
      ["Structureel", 0, 145, -145],
      ["Totaal", 346, 250, 96],
    ],
  });
};

describe("8. a doorwerking table with Nadelig printed positive", () => {
  it("reads the sign from the figures and finds no fout", () => {
    expect(claims(positiveNadelig())).toEqual([]);
  });
  it("still finds a nadelig that misses an item: 95 where the lists give 105", () => {
    // 263 - 95 = 168 would follow and the column gives 95 + 145 = 240, but the totaal 158 (263 - 105) and
    // the Totaal 250 are right for the lists: the slip is the 95 alone, reported once.
    const found = claims(positiveNadelig([263, 95, 158]));
    expect(found).toEqual([["C16", "fout", 105, 95]]);
  });
});

/*
 * 4. A key of percentages cached as the fractions Excel computed, its Totaal a SUM whose cached result is
 *    the float 0,1 + 0,2 + 0,3 + 0,4 = 1,0000000000000002: a cell of 0,00% shows 100,00%, as it should.
 *
 *    By hand: 250.000 x 10% = 25.000, x 20% = 50.000, x 30% = 75.000, x 40% = 100.000; sum 250.000.
 */
describe("4. a key total cached as 1,0000000000000002", () => {
  const pct = (v: number, f?: string) => ({ v, f, fmt: "0.00%" });
  const wb = workbook(
    sheet("Verdeling", [
      ["Verdeling bijdrage"],
      ["Gemeente", "Verdeelsleutel %", "Bijdrage"],
      ["Almelo", pct(0.1), 25000],
      ["Borne", pct(0.2), 50000],
      ["Enschede", pct(0.3), 75000],
      ["Hengelo", pct(0.4), 100000],
      ["Totaal", pct(0.1 + 0.2 + 0.3 + 0.4, "SUM(B3:B6)"), { v: 250000, f: "SUM(C3:C6)" }],
    ])
  );
  it("is no afrondingsverschil: the cell shows the 100,00% the keys give", () => {
    expect(claims(wb)).toEqual([]);
  });
});

/*
 * 10. A table whose totals are SUBTOTAL(109, ...) over a hidden row: Excel leaves the hidden row out of the
 *     total, and so must the check. Read from an .xlsx of our own making, as Excel writes a hidden row
 *     (<row hidden="1">).
 *
 *     By hand: Salarissen 100 + Inhuur 20 + ICT 10 = 130 with the hidden row Oud project (40) left out;
 *     with it, 170. Prognose 110 + 25 + 12 = 147 (with the hidden 45: 192).
 */
describe("10. SUBTOTAL(109, ...) over a hidden row", () => {
  const cell = (ref: string, v: number | string, f?: string) =>
    typeof v === "string"
      ? `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`
      : `<c r="${ref}">${f ? `<f>${f}</f>` : ""}<v>${v}</v></c>`;
  const file = (fn: number, totals: [number, number], after = "") =>
    xlsxPackage([
      {
        name: "Lasten",
        xml: worksheetXml(
          [
            `<row r="1">${cell("A1", "Lasten bedrijfsvoering")}</row>`,
            `<row r="2">${cell("B2", "Begroting 2025")}${cell("C2", "Prognose 2025")}</row>`,
            `<row r="3">${cell("A3", "Salarissen")}${cell("B3", 100)}${cell("C3", 110)}</row>`,
            `<row r="4">${cell("A4", "Inhuur")}${cell("B4", 20)}${cell("C4", 25)}</row>`,
            `<row r="5" hidden="1">${cell("A5", "Oud project")}${cell("B5", 40)}${cell("C5", 45)}</row>`,
            `<row r="6">${cell("A6", "ICT")}${cell("B6", 10)}${cell("C6", 12)}</row>`,
            `<row r="7">${cell("A7", "Totaal")}${cell("B7", totals[0], `SUBTOTAL(${fn},B3:B6)`)}${cell("C7", totals[1], `SUBTOTAL(${fn},C3:C6)`)}</row>`,
          ].join(""),
          after
        ),
      },
    ]);

  it("reads the hidden row and the autofilter from the file", async () => {
    const wb = await readXlsx(file(109, [130, 147], `<autoFilter ref="A2:C6"/>`));
    expect([...wb.sheets[0].hiddenRows]).toEqual([5]);
    expect(wb.sheets[0].filtered).toBe(true);
  });
  it("finds no fout where SUBTOTAL(109) leaves the hidden row out, and says it was not counted", async () => {
    const result = validateWorkbook(await readXlsx(file(109, [130, 147])));
    expect(result.bevindingen.filter((f) => f.ernst !== "info")).toEqual([]);
    const said = result.bevindingen.filter((f) => f.regel === "tabel-totalen");
    expect(said.map((f) => [f.cel, f.ernst, f.gevonden])).toEqual([["A5", "info", 1]]);
    expect(said[0].bericht).toContain("rij 5 is verborgen en niet meegeteld");
  });
  it("still finds a slip among the visible rows: Totaal prognose 157 where 110 + 25 + 12 = 147", async () => {
    const result = validateWorkbook(await readXlsx(file(109, [130, 157])));
    expect(
      result.bevindingen
        .filter((f) => f.ernst !== "info")
        .map((f) => [f.cel, f.ernst, f.verwacht, f.gevonden])
    ).toEqual([["C7", "fout", 147, 157]]);
  });
  it("counts the hidden row where SUBTOTAL(9) includes it (hidden by hand, no filter): 170, not 130", async () => {
    const result = validateWorkbook(await readXlsx(file(9, [130, 147])));
    expect(
      result.bevindingen
        .filter((f) => f.ernst === "fout")
        .map((f) => [f.cel, f.verwacht, f.gevonden])
    ).toEqual([
      ["B7", 170, 130],
      ["C7", 192, 147],
    ]);
  });
  it("leaves the row out for SUBTOTAL(9) when a filter hid it", async () => {
    const result = validateWorkbook(
      await readXlsx(file(9, [130, 147], `<autoFilter ref="A2:C6"/>`))
    );
    expect(result.bevindingen.filter((f) => f.ernst !== "info")).toEqual([]);
  });
});

/*
 * 5. A verdeling by a key of counts: "Verdeelsleutel (aantal jeugdigen)", its Totaal the sum of the counts.
 *
 *    By hand: 2.000 + 500 + 4.000 + 2.500 + 1.000 = 10.000 jeugdigen; 100.000 x 2.000 / 10.000 = 20.000,
 *    x 500 / 10.000 = 5.000, x 4.000 / 10.000 = 40.000, x 2.500 / 10.000 = 25.000, x 1.000 / 10.000 = 10.000;
 *    sum 100.000.
 */
describe("5. a verdeelsleutel of counts (aantal jeugdigen)", () => {
  const jeugd = (hengelo: number, totaal: number) =>
    workbook(
      sheet("Jeugd", [
        ["Verdeling bijdrage jeugdteams 2025 (bedragen in €)"],
        ["Gemeente", "Verdeelsleutel (aantal jeugdigen)", "Bijdrage"],
        ["Almelo", 2000, 20000],
        ["Borne", 500, 5000],
        ["Enschede", 4000, 40000],
        ["Hengelo", 2500, hengelo],
        ["Oldenzaal", 1000, 10000],
        ["Totaal", 10000, totaal],
      ])
    );
  it("checks the shares by their counts and finds no fout on a consistent table", () => {
    const result = validateWorkbook(jeugd(25000, 100000));
    expect(result.bevindingen.filter((f) => f.ernst !== "info")).toEqual([]);
    // Checked, not passed over: no "telt niet op tot 100%".
    expect(result.bevindingen.filter((f) => f.messageId === "sleutelOnduidelijk")).toEqual([]);
  });
  it("finds Hengelo 26.000 where 2.500 of 10.000 of 100.000 is 25.000, once", () => {
    expect(claims(jeugd(26000, 100000))).toEqual([["C6", "fout", 25000, 26000]]);
  });
  it("with the Totaal added up over the slip (101.000): the share and the Totaal, not all five shares", () => {
    // The other four shares are 2.000, 500, 4.000 and 1.000 of 10.000 of 100.000 exactly (75.000 for 7.500
    // jeugdigen): Hengelo is the slip, and the Totaal that adds it up is 1.000 too high.
    expect(claims(jeugd(26000, 101000))).toEqual([
      ["C6", "fout", 25000, 26000],
      ["C8", "fout", 100000, 101000],
    ]);
  });
});

/*
 * 1/2. A lasten table with the verschil also as a percentage of the begroting ("% van begroting",
 *      "Verschil in %"): one lasten-baten table, not a projectenbudget beside a toelichting.
 *
 *    By hand: 1.260 - 1.200 = 60, 60 / 1.200 = 5%; 760 - 800 = -40, -40 / 800 = -5%; 550 - 500 = 50,
 *    50 / 500 = 10%; Totaal 2.500, 2.570, 70 and 70 / 2.500 = 2,8%.
 */
describe("1/2. a lasten table with a percentage column", () => {
  const pct = (v: number) => ({ v, fmt: "0.0%" });
  const table = (header: string, verschil = -40, procent = 0.1, extra?: TestCell) =>
    workbook(
      sheet("Lasten", [
        ["Lasten per taakveld 2025 (x € 1.000)"],
        ["Taakveld", "Begroting 2025", "Prognose 2025", "Verschil", header],
        ["Jeugdgezondheidszorg", 1200, 1260, 60, pct(0.05)],
        ["Infectieziekten", 800, 760, verschil, extra ?? pct(-0.05)],
        ["Bedrijfsvoering", 500, 550, 50, pct(procent)],
        ["Totaal", 2500, 2570, 70, pct(0.028)],
      ])
    );
  it.each([
    "% van begroting",
    "% van de actuele begroting",
    "Verschil in %",
    "Afwijking (procent)",
  ])("finds no fout or waarschuwing when consistent, header '%s'", (header) => {
    expect(claims(table(header))).toEqual([]);
  });
  it("finds a verschil typed -30 (760 - 800 = -40) once: its percentage follows the figures, not the slip", () => {
    expect(claims(table("% van begroting", -30))).toEqual([["D4", "fout", -40, -30]]);
  });
  it("finds 15% for Bedrijfsvoering where 50 / 500 = 10%", () => {
    expect(claims(table("Verschil in %", -40, 0.15))).toEqual([["E5", "fout", 0.1, 0.15]]);
  });
  it("reads the prognose as a percentage of the begroting when most rows show that (105%, 95%, 110%)", () => {
    const wb = workbook(
      sheet("Lasten", [
        ["Taakveld", "Begroting 2025", "Prognose 2025", "Verschil", "Prognose in % van begroting"],
        ["Jeugdgezondheidszorg", 1200, 1260, 60, pct(1.05)],
        ["Infectieziekten", 800, 760, -40, pct(0.95)],
        ["Bedrijfsvoering", 500, 550, 50, pct(1.2)],
        ["Totaal", 2500, 2570, 70, pct(1.028)],
      ])
    );
    // 550 / 500 = 110%, not 120%: the one row the reading of the other three does not explain.
    expect(claims(wb)).toEqual([["E4", "fout", 1.1, 1.2]]);
  });
  it("reads percentage points in a column without a % format (5,0 for 5%) and finds 15,0 where 10,0 is", () => {
    const points = (v: number) => ({ v, fmt: "0.0" });
    const wb = (bedrijfsvoering: number) =>
      workbook(
        sheet("Lasten", [
          ["Taakveld", "Begroting 2025", "Prognose 2025", "Verschil", "Verschil in %"],
          ["Jeugdgezondheidszorg", 1200, 1260, 60, points(5)],
          ["Infectieziekten", 800, 760, -40, points(-5)],
          ["Bedrijfsvoering", 500, 550, 50, points(bedrijfsvoering)],
          ["Totaal", 2500, 2570, 70, points(2.8)],
        ])
      );
    expect(claims(wb(10))).toEqual([]);
    expect(claims(wb(15))).toEqual([["E4", "fout", 10, 15]]);
  });
  it("says once that a column no reading explains was not checked, and raises no fout on it", () => {
    const wb = workbook(
      sheet("Lasten", [
        ["Taakveld", "Begroting 2025", "Prognose 2025", "Verschil", "% realisatie t/m augustus"],
        ["Jeugdgezondheidszorg", 1200, 1260, 60, pct(0.61)],
        ["Infectieziekten", 800, 760, -40, pct(0.7)],
        ["Bedrijfsvoering", 500, 550, 50, pct(0.55)],
        ["Totaal", 2500, 2570, 70, pct(0.63)],
      ])
    );
    const result = validateWorkbook(wb);
    expect(result.bevindingen.filter((f) => f.ernst === "fout")).toEqual([]);
    expect(result.bevindingen.filter((f) => f.messageId === "procentNietTeLezen")).toHaveLength(1);
  });
});

/*
 * 5b. A distribution by inwoners whose Totaal was added up over one slipped share.
 *
 *    By hand: 100.000 over 10.000 inwoners is 10 per inwoner: Almelo 2.000 -> 20.000, Borne 500 -> 5.000,
 *    Enschede 4.000 -> 40.000, Hengelo 2.500 -> 25.000, Oldenzaal 1.000 -> 10.000. Hengelo typed 26.000 and
 *    the Totaal 101.000 (their sum): against 101.000 every share misses (Almelo 20.200), yet the other four
 *    are exactly 10 per inwoner of 100.000.
 */
describe("5b. a distribution by inwoners with its Totaal added up over a slip", () => {
  const verdeling = (hengelo: number, enschede: number, totaal: number) =>
    workbook(
      sheet("Verdeling", [
        ["Verdeling bijdrage 2025"],
        ["Gemeente", "Inwoners", "Bijdrage"],
        ["Almelo", 2000, 20000],
        ["Borne", 500, 5000],
        ["Enschede", 4000, enschede],
        ["Hengelo", 2500, hengelo],
        ["Oldenzaal", 1000, 10000],
        ["Totaal", 10000, totaal],
      ])
    );
  it("finds the share and the Totaal, not all five shares", () => {
    expect(claims(verdeling(26000, 40000, 101000))).toEqual([
      ["C6", "fout", 25000, 26000],
      ["C8", "fout", 100000, 101000],
    ]);
  });
  it("with all 14 municipalities rounded per regel: Hengelo and the Totaal, no afrondingsverschil", () => {
    // 665.000 x inwoners / 640.787, each rounded (domein/inwoners-2025.csv): the 14 shares add up to 664.999,
    // as per-regel rounding does. Hengelo typed 87.227 (86.226,55 -> 86.227) and the Totaal its sum 665.999.
    // The other 13 add up to 578.772 over 557.700 inwoners: 665.000 distributed, exactly their shares.
    const shares: [string, number, number][] = [
      ["Almelo", 74164, 76966],
      ["Borne", 24638, 25569],
      ["Dinkelland", 26739, 27749],
      ["Enschede", 161852, 167968],
      ["Haaksbergen", 24349, 25269],
      ["Hellendoorn", 36258, 37628],
      ["Hengelo", 83087, 87227],
      ["Hof van Twente", 35439, 36778],
      ["Losser", 23380, 24263],
      ["Oldenzaal", 31795, 32996],
      ["Rijssen-Holten", 38681, 40143],
      ["Tubbergen", 21397, 22206],
      ["Twenterand", 34073, 35360],
      ["Wierden", 24935, 25877],
    ];
    const wb = workbook(
      sheet("Frictiekosten", [
        ["Verdeling frictiekosten (bedragen in hele euro's)"],
        ["Gemeente", "Aantal inwoners", "Gereserveerd bedrag"],
        ...shares,
        ["Totaal", 640787, 665999],
      ])
    );
    expect(claims(wb)).toEqual([
      ["C9", "fout", 86227, 87227],
      ["C17", "fout", 665000, 665999],
    ]);
  });
  it("still finds two swapped shares (Hengelo +500, Enschede -500, Totaal right) as two fouten", () => {
    expect(claims(verdeling(25500, 39500, 100000))).toEqual([
      ["C5", "fout", 40000, 39500],
      ["C6", "fout", 25000, 25500],
    ]);
  });
});

/*
 * 10b. A list of ontwikkelingen with a hidden development under a SUBTOTAL(109) Totaal.
 *
 *    By hand: visible 174 + 92 = 266 (row 8, "Oud project" 40, hidden); negatief -145 - 44 = -189;
 *    bedrijfsresultaat 266 - 189 = 77. A SUM Totaal counts the hidden row: 174 + 92 + 40 = 306.
 */
describe("10b. a hidden development under a SUBTOTAL(109) Totaal", () => {
  const lists = (formula: string, totaal: number, resultaat: number) => {
    const wb = workbook(
      programmeSheet(
        "GGD Twente",
        [...ggdPositief, ["I", "Oud project (G)", 40]],
        ggdNegatief,
        [{ v: totaal, f: formula }, -189],
        [["Verwacht bedrijfsresultaat", resultaat]]
      )
    );
    wb.sheets[0].hiddenRows.add(8);
    return wb;
  };
  it("finds no fout: the Totaal and the result leave the hidden row out, as Excel does, and says so", () => {
    const result = validateWorkbook(lists("SUBTOTAL(109,C6:C8)", 266, 77));
    expect(result.bevindingen.filter((f) => f.ernst === "fout")).toEqual([]);
    const said = result.bevindingen.filter((f) => f.messageId === "verborgenOntwikkelingen");
    expect(said.map((f) => [f.cel, f.ernst, f.gevonden])).toEqual([["C9", "info", 1]]);
    expect(said[0].bericht).toContain("rij 8 is verborgen en niet meegeteld");
  });
  it("counts the hidden development under a SUM Totaal: 306, not 266", () => {
    const result = validateWorkbook(lists("SUM(C6:C8)", 266, 77));
    const fouten = result.bevindingen.filter(
      (f) => f.ernst === "fout" && f.regel === "lijst-totaal"
    );
    expect(fouten.map((f) => [f.cel, f.verwacht, f.gevonden])).toEqual([["C9", 306, 266]]);
  });
});
