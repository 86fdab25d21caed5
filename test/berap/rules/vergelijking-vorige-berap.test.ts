import { vergelijkingVorigeBerap } from "../../../src/berap/rules/vergelijking-vorige-berap";
import { sheet, testRule, workbook } from "../../support/ruleTester";

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
      // 2e Berap typed 309 for GGD (the sheet says 299); the Totaal 106 = 299 - 193 is right with the 299
      // GGD should have (309 - 193 = 116 only with the slip): no second fout. The GGD verschil 260 = 309 - 49
      // carries the slip in its own row, so the Totaal verschil 250 against (309 - 49) + 0 = 260 stays;
      // 1e Berap 49 - 193 = -144 klopt.
      name: "GGD 309 in plaats van 299",
      workbook: () => workbook(...vergelijking(309)),
      errors: [
        { blad: "Samenvatting", cel: "B3", ernst: "fout", verwacht: 299, gevonden: 309 },
        { blad: "Samenvatting", cel: "D5", ernst: "fout", verwacht: 260, gevonden: 250 },
      ],
    },
  ],
});
