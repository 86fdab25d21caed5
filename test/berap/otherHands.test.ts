import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { Workbook } from "../../src/berap/model/workbook";
import { claims } from "../support/claims";
import { sheet, TestCell, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands: workbooks a tester built independently of our example, each reduced to the
 * layout feature that once raised false fouten. Every case states its figures by hand; a consistent table
 * must give no fout, a slip exactly the fout the hand calculation predicts.
 */

function messages(wb: Workbook): string[] {
  return validateWorkbook(wb).bevindingen.map((f) => f.bericht);
}

/*
 * 1. The Resultaat per financiering matrix beside the two lists, on the same header row, with a code column
 *    and a description column ("" | "Financiering" | Incidenteel (I) | ...), and "€" over the list amounts.
 *    The matrix's "Financiering" header is not the negative list's financing column.
 *
 *    By hand (OZJT, 2e Berap 2025): positief 44 + 9 = 53; negatief -215 - 31 = -246;
 *    bedrijfsresultaat 53 - 246 = -193. Matrix, all codes (G), all incidenteel: G|I 44 + 9 - 215 - 31 = -193,
 *    Totaal -193; R and P nil; bottom row -193 | - | - | -193.
 */
function matrixBeside(result: TestCell = -193): Workbook {
  return workbook(
    sheet("OZJT", [
      ["Financiële update OZJT"],
      ["bedragen x € 1.000"],
      [
        "Positieve ontwikkelingen",
        ,
        ,
        "Negatieve ontwikkelingen",
        ,
        ,
        ,
        "Resultaat per financiering",
      ],
      [
        "Soort",
        "Omschrijving",
        "€",
        "Soort",
        "Omschrijving",
        "€",
        ,
        "",
        "Financiering",
        "Incidenteel (I)",
        "Meerjarig (M)",
        "Structureel (S)",
        "Totaal",
      ],
      [
        "I",
        "Voordeel in kind afrekening (G)",
        44,
        "I",
        "Extra lasten als gevolg van ziekte managers (G)",
        -215,
        ,
        "R",
        "Rijksbijdragen",
        "-",
        "-",
        "-",
        "-",
      ],
      [
        "I",
        "Overig (G)",
        9,
        "I",
        "Andere invulling formatie (G)",
        -31,
        ,
        "P",
        "Projecten",
        "-",
        "-",
        "-",
        "-",
      ],
      ["", "Totaal", 53, "", "Totaal", -246, , "G", "Gemeentelijke bijdrage", -193, "-", "-", -193],
      [
        "Verwacht bedrijfsresultaat",
        ,
        ,
        ,
        ,
        result,
        ,
        "",
        "Verwacht bedrijfsresultaat",
        -193,
        "-",
        "-",
        -193,
      ],
    ])
  );
}

describe("1. the financing matrix beside the lists, on their header row", () => {
  it("reads the negative list (its amounts under '€') and finds no fout on the consistent table", () => {
    expect(claims(matrixBeside())).toEqual([]);
    expect(messages(matrixBeside()).join("\n")).not.toMatch(/geen kolom met bedragen/);
  });

  it("finds a slip in the result line: -139 typed where 53 - 246 = -193", () => {
    // The lists give -193 against the line's -139. The matrix's bottom-right -193 agrees with what the line
    // should be (its own developments give -193 too): no second fout on M8, the slip is the line.
    expect(claims(matrixBeside(-139))).toEqual([["F8", "fout", -193, -139]]);
  });
});

/*
 * 2. An older Berap: the description column headed by the list's title ("Positieve ontwikkelingen
 *    (voordelig)"), amounts under "Bedrag", no financing codes, a doorwerking table per programme.
 *
 *    By hand (VTT, 2e Berap 2023 as a tester made it): positief I 110 + M 50 = 160; negatief I -180 + S -25
 *    = -205; bedrijfsresultaat 160 - 205 = -45. Doorwerking I 110 | -180 | -70; M 50 | - | 50;
 *    S - | -25 | -25; Totaal 160 | -205 | -45.
 */
function olderVtt(options: { negTotal?: number; description?: string } = {}): Workbook {
  const description = options.description ?? "ontwikkelingen";
  return workbook(
    sheet("3. VTT", [
      ["Financiële update Veilig Thuis Twente"],
      ["bedragen x € 1.000"],
      [],
      [
        "Soort",
        `Positieve ${description} (voordelig)`,
        "Bedrag",
        ,
        "Soort",
        `Negatieve ${description} (nadelig)`,
        "Bedrag",
      ],
      ["I", "Vacatureruimte", 110, , "I", "Inhuur in verband met wachtlijst", -180],
      ["M", "Subsidie aanpak huiselijk geweld", 50, , "S", "Hogere ICT-kosten", -25],
      [, "Totaal", 160, , , "Totaal", options.negTotal ?? -205],
      [, "Verwacht bedrijfsresultaat", , , , , -45],
      [],
      ["Doorwerking Veilig Thuis Twente"],
      ["Soort", "Doorwerking", "Voordelig", "Nadelig", "Totaal"],
      ["I", "Incidenteel", 110, -180, -70],
      ["M", "Meerjarig", 50, "-", 50],
      ["S", "Structureel", "-", -25, -25],
      ["Totaal Verwacht bedrijfsresultaat", , 160, -205, -45],
    ])
  );
}

describe("2. lists whose description column is headed by the list's title", () => {
  it("reads both lists and finds no fout on the consistent tables", () => {
    expect(claims(olderVtt())).toEqual([]);
  });

  it("finds the typed Totaal -215 (-180 - 25 = -205), and only that: the result line -45 agrees with the items", () => {
    expect(claims(olderVtt({ negTotal: -215 }))).toEqual([["G7", "fout", -205, -215]]);
  });

  it("compares nothing with 0 when the lists cannot be read: the doorwerking table is not a fout", () => {
    // "Soort | Post | Bedrag": no column names the description, so neither list is read.
    const findings = validateWorkbook(olderVtt({ description: "posten" })).bevindingen.filter(
      (f) => f.ernst !== "info"
    );
    expect(findings.filter((f) => f.ernst === "fout")).toEqual([]);
    expect(findings.map((f) => [f.cel, f.regel])).toEqual([
      ["A4", "tabel-niet-herkend"],
      ["E4", "tabel-niet-herkend"],
    ]);
  });
});

describe("2b. a doorwerking table in a programme without lists", () => {
  it("says once per table that it was not compared with the developments, never 'verwacht 0'", () => {
    const wb = workbook(
      sheet("3. VTT", [
        ["Financiële update Veilig Thuis Twente"],
        ["bedragen x € 1.000"],
        [, "Verwacht bedrijfsresultaat", -45],
        [],
        ["Doorwerking Veilig Thuis Twente"],
        ["Soort", "Doorwerking", "Voordelig", "Nadelig", "Totaal"],
        ["I", "Incidenteel", 110, -180, -70],
        ["M", "Meerjarig", 50, "-", 50],
        ["S", "Structureel", "-", -25, -25],
        ["Totaal Verwacht bedrijfsresultaat", , 160, -205, -45],
      ])
    );
    const findings = validateWorkbook(wb).bevindingen.filter((f) => f.ernst !== "info");
    expect(findings.map((f) => [f.regel, f.cel, f.ernst, f.messageId])).toEqual([
      ["bedrijfsresultaat", "C3", "waarschuwing", "ontwikkelingenNietGelezen"],
      ["doorwerking", "A6", "waarschuwing", "ontwikkelingenNietGelezen"],
    ]);
  });
});

/*
 * 4. Block headings repeated over both lists: "Bedrijfsvoering" and "Concern" in the description column of
 *    the positive and of the negative list, each block with its Totaal pair and "Verwacht resultaat <blok>".
 *
 *    By hand (B&O, 2e Berap 2023 as a tester made it): Bedrijfsvoering 90 + 45 = 135, -80 - 30 = -110,
 *    resultaat 25; Concern 50, -35 - 40 = -75, resultaat -25; bedrijfsresultaat 25 - 25 = 0.
 *    Doorwerking I 90 + 45 + 50 = 185 | -30 - 40 = -70 | 115; M - | - | -; S - | -80 - 35 = -115 | -115;
 *    Totaal 185 | -185 | 0.
 */
function blocksInBothLists(concernResult: number = -25): Workbook {
  return workbook(
    sheet("4. B&O", [
      ["Financiële update Bestuur en Ondersteuning"],
      ["bedragen x € 1.000"],
      [],
      [
        "Soort",
        "Positieve ontwikkelingen (voordelig)",
        "Bedrag",
        ,
        "Soort",
        "Negatieve ontwikkelingen (nadelig)",
        "Bedrag",
      ],
      [, "Bedrijfsvoering", , , , "Bedrijfsvoering"],
      ["I", "Vacatureruimte", 90, , "S", "Hogere energiekosten", -80],
      ["I", "Lagere afschrijvingen", 45, , "I", "Inhuur ICT", -30],
      [, "Totaal", 135, , , "Totaal", -110],
      [, "Verwacht resultaat Bedrijfsvoering", , , , , 25],
      [],
      [, "Concern", , , , "Concern"],
      ["I", "Vrijval post onvoorzien", 50, , "S", "Hogere verzekeringspremie", -35],
      [, , , , "I", "Advieskosten", -40],
      [, "Totaal", 50, , , "Totaal", -75],
      [, "Verwacht resultaat Concern", , , , , concernResult],
      [],
      [, "Verwacht bedrijfsresultaat Bestuur en Ondersteuning", , , , , 0],
      [],
      ["Doorwerking Bestuur en Ondersteuning"],
      ["Soort", "Doorwerking", "Voordelig", "Nadelig", "Totaal"],
      ["I", "Incidenteel", 185, -70, 115],
      ["M", "Meerjarig", "-", "-", "-"],
      ["S", "Structureel", "-", -115, -115],
      ["Totaal Verwacht bedrijfsresultaat", , 185, -185, 0],
    ])
  );
}

describe("4. block headings repeated in both lists", () => {
  it("reads each heading as its list's block, not as a development", () => {
    const lists = recognizeBerap(blocksInBothLists()).programmes[0].lists;
    expect(lists.map((l) => [l.sign, l.block, l.items.length])).toEqual([
      ["positief", "Bedrijfsvoering", 2],
      ["positief", "Concern", 1],
      ["negatief", "Bedrijfsvoering", 2],
      ["negatief", "Concern", 2],
    ]);
    expect(claims(blocksInBothLists())).toEqual([]);
  });

  it("finds a slip in a block's result: -15 typed where 50 - 75 = -25", () => {
    expect(claims(blocksInBothLists(-15))).toEqual([["G15", "fout", -25, -15]]);
  });
});

/*
 * 3. Tables of only totals: the OZJT lists with their Totaal rows and no development rows, and a "Lasten per
 *    programma" table with only a Subtotaal row. Nothing can be recomputed: no fout "0 volgt uit de tabel".
 *    By hand, what can be checked: bedrijfsresultaat 53 - 246 = -193 (the line says -193: klopt).
 */
describe("3. a total with no item rows read", () => {
  const onlyTotals = () =>
    workbook(
      sheet("OZJT", [
        ["Financiële update OZJT"],
        [],
        ["Positieve ontwikkelingen", , , , "Negatieve ontwikkelingen"],
        ["Soort", "Omschrijving", "Bedrag", , "Soort", "Omschrijving", "Bedrag"],
        [, "Totaal", 53, , , "Totaal", -246],
        ["Verwacht bedrijfsresultaat", , , , , , -193],
      ]),
      sheet("Lasten", [
        ["Lasten per programma", "Actueel begroot", "Prognose", "Verschil"],
        ["Subtotaal basistaken", 61841, 61465, -376],
      ])
    );

  it("is never compared with 0: a waarschuwing that the list's Totaal was not checked, no fout", () => {
    const findings = validateWorkbook(onlyTotals()).bevindingen.filter((f) => f.ernst !== "info");
    expect(findings.map((f) => [f.blad, f.cel, f.ernst, f.messageId])).toEqual([
      ["OZJT", "C5", "waarschuwing", "totaalZonderOntwikkelingen"],
      ["OZJT", "G5", "waarschuwing", "totaalZonderOntwikkelingen"],
    ]);
  });
});

/*
 * 5. A messy workbook: headers and labels with line breaks and an extra word ("Verwacht\nregulier\n
 *    bedrijfsresultaat"), tables from column C.
 *    By hand (VTT 2025): positief 241 + 69 + 22 = 332; negatief - - 258 - 52 - 40 = -350; result 332 - 350 = -18.
 *    Lasten en baten: baten 13.888 + 578 + 2.965 + 1.835 = 19.266, lasten 38.110 + 3.539 + 7.172 + 13.020 =
 *    61.841, saldo 24.222 + 2.961 + 4.207 + 11.185 = 42.575.
 */
function messy(result: number, batenTotal: number): Workbook {
  return workbook(
    sheet("VTT", [
      [],
      [, , "3. Veilig Thuis Twente"],
      [, , "Financiële update 2e Berap 2025 (bedragen x € 1.000)"],
      [],
      [
        ,
        ,
        "Soort",
        "Omschrijving\npositieve ontwikkelingen",
        "Bedrag\n(x € 1.000)",
        ,
        "Soort",
        "Omschrijving\nnegatieve ontwikkelingen",
        "Bedrag\n(x € 1.000)",
      ],
      [
        ,
        ,
        "I",
        "Later en/of goedkopere inzet van formatie (G)",
        241,
        ,
        "S",
        "Hogere bezetting (G)",
        "–",
      ],
      [
        ,
        ,
        "I",
        "UWV Uitkeringen (R)",
        69,
        ,
        "M",
        "Wegvallen subsidieopbrengsten centrumgemeente (P)",
        -258,
      ],
      [, , "I", "Personele kosten (G)", 22, , "I", "Niet te realiseren taakstelling 2025 (G)", -52],
      [, , , , , , "I", "Materiele lasten (G)", -40],
      [, , , "Totaal", 332, , , "Totaal", -350],
      [],
      [, , "Verwacht\nregulier\nbedrijfsresultaat", , , , , , result],
    ]),
    sheet("Lasten en baten", [
      [, "Begrotingsafwijkingen 2025"],
      [, "bedragen x € 1.000"],
      [],
      [
        ,
        ,
        "Programma",
        ,
        "Baten\nBegroting\n2025",
        ,
        "Lasten\nBegroting\n2025",
        ,
        "Saldo\n(gemeentelijke bijdrage)\n2025",
      ],
      [],
      [, , "GGD Twente", , 13888, , 38110, , 24222],
      [, , "OZJT", , 578, , 3539, , 2961],
      [, , "Veilig Thuis Twente", , "2.965", , "7.172", , "4.207"],
      [, , "Bestuur & Ondersteuning", , 1835, , 13020, , 11185],
      [],
      [, , "Totaal", , batenTotal, , 61841, , 42575],
    ])
  );
}

describe("5. labels with line breaks and an extra word", () => {
  it("finds 'Verwacht\\nregulier\\nbedrijfsresultaat' as the result line and checks it", () => {
    expect(claims(messy(-18, 19266))).toEqual([]);
    expect(claims(messy(-28, 19266))).toEqual([["I12", "fout", -18, -28]]);
  });

  it("shows every label and header in a message on one line", () => {
    const found = validateWorkbook(messy(-18, 17431)).bevindingen;
    const baten = found.find((f) => f.cel === "E11" && f.ernst === "fout");
    expect(baten?.bericht).toContain("Totaal, Baten Begroting 2025: 17.431 staat er, 19.266 volgt");
    for (const f of found) {
      expect(f.bericht).not.toMatch(/[\r\n\t]/);
      expect(JSON.stringify(f.data ?? {})).not.toMatch(/\\[rnt]/);
    }
  });
});

/*
 * 6. Investments with the group's sum on its own row above its items, the group label without ":" (bold or
 *    indented in Excel, plain text in the file).
 *    By hand: Machines en installaties 150 | 60 | 210 = Laptops 100 | 40 | 140 + Telefoons 50 | 20 | 70;
 *    Inventaris 30 | 25 | 55 = Meubilair 30 | 25 | 55; Verbouwingen 80 | 120 | 200 = Consultatiebureau
 *    Hengelo 80 | 70 | 150 + Twentehuis - | 50 | 50. Totaal = the groups: 260 | 205 | 465 (not 520 | 410 | 930).
 */
function investments(totalRealised: number, rows?: TestCell[][]): Workbook {
  return workbook(
    sheet("Totaal", [
      ["Investeringen 2023"],
      ["", "Gerealiseerd", "Prognose", "Totaal"],
      ...(rows ?? [
        ["Machines en installaties", 150, 60, 210],
        ["Laptops", 100, 40, 140],
        ["Telefoons", 50, 20, 70],
        ["Inventaris", 30, 25, 55],
        ["Meubilair", 30, 25, 55],
        ["Verbouwingen", 80, 120, 200],
        ["Consultatiebureau Hengelo", 80, 70, 150],
        ["Twentehuis", "-", 50, 50],
      ]),
      ["Totaal", totalRealised, 205, 465],
    ])
  );
}

describe("6. investment groups above their items, without ':'", () => {
  it("counts each group once: Totaal 260 | 205 | 465 klopt", () => {
    expect(claims(investments(260))).toEqual([]);
  });

  it("finds a slip in the Totaal: 270 typed where the groups give 150 + 30 + 80 = 260", () => {
    // On the Totaal row gerealiseerd + prognose = totaal holds with the 260 the Totaal should have
    // (260 + 205 = 465; 270 + 205 = 475 only with the slip): one fout, not a second on D11.
    expect(claims(investments(270))).toEqual([["B11", "fout", 260, 270]]);
  });

  it("reads equal rows as items when the Totaal is their plain sum (4 x 65 | 51,25 | 116,25: no groups)", () => {
    // By hand: 4 x 65 = 260, 4 x 51,25 = 205, 4 x 116,25 = 465; rows 1 = 2 and 3 = 4 look like groups of one.
    const equal: TestCell[][] = ["A", "B", "C", "D"].map((l) => [`Post ${l}`, 65, 51.25, 116.25]);
    expect(claims(investments(260, equal))).toEqual([]);
  });
});

/*
 * 8. The cao table's baten row in either sign convention.
 *    By hand (2e Berap 2025, made consistent): GGD 555 | 1.117 | 562; OZJT 50 | 99 | 49; VTT 150 | 313 | 163;
 *    B&O 174 | 361 | 187; Subtotaal 929 | 1.890 | 961 (each overschot = begroot - stijging).
 *    Published convention: baten 143 | 150 | -7 (overschot = stijging - begroot), Totaal = Subtotaal - baten
 *    for the rises (929 - 143 = 786, 1.890 - 150 = 1.740) and Subtotaal + baten for the overschot (961 - 7 = 954).
 *    Uniform signs: baten -143 | -150 | -7 (overschot = -150 + 143 = -7), Totaal = Subtotaal + baten: 786 | 1.740 | 954.
 */
function caoTable(baten: [number, number, number], total: [number, number, number]): Workbook {
  return workbook(
    sheet("Cao", [
      ["Cao-ontwikkeling 2025"],
      [
        "",
        "Stijging salariskosten 2025 (2,6%)",
        "Begrote stijging (5,3%)",
        "Overschot cao-ontwikkeling (2,7%)",
      ],
      ["GGD Twente", 555, 1117, 562],
      ["OZJT", 50, 99, 49],
      ["VTT", 150, 313, 163],
      ["Bestuur en Ondersteuning", 174, 361, 187],
      ["Subtotaal", 929, 1890, 961],
      ["Verwachte stijging baten van derden", ...baten],
      ["Totaal", ...total],
    ])
  );
}

describe("8. the cao table's baten row in either sign convention", () => {
  it("finds no fout with positive rises (the published convention)", () => {
    expect(claims(caoTable([143, 150, -7], [786, 1740, 954]))).toEqual([]);
  });

  it("finds no fout with the signs of the total (-143 | -150 | -7)", () => {
    expect(claims(caoTable([-143, -150, -7], [786, 1740, 954]))).toEqual([]);
  });

  it("still finds a slip in the uniform-sign Totaal: 776 typed where 929 - 143 = 786", () => {
    // On the Totaal row itself overschot = begroot - stijging: 1.740 - 776 = 964, not 954; with B9 at the
    // 786 its column gives, 1.740 - 786 = 954 closes: the overschot is right, B9 the one slip.
    expect(claims(caoTable([-143, -150, -7], [776, 1740, 954]))).toEqual([
      ["B9", "fout", 786, 776],
    ]);
  });
});

/*
 * 7. A cao table without a Subtotaal (older Berap, Tekort = werkelijk - verwacht): the Totaal is the sum of
 *    the programmes. By hand: 1.050 + 140 + 330 + 470 = 1.990; 800 + 100 + 240 + 350 = 1.490;
 *    250 + 40 + 90 + 120 = 500.
 */
describe("7. a cao table whose Totaal closes the programme rows directly", () => {
  const cao2023 = (werkelijk: number) =>
    workbook(
      sheet("Totaal", [
        ["Cao-ontwikkeling 2023"],
        [
          "Programma",
          "Werkelijke stijging salariskosten 2023",
          "Verwachte toename (begroot)",
          "Tekort cao ontwikkeling",
        ],
        ["GGD Twente", 1050, 800, 250],
        ["OZJT", 140, 100, 40],
        ["VTT", 330, 240, 90],
        ["Bestuur en Ondersteuning", 470, 350, 120],
        ["Totaal", werkelijk, 1490, 500],
      ])
    );

  it("checks the column totals: 1.990 klopt, 2.090 is a fout", () => {
    expect(claims(cao2023(1990))).toEqual([]);
    // On the Totaal row itself tekort = werkelijk - verwacht: 2.090 - 1.490 = 600, not 500; with B7 at the
    // 1.990 its column gives, 1.990 - 1.490 = 500 closes: the tekort is right, B7 the one slip.
    expect(claims(cao2023(2090))).toEqual([["B7", "fout", 1990, 2090]]);
  });
});

/*
 * 7. Taakstellingen with a text column Karakter between the description and the amount.
 *    By hand: in te vullen -82 - 52 = -134; invulling 82; Saldo 2025 -134 + 82 = -52.
 */
describe("7. taakstellingen with a Karakter column", () => {
  const taak = (saldo: string) =>
    workbook(
      sheet("Totaal", [
        ["Verklaring", "Lasten", "Baten", "Saldo"],
        ["Totaal", "9.955", "9.517", "438"],
        [],
        [],
        ["Taakstellingen"],
        ["Omschrijving", "Karakter", "Bedrag"],
        ["Taakstelling veranderopdracht Regio Twente; huisvesting Twentehuis", "Structureel", -82],
        ["Taakstelling Veilig Thuis Twente", "Structureel", -52],
        ["Subtotaal in te vullen", "", "-134"],
        ["Mutatie huisvestingsreserve", "Incidenteel", 82],
        ["Subtotaal invulling", "", "82"],
        ["Saldo 2025", "", saldo],
      ])
    );

  it("is recognised as Taakstellingen, the description as the label and the title above (not a figure) as its name", () => {
    const found = validateWorkbook(taak("-52")).bevindingen;
    expect(found.filter((f) => f.ernst !== "info")).toEqual([]);
    const grid = recognizeBerap(taak("-52")).grids.find((g) => g.headerRow === 6);
    expect([grid?.kind, grid?.title, grid?.rows[0].label]).toEqual([
      "taakstellingen",
      "Taakstellingen",
      "Taakstelling veranderopdracht Regio Twente; huisvesting Twentehuis",
    ]);
  });

  it("finds the Saldo -62 where -134 + 82 = -52: a fout, as in the usual layout", () => {
    expect(claims(taak("-62"))).toEqual([["C12", "fout", -52, -62]]);
  });
});

/*
 * 7. A Projectenbudget under the financing matrix, its name in its own label header: the matrix's last row
 *    ("Verwacht bedrijfsresultaat | -193 ...") is not its title.
 *    By hand: prognose -43 - 35 - 38 - 176 - 28 = -320; the Totaal says -330.
 */
describe("7. a table's title is never the last row of the table above it", () => {
  it("names the Projectenbudget by its kind, not 'Verwacht bedrijfsresultaat'", () => {
    const wb = workbook(
      sheet("OZJT", [
        ["Resultaat per financiering"],
        ["", "Financiering", "Incidenteel (I)", "Meerjarig (M)", "Structureel (S)", "Totaal"],
        ["G", "Gemeentelijke bijdrage", -193, "-", "-", -193],
        ["", "Verwacht bedrijfsresultaat", "-193", "-", "-", "-193"],
        [],
        [],
        ["Projectenbudget OZJT", , "2025\nBegroting", "2025\nPrognose"],
        ["Projecten-/werkbudget beschikbaar", , 322, 322],
        ["Opdracht strategische inkoopteam jeugd", , -36, -43],
        ["Implementatie inkoop Jeugdhulp", , -33, -35],
        ["Projectleider uitloopwerkzaamheden inkoop", , -55, -38],
        ["Project indicatoren - 2025", , -170, -176],
        ["Overhead Coördinatiepunt Wonen en Verblijf", , -28, -28],
        ["Totaal", , -322, -330],
      ])
    );
    const slip = validateWorkbook(wb).bevindingen.find((f) => f.cel === "D14");
    expect(slip?.bericht).toMatch(
      /^Projectenbudget, Totaal, 2025 Prognose: -330 staat er, -320 volgt/
    );
  });
});

/*
 * 7. An older Samenvatting: Verwacht bedrijfsresultaat | Tekort cao ontwikkeling | Rentevoordeel | Verwacht
 *    resultaat incl. cao ontwikkeling en incl. rentevoordeel (the last column is the jaarrekening result).
 *    By hand: GGD 10 - 250 = -240; OZJT -5 - 40 = -45; VTT -45 - 90 = -135; B&O 0 - 120 + 180 = 60;
 *    Totaal 10 - 5 - 45 + 0 = -40 | -500 | 180 | -360.
 */
describe("7. an older Samenvatting with a Rentevoordeel column", () => {
  const summary = (bedrijfsresultaatTotaal: number) =>
    workbook(
      sheet("Totaal", [
        ["Samenvatting"],
        [
          "Programma",
          "Verwacht bedrijfsresultaat",
          "Tekort cao ontwikkeling",
          "Rentevoordeel",
          "Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel",
        ],
        ["GGD Twente", 10, -250, "-", -240],
        ["OZJT", -5, -40, "-", -45],
        ["VTT", -45, -90, "-", -135],
        ["Bestuur en Ondersteuning", 0, -120, 180, 60],
        ["Totaal", bedrijfsresultaatTotaal, -500, 180, -360],
      ])
    );

  it("is recognised and checked: -40 klopt, -30 is a fout", () => {
    expect(recognizeBerap(summary(-40)).grids.map((g) => g.kind)).toEqual(["samenvatting"]);
    expect(claims(summary(-40))).toEqual([]);
    // On the Totaal row -40 - 500 + 180 = -360 holds with the -40 the Totaal should have (-30 - 500 + 180 =
    // -350 only with the slip): one fout, not a second on E7.
    expect(claims(summary(-30))).toEqual([["B7", "fout", -40, -30]]);
  });
});

/*
 * 9. Totals above their items: the Totaal row right under the header, the developments below it (a second
 *    tester's layout, which gave "Totaal positief: 408 staat er, maar er staan geen ontwikkelingen boven" and
 *    then compared the matrix with 0).
 *    By hand (OZJT, 2e Berap 2025): positief I 44 + I 9 = 53; negatief I -215 + I -31 = -246;
 *    bedrijfsresultaat 53 - 246 = -193.
 */
function totalsAbove(positief: TestCell = 53): Workbook {
  return workbook(
    sheet("OZJT", [
      ["Financiële update OZJT"],
      [],
      ["Positieve ontwikkelingen", , , , "Negatieve ontwikkelingen"],
      ["Soort", "Omschrijving", "Bedrag", , "Soort", "Omschrijving", "Bedrag"],
      [, "Totaal positief", positief, , , "Totaal negatief", -246],
      [
        "I",
        "Ontwikkelingen Maatschappelijke Opvang (G)",
        44,
        ,
        "I",
        "Extra inzet Veilig Thuis (G)",
        -215,
      ],
      ["I", "Subsidie Centrumgemeente (G)", 9, , "I", "Inhuur personeel (G)", -31],
      [],
      [, "Verwacht bedrijfsresultaat", -193],
    ])
  );
}

describe("9. totals above their items", () => {
  it("reads the items below the Totaal and finds no fout or waarschuwing on the lists", () => {
    const lists = recognizeBerap(totalsAbove()).programmes.flatMap((p) => p.lists);
    expect(lists.map((l) => [l.sign, l.items.length, l.total?.ref.row])).toEqual([
      ["positief", 2, 5],
      ["negatief", 2, 5],
    ]);
    expect(claims(totalsAbove()).filter(([cel]) => /^[CG][5-9]$/.test(cel))).toEqual([]);
  });

  it("finds a typed Totaal positief 63 where 44 + 9 = 53", () => {
    expect(claims(totalsAbove(63))).toContainEqual(["C5", "fout", 53, 63]);
  });
});
