import { rolRelatie } from "../../../src/berap/rules/rol-relatie";
import { testRule, workbook } from "../../support/ruleTester";
import { begrotingMetVerklaring } from "./begrotingTable";
import { investeringenMet } from "./investeringenTable";
import { vttDoorwerking } from "./vttDoorwerking";

testRule(rolRelatie, {
  valid: [
    {
      name: "gerealiseerd + prognose = subtotaal, subtotaal + bijdragen = totaal",
      workbook: () => investeringenMet(444),
    },
    {
      name: "voordelig + nadelig = totaal: 263 - 105 = 158",
      workbook: () => vttDoorwerking([263, -105, 158]),
    },
  ],
  invalid: [
    {
      // Lasten - baten = saldo: row 3 130 - 60 = 70 (71 stands), row 4 30 - 20 = 10 (11), row 6 10 - 0 = 10
      // (12: a fout), row 7 30 - 20 = 10 (11).
      name: "lasten - baten = saldo in de ontwikkeling van de begroting",
      workbook: () => workbook(begrotingMetVerklaring(12)),
      errors: [
        { cel: "D3", ernst: "waarschuwing", verwacht: 70, gevonden: 71 },
        { cel: "D4", ernst: "waarschuwing", verwacht: 10, gevonden: 11 },
        { cel: "D6", ernst: "fout", verwacht: 10, gevonden: 12 },
        { cel: "D7", ernst: "waarschuwing", verwacht: 10, gevonden: 11 },
      ],
    },
    {
      // Voordelig I 265: 265 - 105 = 160, where 158 stands.
      name: "voordelig + nadelig = totaal: 265 - 105 = 160",
      workbook: () => vttDoorwerking([265, -105, 158]),
      errors: [{ blad: "VTT", cel: "D16", ernst: "fout", verwacht: 160, gevonden: 158 }],
    },
    {
      // Computers 366 + 78 = 444, 445 typed; its Totaal 445 + 0 = 445, 444 typed.
      name: "gerealiseerd + prognose = subtotaal: 366 + 78 = 444, niet 445",
      workbook: () => investeringenMet(445),
      errors: [
        { cel: "D4", ernst: "waarschuwing", verwacht: 444, gevonden: 445 },
        { cel: "F4", ernst: "waarschuwing", verwacht: 445, gevonden: 444 },
      ],
    },
  ],
});
