import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { claims } from "../support/claims";
import { sheet, TestCell, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands, a third tester: each case is the layout feature reduced to a small workbook built
 * here, with its figures by hand. A consistent table gives no fout; a slip gives exactly the finding the
 * hand calculation predicts, once.
 */

/*
 * 0. Bestuur & Ondersteuning as one pair of lists per block, a heading row above each pair: in A only, or
 *    repeated above both lists (A and E).
 *
 *    By hand: Bedrijfsvoering positief I 70 + I 124 = 194, negatief S -73 + S -36 = -109, resultaat
 *    194 - 109 = 85. Concern: no positives (Totaal "-"), negatief I -35 + I -22 = -57, resultaat -57.
 *    Bedrijfsresultaat 85 - 57 = 28.
 */
function blockPairs(
  options: { both?: boolean; bedrijfsvoering?: TestCell; concern?: TestCell; total?: TestCell } = {}
): Workbook {
  const heading = (name: string): TestCell[] => (options.both ? [name, , , , name] : [name]);
  const header: TestCell[] = [
    "Soort",
    "Positieve ontwikkelingen",
    "€",
    ,
    "Soort",
    "Negatieve ontwikkelingen",
    "€",
  ];
  return workbook(
    sheet("B&O", [
      ["Financiële update Bestuur & Ondersteuning"],
      ["bedragen x € 1.000"],
      [],
      heading("Bedrijfsvoering"),
      header,
      ["I", "Later invullen formatie (G)", 70, , "S", "Hogere energiekosten (G)", -73],
      ["I", "Lagere afschrijvingen (G)", 124, , "S", "Hogere kosten Arbodienst (G)", -36],
      [, "Totaal", 194, , , "Totaal", -109],
      [, "Verwacht resultaat Bedrijfsvoering", options.bedrijfsvoering ?? 85],
      [],
      heading("Concern"),
      header,
      [, , , , "I", "Langdurige ziekte (G)", -35],
      [, , , , "I", "Vervroegde afschrijvingen (G)", -22],
      [, "Totaal", "-", , , "Totaal", -57],
      [, "Verwacht resultaat Concern", options.concern ?? -57],
      [],
      [, "Verwacht bedrijfsresultaat Bestuur & Ondersteuning", options.total ?? 28],
    ])
  );
}

describe("0. B&O as one pair of lists per block, the block heading above each pair", () => {
  for (const both of [false, true]) {
    const where = both ? "above both lists" : "above the left list";
    it(`takes the heading ${where} as both lists' block, and finds no fout`, () => {
      const lists = recognizeBerap(blockPairs({ both })).programmes[0].lists;
      expect(lists.map((l) => [l.sign, l.block, l.items.length])).toEqual([
        ["positief", "Bedrijfsvoering", 2],
        ["negatief", "Bedrijfsvoering", 2],
        ["positief", "Concern", 0],
        ["negatief", "Concern", 2],
      ]);
      expect(claims(blockPairs({ both }))).toEqual([]);
    });

    it(`checks each block's result (heading ${where}): 95 typed where 194 - 109 = 85, -47 where -57`, () => {
      expect(claims(blockPairs({ both, bedrijfsvoering: 95 }))).toEqual([["C9", "fout", 85, 95]]);
      expect(claims(blockPairs({ both, concern: -47 }))).toEqual([["C16", "fout", -57, -47]]);
    });

    it(`checks the bedrijfsresultaat as the sum of the blocks (heading ${where}): 38 where 85 - 57 = 28`, () => {
      expect(claims(blockPairs({ both, total: 38 }))).toEqual([["C18", "fout", 28, 38]]);
    });
  }
});

describe("0. a block's result line whose block no list carries", () => {
  it("says it was not checked (one waarschuwing), never silence", () => {
    // The lists carry no block at all: "Verwacht resultaat Concern" cannot be compared with anything.
    const wb = workbook(
      sheet("B&O", [
        ["Financiële update Bestuur & Ondersteuning"],
        ["Positieve ontwikkelingen", , , , "Negatieve ontwikkelingen"],
        ["Soort", "Omschrijving", "€", , "Soort", "Omschrijving", "€"],
        ["I", "Later invullen formatie (G)", 70, , "I", "Langdurige ziekte (G)", -35],
        [, "Totaal", 70, , , "Totaal", -35],
        [, "Verwacht resultaat Concern", -57],
        [, "Verwacht bedrijfsresultaat", 35],
      ])
    );
    const found = validateWorkbook(wb).bevindingen.filter((f) => f.regel === "bedrijfsresultaat");
    expect(found.map((f) => [f.cel, f.ernst, f.messageId, f.data?.blok])).toEqual([
      ["C6", "waarschuwing", "blokNietGelezen", "Concern"],
    ]);
  });
});

/*
 * 1b. The ziekteverzuim table with plain years over its columns, typed as numbers (what Excel stores when
 *     you type 2023) or as text: read as the ziekteverzuim table, with its two published afrondingsverschillen.
 *
 *     By hand: 2023 0,7% + 0,6% + 5,8% = 7,1% where 7,2% stands; 2024 0,7% + 0,5% + 5,3% = 6,5% (klopt);
 *     2025 0,7% + 0,5% + 5,4% = 6,6% where 6,5% stands.
 */
function absence(years: TestCell[], label = "Verzuimduur"): Workbook {
  return workbook(
    sheet("Personeel", [
      ["Ziekteverzuim t/m augustus"],
      [label, ...years],
      ["Kort: < 8 dagen", "0,7%", "0,7%", "0,7%"],
      ["Middel: 8-42 dagen", "0,6%", "0,5%", "0,5%"],
      ["Lang: 43 dagen of langer", "5,8%", "5,3%", "5,4%"],
      ["Totaal SamenTwente", "7,2%", "6,5%", "6,5%"],
    ])
  );
}

describe("1b. ziekteverzuim with plain years as column headers", () => {
  const published: ReturnType<typeof claims> = [
    ["B6", "waarschuwing", 0.071, 0.072],
    ["D6", "waarschuwing", 0.066, 0.065],
  ];

  it("reads years typed as numbers as the periods, and finds both afrondingsverschillen", () => {
    const wb = absence([2023, 2024, 2025]);
    expect(recognizeBerap(wb).grids.map((g) => [g.kind, g.headers])).toEqual([
      ["ziekteverzuim", ["2023", "2024", "2025"]],
    ]);
    expect(claims(wb)).toEqual(published);
  });

  it("gives the same findings with the years as text", () => {
    expect(claims(absence(["2023", "2024", "2025"]))).toEqual(published);
  });

  it("takes bare years for periods only under a label that names the table", () => {
    const kinds = recognizeBerap(absence([2023, 2024, 2025], "Omschrijving")).grids.map(
      (g) => g.kind
    );
    expect(kinds).not.toContain("ziekteverzuim");
  });
});

/*
 * 1. A blank row and a section heading inside a table: the table goes on while its columns do.
 *
 *    Ontwikkeling begroting, by hand: voor wijziging 100 - 40 = 60; actueel 130 - 62 = 68; ontwikkeling
 *    30 | 22 | 8 (130 - 100, 62 - 40, 68 - 60). Verklaring: Opdracht A 20 | 20 | -, Uitbreiding B 10 | 2 | 8;
 *    Totaal 30 | 22 | 8. The slip: Totaal saldo 10 where the verklaring gives 0 + 8 = 8.
 */
function begroting(
  options: { gap?: TestCell[][]; text?: boolean; saldoTotaal?: number } = {}
): Workbook {
  const n = (v: number | string): TestCell =>
    options.text && typeof v === "number" ? String(v) : v;
  const rows: TestCell[][] = [
    ["Ontwikkeling begroting 2025"],
    ["bedragen x € 1.000"],
    ["Begroting", "Lasten", "Baten", "Saldo (gemeentelijke bijdrage)"],
    ["Begroting 2025 voor wijziging", n(100), n(40), n(60)],
    ["Begroting 2025 actueel", n(130), n(62), n(68)],
    ["Ontwikkeling lasten en baten", n(30), n(22), n(8)],
    ...(options.gap ?? [["Verklaring ontwikkeling:"]]),
    ["Opdracht A", n(20), n(20), "-"],
    ["Uitbreiding B", n(10), n(2), n(8)],
    ["Totaal", n(30), n(22), n(options.saldoTotaal ?? 8)],
  ];
  return workbook(sheet("Begroting", rows));
}

describe("1. a blank row and a section heading inside the ontwikkeling begroting", () => {
  const blankAndHeading: TestCell[][] = [[], ["Verklaring ontwikkeling:"]];
  for (const text of [false, true]) {
    const numbers = text ? "numbers as text" : "numbers";
    it(`reads the verklaring below them as part of the table (${numbers}): no fout when consistent`, () => {
      const wb = begroting({ gap: blankAndHeading, text });
      expect(recognizeBerap(wb).grids.map((g) => [g.kind, g.rows.length])).toEqual([
        ["ontwikkeling-begroting", 7],
      ]);
      expect(claims(wb)).toEqual([]);
    });

    it(`finds the Totaal saldo 10 where the verklaring gives 8, as without the blank row (${numbers})`, () => {
      const found = claims(begroting({ gap: blankAndHeading, text, saldoTotaal: 10 }));
      expect(found).toContainEqual(["D11", "fout", 8, 10]);
      // The same findings as the table without blank row and heading, one row higher.
      const plain = claims(begroting({ text, saldoTotaal: 10 }));
      expect(found).toEqual(plain.map(([cel, ...rest]) => [cel.replace("10", "11"), ...rest]));
    });
  }
});

/*
 *    Taakstellingen, by hand: in te vullen -82 - 52 = -134; after a blank row the heading "Wijze van invulling
 *    2025", Mutatie huisvestingsreserve 82, Subtotaal invulling 82; after a blank row Saldo 2025 -134 + 82 = -52.
 *    The slip: the mutatie typed 92, so the Subtotaal invulling 82 no longer closes (92 volgt).
 */
function taakstellingen(mutatie: TestCell = 82): Workbook {
  return workbook(
    sheet("Taakstellingen", [
      ["Taakstellingen"],
      ["bedragen x € 1.000"],
      ["Taakstelling", "Karakter", "Bedrag"],
      ["In te vullen taakstellingen"],
      ["Taakstelling huisvesting Twentehuis", "Structureel", -82],
      ["Taakstelling Veilig Thuis Twente", "Structureel", -52],
      ["Subtotaal in te vullen", , -134],
      [],
      ["Wijze van invulling 2025"],
      ["Mutatie huisvestingsreserve", "Incidenteel", mutatie],
      ["Subtotaal invulling", , 82],
      [],
      ["Saldo 2025", , -52],
    ])
  );
}

describe("1. a blank row and a section heading inside the taakstellingen", () => {
  it("reads the invulling and the Saldo below them: no finding when consistent", () => {
    expect(claims(taakstellingen())).toEqual([]);
  });

  it("finds the mutatie typed 92: the Subtotaal invulling 82 no longer closes", () => {
    expect(claims(taakstellingen(92))).toEqual([["C11", "fout", 92, 82]]);
  });
});

/*
 *    Toelichting verschillen with two blank rows before "Totaal verschil", by hand: GGD 250 + 14 = 264,
 *    VTT 20 + 80 = 100; Totaal verschil 264 + 100 = 364. The slip: 374 typed.
 */
function toelichting(totaal: number): Workbook {
  return workbook(
    sheet("Vergelijking", [
      ["Toelichting verschillen"],
      ["Toelichting", "Verschil"],
      ["Hogere opbrengsten", 250],
      ["Lagere lasten", 14],
      ["Subtotaal GGD Twente", 264],
      [],
      ["Subsidies centrumgemeente", 20],
      ["Materiële budgetten", 80],
      ["Subtotaal Veilig Thuis Twente", 100],
      [],
      [],
      ["Totaal verschil", totaal],
    ])
  );
}

describe("1. two blank rows before the Totaal of a table", () => {
  it("reads the Totaal verschil as the table's: 364 klopt, 374 is a fout", () => {
    // The table alone is no Berap (a waarschuwing about the workbook, no cell): only the cells count here.
    const cells = (wb: Workbook) => claims(wb).filter(([cel]) => cel !== "");
    expect(cells(toelichting(364))).toEqual([]);
    expect(cells(toelichting(374))).toEqual([["B12", "fout", 364, 374]]);
  });
});

/*
 * 2. Investments with group rows above their items, no ':' (Gerealiseerd | Prognose | Totaal), one slip.
 *
 *    By hand: Machines 300 | 100 | 400 = Mobiele apparaten 100 | 20 | 120 + Computers 180 | 60 | 240 +
 *    Audiovisueel 20 | 20 | 40; Overige 40 | 30 | 70 = Inventaris 25 | 10 | 35 + Software 15 | 20 | 35;
 *    Gebouwen 60 | 40 | 100 = Verbouwingen 60 | 40 | 100. Totaal = the groups: 400 | 170 | 570.
 */
function groupedInvestments(change: { row: number; col: number; value: number }): Workbook {
  const rows: TestCell[][] = [
    ["Investeringen 2024"],
    ["bedragen x € 1.000"],
    ["Investering", "Gerealiseerd t/m aug", "Prognose rest van het jaar", "Totaal"],
    ["Machines, apparaten en installaties", 300, 100, 400],
    ["  Mobiele apparaten", 100, 20, 120],
    ["  Computers", 180, 60, 240],
    ["  Audiovisuele middelen", 20, 20, 40],
    ["Overige materiële vaste activa", 40, 30, 70],
    ["  Inventaris", 25, 10, 35],
    ["  Software", 15, 20, 35],
    ["Bedrijfsgebouwen", 60, 40, 100],
    ["  Verbouwingen", 60, 40, 100],
    ["Totaal", 400, 170, 570],
  ];
  rows[change.row - 1][change.col - 1] = change.value;
  return workbook(sheet("Investeringen", rows));
}

describe("2. investment groups without ':' when one group does not close", () => {
  it("reports the item both its group and its row total point at, not the correct totals", () => {
    // Mobiele apparaten prognose 30 where 20: Machines 20 + 60 + 20 -> 30 + 60 + 20 = 110, not 100; the row's
    // own 100 + 30 = 130, not 120. Both are 10 off through C5, and with C5 at 20 both close: C5 is the one
    // fout (20 expected, 30 found). The group C4, the row total D5 and the Totaal 170 are right.
    expect(claims(groupedInvestments({ row: 5, col: 3, value: 30 }))).toEqual([
      ["C5", "fout", 20, 30],
    ]);
  });

  it("reports a group row typed wrong, and not the Totaal that agrees with its items", () => {
    // Machines gerealiseerd 310 where its items give 100 + 180 + 20 = 300. The Totaal 400 = 300 + 40 + 60
    // agrees with the items: no finding there. The row's own total D4 400 = 300 + 100 agrees with the 300 B4
    // should be (310 + 100 = 410 only with the slip): only the first broken link (rules/slips.ts).
    expect(claims(groupedInvestments({ row: 4, col: 2, value: 310 }))).toEqual([
      ["B4", "fout", 300, 310],
    ]);
  });

  it("still finds a slip in the Totaal itself: 410 where the groups give 300 + 40 + 60 = 400", () => {
    // On the Totaal row itself D13 570 = 400 + 170 agrees with the 400 B13 should be (410 + 170 = 580 only
    // with the slip): no second fout.
    expect(claims(groupedInvestments({ row: 13, col: 2, value: 410 }))).toEqual([
      ["B13", "fout", 400, 410],
    ]);
  });
});

/*
 * 3 and 7. One slip, one finding per cell.
 *
 *    Cao table, by hand: overschot per programme = begroot - stijging: GGD 1.110 - 550 = 560, OZJT 99 - 49 = 50,
 *    VTT 313 - 153 = 160, B&O 361 - 176 = 185; Subtotaal 928 | 1.883 | 955; baten 143 | 150 | -7;
 *    Totaal 928 - 143 = 785, 1.883 - 150 = 1.733, 955 - 7 = 948. The slip: Totaal overschot 958.
 */
function caoTable(totaalOverschot: number): Workbook {
  return workbook(
    sheet("Cao", [
      ["Cao-ontwikkeling 2025"],
      ["bedragen x € 1.000"],
      [],
      [
        "Programma",
        "Stijging salariskosten 2025 (2,6%)",
        "Begrote stijging (5,3%)",
        "Overschot cao-ontwikkeling (2,7%)",
      ],
      ["GGD Twente", 550, 1110, 560],
      ["OZJT", 49, 99, 50],
      ["VTT", 153, 313, 160],
      ["Bestuur en Ondersteuning", 176, 361, 185],
      ["Subtotaal", 928, 1883, 955],
      ["Verwachte stijging baten van derden", 143, 150, -7],
      ["Totaal", 785, 1733, totaalOverschot],
    ])
  );
}

/*
 *    Toelichting verschillen with shares, by hand: GGD 250 + 14 = 264, VTT 20 + 80 = 100, Totaal 364; shares of
 *    364: 250 -> 69%, 14 -> 4%, 264 -> 73% (69 + 4), 20 -> 5%, 80 -> 22%, 100 -> 27% (5 + 22), Totaal 100%.
 *    The slip: Totaal verschil 374 typed; the shares stay right against 364, the sum of the subtotals.
 */
function sharedExplanation(totaal: number): Workbook {
  return workbook(
    sheet("Vergelijking", [
      ["Toelichting verschillen"],
      ["Toelichting", "Verschil", "Verschil t.o.v. totaal"],
      ["Hogere opbrengsten", 250, "69%"],
      ["Lagere lasten", 14, "4%"],
      ["Subtotaal GGD Twente", 264, "73%"],
      ["Subsidies centrumgemeente", 20, "5%"],
      ["Materiële budgetten", 80, "22%"],
      ["Subtotaal Veilig Thuis Twente", 100, "27%"],
      ["Totaal verschil", totaal, "100%"],
    ])
  );
}

describe("3 and 7. one slip, one finding per cell", () => {
  it("the cao table's Totaal overschot 958 where 955 - 7 = 948: one fout on D11, not two", () => {
    expect(claims(caoTable(948))).toEqual([]);
    expect(claims(caoTable(958))).toEqual([["D11", "fout", 948, 958]]);
  });

  it("a Totaal verschil typed 374 where 264 + 100 = 364: the Totaal is the fout, the shares are not", () => {
    expect(claims(sharedExplanation(364))).toEqual([]);
    expect(claims(sharedExplanation(374))).toEqual([["B9", "fout", 364, 374]]);
  });
});

/*
 * 8. The Dutch messages name what the workbook prints.
 *
 *    VTT in an older layout, by hand: positief I 110 + M 50 = 160; negatief I -180 + S -25 = -205;
 *    bedrijfsresultaat 160 - 205 = -45; tekort cao -30: incl. cao -75; rentevoordeel 20: -55.
 *    Doorwerking I 110 | -180 | -70; M 50 | - | 50; S - | -25 | -25; Totaal 160 | -205 | -45, its label in
 *    the description column only.
 */
function olderProgramme(options: { voordeligTotaal?: number; laatste?: number } = {}): Workbook {
  return workbook(
    sheet("VTT", [
      ["Financiële update Veilig Thuis Twente"],
      ["bedragen x € 1.000"],
      [
        "Soort",
        "Positieve ontwikkelingen",
        "Bedrag",
        ,
        "Soort",
        "Negatieve ontwikkelingen",
        "Bedrag",
      ],
      ["I", "Vrijval voorziening", 110, , "I", "Inhuur personeel", -180],
      ["M", "Rijksbijdrage", 50, , "S", "Huisvesting", -25],
      [, "Totaal positieve ontwikkelingen", 160, , , "Totaal negatieve ontwikkelingen", -205],
      [],
      [, "Verwacht bedrijfsresultaat", -45],
      [, "Tekort cao ontwikkeling", -30],
      [, "Verwacht resultaat incl. cao ontwikkeling", -75],
      [, "Rentevoordeel", 20],
      [
        ,
        "Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel",
        options.laatste ?? -55,
      ],
      [],
      ["Soort", "Doorwerking", "Voordelig", "Nadelig", "Totaal"],
      ["I", "Incidenteel", 110, -180, -70],
      ["M", "Meerjarig", 50, "-", 50],
      ["S", "Structureel", "-", -25, -25],
      [, "Totaal Verwacht bedrijfsresultaat", options.voordeligTotaal ?? 160, -205, -45],
    ])
  );
}

describe("8. messages", () => {
  const messageAt = (wb: Workbook, cel: string) =>
    validateWorkbook(wb)
      .bevindingen.filter((f) => f.cel === cel && f.ernst !== "info")
      .map((f) => f.bericht);

  it("names a totals row by its label in the description column, never by an empty label", () => {
    // Totaal Voordelig 170 typed where 110 + 50 = 160; on the row itself 170 - 205 = -35, not -45.
    const found = messageAt(olderProgramme({ voordeligTotaal: 170 }), "C18");
    expect(found).toContain(
      "Veilig Thuis Twente, Doorwerking, Totaal Verwacht bedrijfsresultaat, Voordelig: 170 staat er, 160 volgt uit de tabel (verschil 10)."
    );
    expect(found.join("\n")).not.toMatch(/, ,/);
  });

  it("names a result line by its label as printed", () => {
    // -75 + 20 = -55, typed -45.
    expect(messageAt(olderProgramme({ laatste: -45 }), "C12")).toEqual([
      "Veilig Thuis Twente, Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel: -45 staat er, -55 volgt uit de tabel (verschil 10).",
    ]);
  });

  it("points a finding about a programme at a cell of it, never at the sheet alone", () => {
    // Lists without a result line and without a matrix: both findings point at the first list's header.
    const wb = workbook(
      sheet("GGD", [
        ["Financiële update GGD Twente"],
        ["Positieve ontwikkelingen", , , , "Negatieve ontwikkelingen"],
        ["Soort", "Omschrijving", "€", , "Soort", "Omschrijving", "€"],
        ["I", "Vrijval voorziening (G)", 110, , "I", "Inhuur personeel (G)", -180],
        [, "Totaal", 110, , , "Totaal", -180],
      ])
    );
    const found = validateWorkbook(wb).bevindingen.filter((f) => f.regel === "tabel-niet-herkend");
    expect(found.map((f) => [f.blad, f.cel, f.messageId])).toEqual([
      ["GGD", "A3", "geenBedrijfsresultaat"],
      ["GGD", "A3", "geenFinancieringstabel"],
    ]);
  });

  it("does not repeat the sheet's name when the table's title starts with it", () => {
    // "Tabel 9" holds "Tabel 9: Cao-ontwikkeling 2025"; every total in it is typed.
    const wb = workbook(
      sheet("Tabel 9", [
        ["Tabel 9: Cao-ontwikkeling 2025"],
        [
          "Programma",
          "Stijging salariskosten 2025 (2,6%)",
          "Begrote stijging (5,3%)",
          "Overschot cao-ontwikkeling (2,7%)",
        ],
        ["GGD Twente", 550, 1110, 560],
        ["OZJT", 49, 99, 50],
        ["Totaal", 599, 1209, 610],
      ])
    );
    const typed = validateWorkbook(wb).bevindingen.filter(
      (f) => f.regel === "totaal-zonder-formule"
    );
    expect(typed.map((f) => f.bericht)).toEqual([
      "Tabel 9: Cao-ontwikkeling 2025: 3 totalen zijn ingetypt in plaats van berekend met een formule.",
    ]);
  });
});
