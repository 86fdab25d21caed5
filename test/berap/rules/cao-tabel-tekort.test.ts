import { caoTabel } from "../../../src/berap/rules/cao-tabel";
import { programmeSheet, sheet, testRule, workbook } from "../../support/ruleTester";

/**
 * A cao table headed "Tekort cao-ontwikkeling" and the VTT sheet with its Tekort line. The header names the
 * column, the figures say its sign: werkelijk - begroot (a tekort positive, older Beraps) or begroot -
 * werkelijk (the tekort negative, as on the programme sheets). `vtt` and `ggd` are [stijging, begroot, tekort].
 */
const build = (vtt: number[], ggd: number[], line: number) =>
  workbook(
    programmeSheet(
      "VTT",
      [["I", "A (G)", 10]],
      [],
      [10, "-"],
      [
        ["Verwacht bedrijfsresultaat", 10],
        ["Tekort cao-ontwikkeling", line],
      ]
    ),
    sheet("Cao", [
      ["Tekort cao-ontwikkeling per programma"],
      ["Programma", "Stijging salariskosten", "Begrote stijging", "Tekort cao-ontwikkeling"],
      ["VTT", ...vtt],
      ["GGD Twente", ...ggd],
      ["Totaal", vtt[0] + ggd[0], vtt[1] + ggd[1], vtt[2] + ggd[2]],
    ])
  );

testRule(caoTabel, {
  valid: [
    {
      // Begroot - werkelijk, the tekort negative: VTT 371 - 420 = -49, GGD 1.325 - 1.500 = -175; Totaal
      // 1.696 - 1.920 = -224 = -49 - 175; the VTT sheet prints -49 too.
      name: "Tekort als begroot - werkelijk, negatief: -49 en -175, blad -49",
      workbook: () => build([420, 371, -49], [1500, 1325, -175], -49),
    },
    {
      // Werkelijk - begroot, the tekort positive: VTT 300 - 240 = 60, GGD 1.050 - 840 = 210; Totaal
      // 1.350 - 1.080 = 270 = 60 + 210; the VTT sheet prints the tekort as a negative line, -60.
      name: "Tekort als werkelijk - begroot, positief: 60 en 210, blad -60",
      workbook: () => build([300, 240, 60], [1050, 840, 210], -60),
    },
  ],
  invalid: [
    {
      // Mixed: GGD 1.325 - 1.500 = -175 reads as begroot - werkelijk; VTT 60 is neither 371 - 420 = -49 nor
      // 420 - 371 = 49. Summed differences: as begroot - werkelijk 0 (GGD) + 109 (VTT) + 109 (Totaal:
      // -115 against 1.696 - 1.920 = -224); as werkelijk - begroot 350 + 11 + 339: the first reading holds.
      // VTT 60 is not -49 (verschil 109), the Totaal -115 not -224 (from the rows too: 60 - 175 = -115, which
      // closes), and the VTT sheet's -49 is not the table's 60: on D3 one finding, as both relations give -49.
      name: "gemengd: GGD -175 begroot - werkelijk, VTT 60 klopt onder geen van beide",
      workbook: () => build([420, 371, 60], [1500, 1325, -175], -49),
      errors: [
        { blad: "Cao", cel: "D3", ernst: "fout", verwacht: -49, gevonden: 60 },
        { blad: "Cao", cel: "D5", ernst: "fout", verwacht: -224, gevonden: -115 },
      ],
    },
    {
      // Werkelijk - begroot: VTT 310 - 240 = 70 in the table, but the VTT sheet prints -60. The finding
      // stands on the sheet's line with the figures as they stand there: -60, where the table's 70 gives -70.
      name: "positief tekort 70 in de tabel, het blad -60: gemeld op het blad, met -60 en -70",
      workbook: () => build([310, 240, 70], [1050, 840, 210], -60),
      errors: [
        {
          blad: "VTT",
          cel: "C10",
          ernst: "fout",
          verwacht: -70,
          gevonden: -60,
          messageId: "bedragKloptNiet",
        },
      ],
    },
  ],
});
