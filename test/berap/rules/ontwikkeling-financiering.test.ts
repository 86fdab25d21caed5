import { ontwikkelingFinanciering } from "../../../src/berap/rules/ontwikkeling-financiering";
import { programmeSheet, testRule, workbook } from "../../support/ruleTester";
import { vttClean, vttWithSlips } from "./vttLists";

testRule(ontwikkelingFinanciering, {
  valid: [{ name: "elke omschrijving eindigt op (R), (P) of (G)", workbook: vttClean }],
  invalid: [
    {
      name: "'UWV uitkeringen' zonder financieringscode",
      workbook: vttWithSlips,
      errors: [
        {
          blad: "Veilig Thuis Twente",
          cel: "B7",
          ernst: "fout",
          verwacht: "omschrijving die eindigt op (R), (P) of (G)",
          gevonden: "UWV uitkeringen",
          messageId: "codeOntbreekt",
        },
      ],
    },
    {
      // Before 2025 no Berap had codes: one info at the first omschrijving (B6), no fout per development.
      name: "een Berap zonder financieringscodes: één melding",
      workbook: () =>
        workbook(
          programmeSheet(
            "OZJT",
            [["I", "Voordeel in kind afrekening", 44]],
            [["I", "Andere invulling formatie", -31]],
            [44, -31]
          )
        ),
      errors: [{ cel: "B6", ernst: "info", messageId: "geenCodes" }],
    },
  ],
});
