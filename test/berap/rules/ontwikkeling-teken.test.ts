import { ontwikkelingTeken } from "../../../src/berap/rules/ontwikkeling-teken";
import { testRule } from "../../support/ruleTester";
import { vttClean, vttWithSlips } from "./vttLists";

testRule(ontwikkelingTeken, {
  valid: [{ name: "positief 22 en 69, negatief -10", workbook: vttClean }],
  invalid: [
    {
      name: "10 bij de negatieve, -5 bij de positieve ontwikkelingen",
      workbook: vttWithSlips,
      errors: [
        {
          cel: "G6",
          ernst: "fout",
          verwacht: "<= 0",
          gevonden: 10,
          messageId: "positiefBijNegatief",
          data: { programma: "Veilig Thuis Twente", omschrijving: "Subsidie (P)", bedrag: "10" },
        },
        {
          cel: "C8",
          ernst: "fout",
          verwacht: ">= 0",
          gevonden: -5,
          messageId: "negatiefBijPositief",
          data: { programma: "Veilig Thuis Twente", omschrijving: "Overig (R)", bedrag: "-5" },
        },
      ],
    },
  ],
});
