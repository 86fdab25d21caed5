import { taakstellingen } from "../../../src/berap/rules/taakstellingen";
import { sheet, testRule, workbook } from "../../support/ruleTester";

// Subtotaal in te vullen -82 - 52 = -134; invulling 82; Saldo = -134 + 82 = -52.
const taak = (saldo: number, label = "Taakstelling") =>
  sheet("Begroting", [
    ["Taakstellingen"],
    [label, "Karakter", "Bedrag"],
    ["Huisvesting Twentehuis", "Structureel", -82],
    ["Veilig Thuis Twente", "Structureel", -52],
    ["Subtotaal in te vullen", , -134],
    ["Mutatie huisvestingsreserve", "Incidenteel", 82],
    ["Subtotaal invulling", , 82],
    ["Saldo 2025", , saldo],
  ]);
testRule(taakstellingen, {
  valid: [
    { name: "subtotalen en saldo kloppen", workbook: () => workbook(taak(-52)) },
    {
      name: "met de kop Omschrijving | Karakter | Bedrag",
      workbook: () => workbook(taak(-52, "Omschrijving")),
    },
  ],
  invalid: [
    {
      name: "saldo -50 in plaats van -52",
      workbook: () => workbook(taak(-50)),
      errors: [{ cel: "C8", ernst: "fout", verwacht: -52, gevonden: -50 }],
    },
    {
      // The same table headed Omschrijving | Karakter | Bedrag: Saldo -134 + 82 = -52, -62 typed (a fout of
      // -10, no longer only a waarschuwing of the generic totals).
      name: "Omschrijving | Karakter | Bedrag, saldo -62 in plaats van -52",
      workbook: () => workbook(taak(-62, "Omschrijving")),
      errors: [{ cel: "C8", ernst: "fout", verwacht: -52, gevonden: -62 }],
    },
  ],
});
