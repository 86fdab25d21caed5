import { technischeWijziging } from "../../../src/berap/rules/technische-wijziging";
import { testRule } from "../../support/ruleTester";
import { technisch, TITLE } from "./begrotingswijzigingTable";

testRule(technischeWijziging, {
  valid: [
    {
      name: "technisch, totale saldo blijft 27.183.000 (wijziging 0)",
      workbook: () => technisch(120000, { title: TITLE }),
    },
    {
      // Not called technisch: a change of saldo is what an ordinary begrotingswijziging is for.
      name: "een gewone begrotingswijziging mag het saldo veranderen (20.000)",
      workbook: () => technisch(100000, { title: "Begrotingswijziging 2025" }),
    },
  ],
  invalid: [
    {
      name: "technisch in de titel, saldo van de wijziging 20.000",
      workbook: () => technisch(100000, { title: TITLE }),
      errors: [{ cel: "G8", ernst: "fout", verwacht: 0, gevonden: 20000 }],
    },
    {
      name: "technisch in de kop boven de kolommen",
      workbook: () =>
        technisch(100000, { title: "Begrotingswijziging 2025", group: "Technische wijziging" }),
      errors: [{ cel: "G8", ernst: "fout", verwacht: 0, gevonden: 20000 }],
    },
    {
      name: "saldo 1 euro: een afrondingsverschil",
      workbook: () => technisch(119999, { title: TITLE }),
      errors: [{ cel: "G8", ernst: "waarschuwing", verwacht: 0, gevonden: 1 }],
    },
    {
      // Without saldo columns (A Programma, B-C voor, D-E wijziging): Totaal change of lasten 75.000 (D8)
      // against baten 100.000 - 45.000 = 55.000.
      name: "zonder saldokolom: de lasten van de wijziging tegen de baten",
      workbook: () => technisch(100000, { title: TITLE, saldo: false }),
      errors: [{ cel: "D8", ernst: "fout", verwacht: 55000, gevonden: 75000 }],
    },
    {
      // Nothing to check against: said, not passed by in silence.
      name: "technisch zonder Totaal-regel",
      workbook: () => technisch(100000, { title: TITLE, totaal: false }),
      errors: [{ cel: "A5", ernst: "info", messageId: "geenTotaal" }],
    },
  ],
});
