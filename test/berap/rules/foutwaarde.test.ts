import { foutwaarde } from "../../../src/berap/rules/foutwaarde";
import { testRule } from "../../support/ruleTester";
import { ozjtWithUnreadable, ozjtClean } from "./ozjtLists";

testRule(foutwaarde, {
  valid: [{ name: "alleen getallen en een streepje", workbook: ozjtClean }],
  invalid: [
    {
      name: "#DIV/0! bij ontwikkeling A",
      workbook: ozjtWithUnreadable,
      errors: [
        {
          blad: "OZJT",
          cel: "C6",
          ernst: "fout",
          verwacht: null,
          gevonden: "#DIV/0!",
          messageId: "foutwaarde",
          data: { tabel: "OZJT, ontwikkelingen", foutwaarde: "#DIV/0!" },
        },
      ],
    },
  ],
});
