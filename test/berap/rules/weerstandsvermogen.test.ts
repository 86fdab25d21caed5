import { weerstandsvermogen } from "../../../src/berap/rules/weerstandsvermogen";
import { validateWorkbook } from "../../../src/berap/engine";
import { Workbook } from "../../../src/berap/model/workbook";
import { sheet, testRule, workbook } from "../../support/ruleTester";

/** Two reserves and their Totaal; the first ratio and the Totaal beschikbaar given. */
const build = (ratio: number, total: number) =>
  workbook(
    sheet("Weerstand", [
      ["Reserve", "Benodigd", "Beschikbaar", "Ratio"],
      ["Bestemmingsreserve GGD Twente", 1378, 1704, { v: ratio, fmt: "0.0" }],
      ["Algemene reserve", 300, 338, { v: 1.1, fmt: "0.0" }],
      ["Totaal", 1678, total, { v: 1.2, fmt: "0.0" }],
    ])
  );

/**
 * Reserves with a Totaal 1.542 / 1.678 = 0,919 (shown 0,9) and the printed verdicts under the table: inside
 * the band 0,8 - 1,0, and on the NAR scale D matig (0,8 - 1,0).
 */
const withVerdicts = (verdicts: string[], total = true) =>
  workbook(
    sheet("Weerstand", [
      ["Reserve", "Benodigd", "Beschikbaar", "Ratio"],
      ["Bestemmingsreserve GGD Twente", 1378, 1204, { v: 0.9, fmt: "0.0" }],
      ["Algemene reserve", 300, 338, { v: 1.1, fmt: "0.0" }],
      ...(total ? [["Totaal", 1678, 1542, { v: 0.9, fmt: "0.0" }]] : []),
      [],
      ...verdicts.map((v) => [v]),
    ])
  );

/**
 * A verdict on every row, each for its own ratio: GGD Twente 1.204 / 1.378 = 0,874 inside the band 0,8 - 1,0;
 * Algemene reserve 338 / 300 = 1,127 above it; Totaal 1.542 / 1.678 = 0,919 inside it.
 */
const verdictPerRow = (algemeneReserve: string) =>
  workbook(
    sheet("Weerstand", [
      ["Reserve", "Benodigd", "Beschikbaar", "Ratio", "Oordeel"],
      [
        "Bestemmingsreserve GGD Twente",
        1378,
        1204,
        { v: 0.9, fmt: "0.0" },
        "binnen de bandbreedte",
      ],
      ["Algemene reserve", 300, 338, { v: 1.1, fmt: "0.0" }, algemeneReserve],
      ["Totaal", 1678, 1542, { v: 0.9, fmt: "0.0" }, "binnen de bandbreedte"],
    ])
  );

testRule(weerstandsvermogen, {
  valid: [
    {
      // Each row's verdict against its own ratio, not the total's (a tester's jaarrekening got two false fouten).
      name: "een oordeel per regel, elk voor de ratio van die regel",
      workbook: () => verdictPerRow("boven de bandbreedte"),
    },
    {
      name: "oordeel en NAR-klasse kloppen met 1.542 / 1.678 = 0,92",
      workbook: () => withVerdicts(["Oordeel: binnen de bandbreedte", "Klasse D: matig"]),
    },
    {
      // Each ratio at the precision shown: 1.204 / 1.378 = 0,87 -> 0,9; 338 / 300 = 1,13 -> 1,1; Totaal
      // 1.204 + 338 = 1.542, and 1.542 / 1.678 = 0,92 -> 0,9, inside the band 0,8 - 1,0.
      name: "ratio's op de getoonde precisie, totaal 0,92 binnen de bandbreedte",
      workbook: () =>
        workbook(
          sheet("Weerstand", [
            ["Reserve", "Benodigd", "Beschikbaar", "Ratio"],
            ["Bestemmingsreserve GGD Twente", 1378, 1204, { v: 0.9, fmt: "0.0" }],
            ["Algemene reserve", 300, 338, { v: 1.1, fmt: "0.0" }],
            ["Totaal", 1678, 1542, { v: 0.9, fmt: "0.0" }],
          ])
        ),
    },
  ],
  invalid: [
    {
      // 1.542 / 1.678 = 0,919: binnen de bandbreedte 0,8 - 1,0, not boven; NAR D matig (0,8 - 1,0), not C.
      name: "een gedrukt oordeel en een klasse die niet kloppen",
      workbook: () => withVerdicts(["Oordeel: boven de bandbreedte", "NAR-klasse C: voldoende"]),
      errors: [
        {
          cel: "A6",
          ernst: "fout",
          messageId: "oordeelKloptNiet",
          verwacht: "binnen bandbreedte",
          gevonden: "boven bandbreedte",
          data: expect.objectContaining({ ratio: "0,92", oordeel: "binnen de bandbreedte" }),
        },
        {
          cel: "A7",
          ernst: "fout",
          messageId: "klasseKloptNiet",
          verwacht: "D matig",
          gevonden: "C",
        },
      ],
    },
    {
      // No Totaal row: no total ratio follows, so the printed verdict cannot be checked; that is said.
      name: "een oordeel zonder totaal",
      workbook: () => withVerdicts(["Oordeel: binnen de bandbreedte"], false),
      errors: [{ cel: "A5", ernst: "waarschuwing", messageId: "oordeelNietGecontroleerd" }],
    },
    {
      // Totaal 2.042 / 1.678 = 1,2169: above the band 0,8 - 1,0, a waarschuwing; every ratio itself holds.
      name: "totale ratio 1,22: boven de bandbreedte",
      workbook: () => build(1.2, 2042),
      errors: [
        {
          cel: "D4",
          ernst: "waarschuwing",
          verwacht: "0.8 - 1",
          gevonden: 1.2169,
          messageId: "buitenBandbreedte",
          data: expect.objectContaining({
            ratio: "1,22",
            oordeel: "boven de bandbreedte",
            ondergrens: "0,8",
            bovengrens: "1,0",
          }),
        },
      ],
    },
    {
      // 1.704 / 1.378 = 1,24, shown 1,2, where 1,4 stands.
      name: "ratio 1,4 waar 1,2 volgt",
      workbook: () => build(1.4, 2042),
      errors: [
        { blad: "Weerstand", cel: "D2", ernst: "fout", verwacht: 1.2, gevonden: 1.4 },
        {
          blad: "Weerstand",
          cel: "D4",
          ernst: "waarschuwing",
          verwacht: "0.8 - 1",
          gevonden: 1.2169,
        },
      ],
    },
    {
      // Beschikbaar 1.704 + 338 = 2.042, 2.040 typed: a fout; 2.040 / 1.678 = 1,2157 is still above the band.
      name: "Totaal beschikbaar 2.040 in plaats van 2.042",
      workbook: () => build(1.2, 2040),
      errors: [
        { cel: "C4", ernst: "fout", verwacht: 2042, gevonden: 2040 },
        { cel: "D4", ernst: "waarschuwing", verwacht: "0.8 - 1", gevonden: 1.2157 },
      ],
    },
  ],
});

/** The sentences as a controller writes them: "boven de bandbreedte", not calc's "boven bandbreedte". */
describe("weerstandsvermogen: de zinnen van het oordeel", () => {
  const berichten = (wb: Workbook) =>
    validateWorkbook(wb, { rules: [weerstandsvermogen], tolerantie: 1 })
      .bevindingen.filter((f) => f.ernst !== "info")
      .map((f) => f.bericht);

  it("totale ratio 2.042 / 1.678 = 1,2169, getoond 1,22: boven de bandbreedte 0,8 - 1,0", () => {
    expect(berichten(build(1.2, 2042))).toEqual([
      "Weerstandsvermogen: de ratio weerstandsvermogen is 1,22, boven de bandbreedte (0,8 - 1,0).",
    ]);
  });

  it("'boven de bandbreedte' gedrukt bij 1.542 / 1.678 = 0,919 (0,92): binnen de bandbreedte", () => {
    expect(berichten(withVerdicts(["Oordeel: boven de bandbreedte"]))).toEqual([
      "Weerstandsvermogen: er staat 'Oordeel: boven de bandbreedte', maar de ratio 0,92 is binnen de bandbreedte (0,8 - 1,0).",
    ]);
  });
});
