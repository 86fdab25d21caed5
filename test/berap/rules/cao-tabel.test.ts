import { caoTabel } from "../../../src/berap/rules/cao-tabel";
import { programmeSheet, sheet, testRule, workbook } from "../../support/ruleTester";

/** VTT with Overschot cao-ontwikkeling 163 on its sheet, and a cao table with VTT's row given (row 3). */
const build = (vtt: number[]) =>
  workbook(
    programmeSheet(
      "VTT",
      [["I", "A (G)", 10]],
      [],
      [10, "-"],
      [
        ["Verwacht bedrijfsresultaat", 10],
        ["Overschot cao-ontwikkeling", 163],
      ]
    ),
    sheet("Cao", [
      ["Cao-ontwikkeling"],
      ["Programma", "Stijging salariskosten", "Begrote stijging", "Overschot cao-ontwikkeling"],
      ["VTT", ...vtt],
      ["Subtotaal", ...vtt],
      ["Verwachte stijging baten van derden", 143, 150, -7],
      ["Totaal", vtt[0] - 143, vtt[1] - 150, vtt[2] - 7],
    ])
  );

testRule(caoTabel, {
  valid: [
    {
      // 313 - 150 = 163, the VTT sheet's line; baten the other way round: 143 - 150 = -7; Totaal
      // (150 - 143, 313 - 150, 163 - 7) is Subtotaal minus baten.
      name: "overschot 313 - 150 = 163, baten andersom, Totaal = Subtotaal - baten",
      workbook: () => build([150, 313, 163]),
    },
  ],
  invalid: [
    {
      // Published VTT: 313 - 149 = 164, not 163. The Subtotaal repeats the row (164 again); the Totaal row
      // gives (313 - 150) - (149 - 143) = 157, where 156 stands. Each 1 off: afrondingsverschillen.
      name: "de gepubliceerde VTT-regel: 313 - 149 = 164, niet 163",
      workbook: () => build([149, 313, 163]),
      errors: [
        { blad: "Cao", cel: "D3", ernst: "waarschuwing", verwacht: 164, gevonden: 163 },
        { blad: "Cao", cel: "D4", ernst: "waarschuwing", verwacht: 164, gevonden: 163 },
        { blad: "Cao", cel: "D6", ernst: "waarschuwing", verwacht: 157, gevonden: 156 },
      ],
    },
    {
      // 270 - 100 = 170 in the table, but the VTT sheet says 163.
      name: "het overschot van VTT tegen de cao-regel op zijn blad",
      workbook: () => build([100, 270, 170]),
      errors: [{ blad: "Cao", cel: "D3", ernst: "fout", verwacht: 163, gevonden: 170 }],
    },
  ],
});
