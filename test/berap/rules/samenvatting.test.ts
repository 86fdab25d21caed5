import { samenvatting } from "../../../src/berap/rules/samenvatting";
import { programmeSheet, sheet, testRule, workbook } from "../../support/ruleTester";

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
