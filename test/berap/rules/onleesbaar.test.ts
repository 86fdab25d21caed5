import { onleesbaar } from "../../../src/berap/rules/onleesbaar";
import { testRule } from "../../support/ruleTester";
import { ozjtWithUnreadable, ozjtClean } from "./ozjtLists";

testRule(onleesbaar, {
  valid: [{ name: "alleen getallen en een streepje", workbook: ozjtClean }],
  invalid: [
    {
      name: "'veel' bij ontwikkeling B",
      workbook: ozjtWithUnreadable,
      errors: [
        {
          blad: "OZJT",
          cel: "C7",
          ernst: "fout",
          verwacht: null,
          gevonden: "veel",
          messageId: "geenBedrag",
          data: { tabel: "OZJT, ontwikkelingen", tekst: "veel" },
        },
      ],
    },
  ],
});
