import { geconsolideerdeMatrix } from "../../../src/berap/rules/geconsolideerde-matrix";
import { lastenBaten } from "../../../src/berap/rules/lasten-baten";
import { percentages } from "../../../src/berap/rules/percentages";
import { tabelTotalen } from "../../../src/berap/rules/tabel-totalen";
import { vergelijkingVorigeBerap } from "../../../src/berap/rules/vergelijking-vorige-berap";
import { projectenbudget } from "../../../src/berap/rules/projectenbudget";
import { samenvatting } from "../../../src/berap/rules/samenvatting";
import { taakstellingen } from "../../../src/berap/rules/taakstellingen";
import { programmeSheet, sheet, testRule, workbook } from "../../support/ruleTester";

/* RuleTester cases for the rules that had no test of their own. Every figure is worked out in the comment. */

// Lasten 100 + 50 = 150 in both columns; verschil = prognose - begroot: 110 - 100 = 10, 45 - 50 = -5, 155 - 150 = 5.
const lasten = (subtotal: number) =>
  sheet("Begroting", [
    ["Lasten"],
    ["Programma", "Actueel begroot", "Prognose", "Verschil"],
    ["GGD Twente", 100, 110, 10],
    ["OZJT", 50, 45, -5],
    ["Subtotaal basistaken", 150, subtotal, 5],
  ]);
testRule(lastenBaten, {
  valid: [{ name: "subtotaal en verschil kloppen", workbook: () => workbook(lasten(155)) }],
  invalid: [
    {
      // Prognose 110 + 45 = 155, typed 158: a fout of 3; its verschil 158 - 150 = 8, typed 5.
      name: "subtotaal prognose 158 in plaats van 155",
      workbook: () => workbook(lasten(158)),
      errors: [
        { cel: "C5", ernst: "fout", verwacht: 155, gevonden: 158 },
        { cel: "D5", ernst: "fout", verwacht: 8, gevonden: 5 },
      ],
    },
  ],
});

// Percentages 0,7% + 0,6% + 5,8% = 7,1%.
const verzuim = (total: number) =>
  sheet("Personeel", [
    ["Ziekteverzuim"],
    ["Verzuimduur", "t/m aug 2025"],
    ["Kort", { v: 0.007, fmt: "0.0%" }],
    ["Middel", { v: 0.006, fmt: "0.0%" }],
    ["Lang", { v: 0.058, fmt: "0.0%" }],
    ["Totaal", { v: total, fmt: "0.0%" }],
  ]);
testRule(percentages, {
  valid: [{ name: "7,1% is de som", workbook: () => workbook(verzuim(0.071)) }],
  invalid: [
    {
      name: "7,2%: afrondingsverschil van 0,1%",
      workbook: () => workbook(verzuim(0.072)),
      errors: [{ cel: "B6", ernst: "waarschuwing", verwacht: 0.071, gevonden: 0.072 }],
    },
  ],
});

// Nieuw 2e Berap 299 against the GGD sheet's bedrijfsresultaat 299; Totaal 299 - 193 = 106 (nieuw).
const vergelijking = (ggd: number) => [
  sheet("GGD Twente", [
    ["GGD Twente"],
    ["Positieve ontwikkelingen"],
    ["Soort", "Omschrijving", "Bedrag"],
    ["I", "Formatie (G)", 299],
    [, "Totaal positief", 299],
    [],
    [, "Verwacht bedrijfsresultaat", 299],
  ]),
  sheet("Samenvatting", [
    ["Vergelijking met de 1e Berap"],
    ["Programma", "2e Berap", "1e Berap", "Verschil"],
    ["GGD Twente", ggd, 49, ggd - 49],
    ["OZJT", -193, -193, 0],
    ["Totaal", 106, -144, 250],
  ]),
];
testRule(vergelijkingVorigeBerap, {
  valid: [{ name: "nieuw sluit aan op het blad", workbook: () => workbook(...vergelijking(299)) }],
  invalid: [
    {
      // 2e Berap typed 309 for GGD (the sheet says 299); Totaal 309 - 193 = 116, typed 106; verschil
      // (309 - 49) + 0 = 260, typed 250; 1e Berap 49 - 193 = -144 klopt.
      name: "GGD 309 in plaats van 299",
      workbook: () => workbook(...vergelijking(309)),
      errors: [
        { blad: "Samenvatting", cel: "B3", ernst: "fout", verwacht: 299, gevonden: 309 },
        { blad: "Samenvatting", cel: "B5", ernst: "fout", verwacht: 116, gevonden: 106 },
        { blad: "Samenvatting", cel: "D5", ernst: "fout", verwacht: 260, gevonden: 250 },
      ],
    },
  ],
});

// A consolidated matrix with only its own totals: row Totaal = I + M + S, bottom = R + P + G.
const matrix = (gTotal: number) =>
  sheet("Samenvatting", [
    ["Resultaat per financiering (totaal)"],
    ["Financiering", "Incidenteel", "Meerjarig", "Structureel", "Totaal"],
    ["Rijksbijdrage", 119, 163, 0, 282],
    ["Projecten", 0, -137, 0, -137],
    ["Gemeentelijke bijdrage", 521, -25, -466, gTotal],
    ["Verwacht bedrijfsresultaat", 640, 1, -466, 175],
  ]);
testRule(geconsolideerdeMatrix, {
  valid: [{ name: "rij- en kolomtotalen kloppen", workbook: () => workbook(matrix(30)) }],
  invalid: [
    {
      // G: 521 - 25 - 466 = 30, typed 33; the bottom's Totaal 282 - 137 + 33 = 178, typed 175.
      name: "G Totaal 33 in plaats van 30",
      workbook: () => workbook(matrix(33)),
      errors: [
        { cel: "E5", ernst: "fout", verwacht: 30, gevonden: 33 },
        { cel: "E6", ernst: "fout", verwacht: 178, gevonden: 175 },
      ],
    },
  ],
});

// A table no kind knows: Totaal = 10 + 20 + 30 = 60.
const unknown = (total: number) =>
  sheet("Overig", [
    ["Formatie per team"],
    ["Team", "Fte 2025", "Fte 2026"],
    ["Team A", 10, 11],
    ["Team B", 20, 21],
    ["Team C", 30, 31],
    ["Totaal", total, 63],
  ]);
testRule(tabelTotalen, {
  valid: [
    {
      name: "het totaal klopt (alleen de melding: niet herkend)",
      workbook: () => workbook(unknown(60)),
    },
  ],
  invalid: [
    {
      name: "totaal 66 in plaats van 60, en de melding dat de tabel niet herkend is",
      workbook: () => workbook(unknown(66)),
      errors: [
        { cel: "A2", ernst: "info", messageId: "nietHerkend" },
        { cel: "B6", ernst: "fout", verwacht: 60, gevonden: 66 },
      ],
    },
  ],
});

// Subtotaal in te vullen -82 - 52 = -134; invulling 82; Saldo = -134 + 82 = -52.
const taak = (saldo: number) =>
  sheet("Begroting", [
    ["Taakstellingen"],
    ["Taakstelling", "Karakter", "Bedrag"],
    ["Huisvesting Twentehuis", "Structureel", -82],
    ["Veilig Thuis Twente", "Structureel", -52],
    ["Subtotaal in te vullen", , -134],
    ["Mutatie huisvestingsreserve", "Incidenteel", 82],
    ["Subtotaal invulling", , 82],
    ["Saldo 2025", , saldo],
  ]);
testRule(taakstellingen, {
  valid: [{ name: "subtotalen en saldo kloppen", workbook: () => workbook(taak(-52)) }],
  invalid: [
    {
      name: "saldo -50 in plaats van -52",
      workbook: () => workbook(taak(-50)),
      errors: [{ cel: "C8", ernst: "fout", verwacht: -52, gevonden: -50 }],
    },
  ],
});

// Projects -36 - 33 = -69 and -43 - 35 = -78; saldo 322 - 69 = 253 and 322 - 78 = 244.
const budget = (prognoseTotal: number) =>
  sheet("OZJT", [
    ["Projectenbudget OZJT"],
    [, "2025 Begroting", "2025 Prognose"],
    ["Projecten-/werkbudget beschikbaar", 322, 322],
    ["Project A", -36, -43],
    ["Project B", -33, -35],
    ["Totaal", -69, prognoseTotal],
    ["Verwacht saldo", 253, 244],
  ]);
testRule(projectenbudget, {
  valid: [{ name: "totaal en saldo kloppen", workbook: () => workbook(budget(-78)) }],
  invalid: [
    {
      // Totaal prognose typed -80 (the projects give -78); the saldo follows the typed total: 322 - 80 = 242.
      name: "totaal prognose -80 in plaats van -78",
      workbook: () => workbook(budget(-80)),
      errors: [
        { cel: "C6", ernst: "fout", verwacht: -78, gevonden: -80 },
        { cel: "C7", ernst: "fout", verwacht: 242, gevonden: 244 },
      ],
    },
  ],
});

// GGD: lists 346 - 47 = 299, cao 562, jaarrekeningresultaat 861; the summary repeats them.
const summary = (cao: number) => [
  programmeSheet(
    "GGD Twente",
    [["I", "Formatie (G)", 346]],
    [["S", "Huisvesting (G)", -47]],
    [346, -47],
    [
      ["Verwacht bedrijfsresultaat", 299],
      ["Overschot cao-ontwikkeling", 562],
      ["Verwacht jaarrekeningresultaat", 861],
    ]
  ),
  sheet("Samenvatting", [
    ["Samenvatting"],
    [
      "Programma",
      "Verwacht bedrijfsresultaat",
      "Cao ontwikkeling",
      "Verwacht jaarrekening resultaat",
    ],
    ["GGD Twente", 299, cao, 861],
    ["Totaal", 299, 562, 861],
  ]),
];
testRule(samenvatting, {
  valid: [{ name: "de rij is het blad van GGD", workbook: () => workbook(...summary(562)) }],
  invalid: [
    {
      // Cao 560 in the summary, 562 on the GGD sheet; the Totaal 562 is then not the sum 560.
      name: "cao 560 in plaats van 562",
      workbook: () => workbook(...summary(560)),
      errors: [
        { blad: "Samenvatting", cel: "C3", ernst: "fout", verwacht: 562, gevonden: 560 },
        { blad: "Samenvatting", cel: "C4", ernst: "fout", verwacht: 560, gevonden: 562 },
      ],
    },
  ],
});
