import { validateWorkbook } from "../../../src/berap/engine";
import { tabelNietHerkend } from "../../../src/berap/rules/tabel-niet-herkend";
import { programmeSheet, sheet, testRule, workbook } from "../../support/ruleTester";
import { ggdNegatief, ggdPositief } from "./ggdLists";

/** A list with Soort and amounts but no Omschrijving column: nothing on the sheet is a Berap table. */
const broken = () =>
  workbook(sheet("GGD Twente", [["Positieve ontwikkelingen"], ["Soort", "Bedrag"], ["I", 5]]));

testRule(tabelNietHerkend, {
  valid: [
    {
      // The missing matrix is an info, not counted here: the programme and its result line were read.
      name: "lijsten en Verwacht bedrijfsresultaat gelezen (266 - 189 = 77)",
      workbook: () =>
        workbook(
          programmeSheet(
            "GGD Twente",
            ggdPositief,
            ggdNegatief,
            [266, -189],
            [["Verwacht bedrijfsresultaat", 77]]
          )
        ),
    },
  ],
  invalid: [
    {
      name: "een kolom Soort zonder kolom Omschrijving, en dus geen Berap-tabel",
      workbook: broken,
      errors: [
        {
          blad: "GGD Twente",
          cel: "A2",
          ernst: "waarschuwing",
          messageId: "nietGelezen",
          data: {
            melding: "tabel niet herkend: naast de kolom Soort ontbreekt de kolom Omschrijving",
          },
        },
        // The engine's own finding about the whole workbook (see below), under this rule's id.
        { blad: "", cel: "", ernst: "waarschuwing" },
      ],
    },
    {
      // Lists without the line Verwacht bedrijfsresultaat, and without a matrix: the result is not checked.
      name: "een programma zonder Verwacht bedrijfsresultaat en zonder matrix",
      workbook: () => workbook(programmeSheet("GGD Twente", ggdPositief, ggdNegatief, [266, -189])),
      errors: [
        {
          blad: "GGD Twente",
          cel: "A5",
          ernst: "waarschuwing",
          messageId: "geenBedrijfsresultaat",
          data: { programma: "GGD Twente" },
        },
        {
          blad: "GGD Twente",
          cel: "A5",
          ernst: "info",
          messageId: "geenFinancieringstabel",
          data: { programma: "GGD Twente" },
        },
      ],
    },
  ],
});

describe("a workbook without a Berap table", () => {
  it("says so as its main finding, and how tables are recognised", () => {
    const found = validateWorkbook(broken(), { rules: [tabelNietHerkend] }).bevindingen;
    expect(found.map((f) => f.bericht)[1]).toBe(
      "Geen Berap-tabel herkend: er is niets gecontroleerd (geen tabel gevonden). De controle herkent tabellen aan hun kopjes (zoals Soort | Omschrijving | bedrag, Lasten | Baten | Saldo) en labels, en rekent in elke andere tabel de Totaal-regels na."
    );
  });
});
