import { totaalZonderFormule } from "../../../src/berap/rules/totaal-zonder-formule";
import { programmeSheet, testRule, workbook } from "../../support/ruleTester";
import { ozjtWithUnreadable } from "./ozjtLists";

testRule(totaalZonderFormule, {
  valid: [
    // The info of this rule counts here: a valid case must give none at all (see below).
    {
      name: "Totaal positief is een formule, Totaal negatief een streepje",
      workbook: ozjtWithUnreadable,
    },
  ],
  invalid: [
    {
      // One typed Totaal (5) in the lists of OZJT: one info, counting 1.
      name: "Totaal positief 5 ingetypt",
      workbook: () => workbook(programmeSheet("OZJT", [["I", "A (G)", 5]], [], [5, "-"])),
      errors: [
        {
          blad: "OZJT",
          cel: "C7",
          ernst: "info",
          verwacht: null,
          gevonden: 1,
          messageId: "totaalIngetypt",
          data: { tabel: "OZJT, ontwikkelingen", aantal: "1" },
        },
      ],
    },
  ],
});
