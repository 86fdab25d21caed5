import { RULES } from "../../../src/berap";
import { bedrijfsresultaat } from "../../../src/berap/rules/bedrijfsresultaat";
import { lijstTotaal } from "../../../src/berap/rules/lijst-totaal";
import { ontwikkelingFinanciering } from "../../../src/berap/rules/ontwikkeling-financiering";
import { ontwikkelingSoort } from "../../../src/berap/rules/ontwikkeling-soort";
import { ontwikkelingTeken } from "../../../src/berap/rules/ontwikkeling-teken";
import { resultaatRegels } from "../../../src/berap/rules/resultaat-regels";
import { brief, programmeSheet, run, workbook } from "../../support/ruleTester";

// GGD Twente-like lists: 174 + 92 = 266 positive, -145 - 44 = -189 negative, result 77.
const pos = [
  ["I", "Forensische Geneeskunde (G)", 174],
  ["M", "Seksuele Gezondheid (G)", 92],
];
const neg = [
  ["S", "Huisvesting JGZ (G)", -145],
  ["I", "Kosten voormalig personeel (G)", -44],
];

describe("rule modules", () => {
  it("every rule has a unique id, a Dutch description and a severity", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z-]+$/);
      expect(r.beschrijving).toMatch(/\b(de|het|een|van|is|en|zijn)\b/);
      expect(["fout", "waarschuwing", "info"]).toContain(r.ernst);
    }
  });
});

describe("lijst-totaal", () => {
  it("is silent when the totals are right", () => {
    expect(run(lijstTotaal, workbook(programmeSheet("GGD Twente", pos, neg, [266, -189])))).toEqual(
      []
    );
  });

  it("reports a total one off as afrondingsverschil and further off as fout, with verwacht and gevonden", () => {
    const findings = run(
      lijstTotaal,
      workbook(programmeSheet("GGD Twente", pos, neg, [267, -200]))
    );
    expect(brief(findings)).toEqual([
      ["GGD Twente", "C8", "waarschuwing", 266, 267],
      ["GGD Twente", "G8", "fout", -189, -200],
    ]);
    expect(findings[1].bericht).toBe(
      "GGD Twente, Totaal negatief: -200 staat er, -189 volgt uit de tabel (verschil -11)."
    );
  });

  it("reads a dash as nil and Dutch text numbers as numbers", () => {
    const lists = programmeSheet(
      "GGD Twente",
      [
        ["I", "A (G)", "1.174"],
        ["M", "B (R)", "-"],
      ],
      [["S", "C (G)", "-145"]],
      ["1.174", -145]
    );
    expect(run(lijstTotaal, workbook(lists))).toEqual([]);
  });

  it("honours the tolerance", () => {
    const wb = workbook(programmeSheet("GGD Twente", pos, neg, [268, -189]));
    expect(brief(run(lijstTotaal, wb, 1))).toEqual([["GGD Twente", "C8", "fout", 266, 268]]);
    expect(brief(run(lijstTotaal, wb, 2))).toEqual([
      ["GGD Twente", "C8", "waarschuwing", 266, 268],
    ]);
  });
});

describe("bedrijfsresultaat and resultaat-regels", () => {
  const lines = (result: number, cao: number, jaar: number): [string, number][] => [
    ["Verwacht bedrijfsresultaat", result],
    ["Overschot cao-ontwikkeling", cao],
    ["Verwacht jaarrekeningresultaat", jaar],
  ];

  it("bedrijfsresultaat = positief + negatief: 266 - 189 = 77", () => {
    expect(
      run(
        bedrijfsresultaat,
        workbook(programmeSheet("OZJT", pos, neg, [266, -189], lines(77, 10, 87)))
      )
    ).toEqual([]);
    const wrong = run(
      bedrijfsresultaat,
      workbook(programmeSheet("OZJT", pos, neg, [266, -189], lines(80, 10, 90)))
    );
    expect(brief(wrong)).toEqual([["OZJT", "C10", "fout", 77, 80]]);
  });

  it("jaarrekeningresultaat = bedrijfsresultaat + cao (+ rente): 77 + 10 = 87", () => {
    const wrong = run(
      resultaatRegels,
      workbook(programmeSheet("OZJT", pos, neg, [266, -189], lines(77, 10, 88)))
    );
    expect(brief(wrong)).toEqual([["OZJT", "C12", "waarschuwing", 87, 88]]);
  });

  it("reads a Tekort cao-ontwikkeling line of an older Berap", () => {
    const older: [string, number][] = [
      ["Verwacht bedrijfsresultaat", 77],
      ["Tekort cao-ontwikkeling", -20],
      ["Verwacht jaarrekeningresultaat", 57],
    ];
    expect(
      run(resultaatRegels, workbook(programmeSheet("OZJT", pos, neg, [266, -189], older)))
    ).toEqual([]);
  });
});

describe("ontwikkeling-soort, -financiering, -teken", () => {
  const wb = workbook(
    programmeSheet(
      "Veilig Thuis Twente",
      [
        ["X", "Personele kosten (G)", 22],
        ["I", "UWV uitkeringen", 69],
        ["I", "Overig (R)", -5],
      ],
      [["M", "Subsidie (P)", 10]],
      [86, 10]
    )
  );
  it("flags a soort outside I/M/S", () => {
    expect(brief(run(ontwikkelingSoort, wb))).toEqual([
      ["Veilig Thuis Twente", "A6", "fout", "I, M of S", "X"],
    ]);
  });
  it("flags an omschrijving without (R), (P) or (G)", () => {
    expect(brief(run(ontwikkelingFinanciering, wb))).toEqual([
      [
        "Veilig Thuis Twente",
        "B7",
        "fout",
        "omschrijving die eindigt op (R), (P) of (G)",
        "UWV uitkeringen",
      ],
    ]);
  });
  it("flags a negative amount among the positive ones and vice versa", () => {
    expect(brief(run(ontwikkelingTeken, wb))).toEqual([
      ["Veilig Thuis Twente", "G6", "fout", "<= 0", 10],
      ["Veilig Thuis Twente", "C8", "fout", ">= 0", -5],
    ]);
  });
});
