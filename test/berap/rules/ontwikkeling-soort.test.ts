import { ontwikkelingSoort } from "../../../src/berap/rules/ontwikkeling-soort";
import { testRule } from "../../support/ruleTester";
import { vttClean, vttWithSlips } from "./vttLists";

testRule(ontwikkelingSoort, {
  valid: [{ name: "soorten I en M", workbook: vttClean }],
  invalid: [
    {
      name: "soort 'X' is geen I, M of S",
      workbook: vttWithSlips,
      errors: [
        {
          blad: "Veilig Thuis Twente",
          cel: "A6",
          ernst: "fout",
          verwacht: "I, M of S",
          gevonden: "X",
          messageId: "geenSoort",
          data: {
            programma: "Veilig Thuis Twente",
            omschrijving: "Personele kosten (G)",
            soort: "X",
          },
        },
      ],
    },
  ],
});
