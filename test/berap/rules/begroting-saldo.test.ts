import { begrotingSaldo } from "../../../src/berap/rules/begroting-saldo";
import { testRule, workbook } from "../../support/ruleTester";
import { begrotingMetVerklaring } from "./begrotingTable";

testRule(begrotingSaldo, {
  valid: [
    {
      // Ontwikkeling 130 - 100 = 30, 60 - 40 = 20, 71 - 60 = 11; verklaring 20 + 10 = 30, 20 + 0 = 20,
      // 0 + 11 = 11; Totaal = ontwikkeling.
      name: "ontwikkeling = actueel - voor wijziging, de verklaring telt op",
      workbook: () => workbook(begrotingMetVerklaring(11)),
    },
  ],
  invalid: [
    {
      // The saldo of Uitbreiding B typed 12: the verklaring's saldo 0 + 12 = 12, the Totaal says 11. (The
      // rows' lasten - baten = saldo are rol-relatie's: rol-relatie.test.ts.)
      name: "de verklaring telt in de saldokolom op tot 12, niet 11",
      workbook: () => workbook(begrotingMetVerklaring(12)),
      errors: [{ blad: "Begroting", cel: "D7", ernst: "waarschuwing", verwacht: 12, gevonden: 11 }],
    },
  ],
});
