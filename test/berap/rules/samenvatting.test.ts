import { bedrijfsresultaat } from "../../../src/berap/rules/bedrijfsresultaat";
import { samenvatting } from "../../../src/berap/rules/samenvatting";
import { programmeSheet, sheet, testRule, workbook } from "../../support/ruleTester";

// GGD: lists 346 - 47 = 299, cao 562, jaarrekeningresultaat 861; the summary repeats them.
const summary = (cao: number, result = 299) => [
  programmeSheet(
    "GGD Twente",
    [["I", "Formatie (G)", 346]],
    [["S", "Huisvesting (G)", -47]],
    [346, -47],
    [
      ["Verwacht bedrijfsresultaat", result],
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
  valid: [
    { name: "de rij is het blad van GGD", workbook: () => workbook(...summary(562)) },
    {
      // The GGD sheet's bedrijfsresultaat typed 309 where its lists give 346 - 47 = 299 (the sheet's slip,
      // another rule's); the summary's 299 is what the line should be: no fout on the summary.
      name: "de regel op het blad is de vergissing, de samenvatting niet",
      workbook: () => workbook(...summary(562, 309)),
      alsoRun: [bedrijfsresultaat],
    },
  ],
  invalid: [
    {
      // Cao 560 in the summary, 562 on the GGD sheet. The Totaal 562 is the sum of the 562 the row should
      // have (560 only with the slip): the row is the slip, the Totaal no second fout.
      name: "cao 560 in plaats van 562",
      workbook: () => workbook(...summary(560)),
      errors: [{ blad: "Samenvatting", cel: "C3", ernst: "fout", verwacht: 562, gevonden: 560 }],
    },
  ],
});
