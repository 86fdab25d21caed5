import { investeringen } from "../../../src/berap/rules/investeringen";
import { testRule } from "../../support/ruleTester";
import { investeringenMet } from "./investeringenTable";

testRule(investeringen, {
  valid: [{ name: "elke groep en het Totaal kloppen", workbook: () => investeringenMet(444) }],
  invalid: [
    {
      // Subtotaal Computers 445: the group Machines is then 131 + 445 = 576, where 575 stands. (The row's own
      // 366 + 78 = 444 and 445 + 0 = 444 are rol-relatie's: rol-relatie.test.ts.)
      name: "Subtotaal Computers 445: de groep telt op tot 576",
      workbook: () => investeringenMet(445),
      errors: [
        { blad: "Investeringen", cel: "D2", ernst: "waarschuwing", verwacht: 576, gevonden: 575 },
      ],
    },
  ],
});
