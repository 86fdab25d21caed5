import { validateWorkbook } from "../../../src/berap/engine";
import { onleesbaar } from "../../../src/berap/rules/onleesbaar";
import { verdelingGemeenten } from "../../../src/berap/rules/verdeling-gemeenten";
import * as path from "path";
import { FIXTURES, readInwonersCsv } from "../../support/fixtures";
import { sheet, TestCell, testRule, workbook } from "../../support/ruleTester";

// Inhabitants 2025, read from the domain file itself (test/fixtures/inwoners-2025.csv, kept equal to
// ../shared/domein by fixtures.test.ts); they add up to 640.787. Not taken from src/calc, so that the test
// does not check calc's own table against itself.
const INWONERS = readInwonersCsv(path.join(FIXTURES, "inwoners-2025.csv"));

/**
 * All fourteen municipalities, rows 3-16, Totaal on row 17. Distributing 640.787 gives every municipality
 * exactly its inhabitants, and -1.281.574 (twice that) exactly minus twice them, so every share and total is
 * known by hand: Gereserveerd = key, Bijgesteld = -2 x key, Saldo = -key; column totals 640.787, -1.281.574,
 * -640.787. `change` edits a row's cells by municipality.
 */
function fullTable(change: Record<string, TestCell[]> = {}) {
  const rows: TestCell[][] = INWONERS.map(([naam, n]) => change[naam] ?? [naam, n, n, -2 * n, -n]);
  return workbook(
    sheet("Verdeling", [
      ["Bedragen in hele euro's"],
      ["Gemeente", "Aantal inwoners", "Gereserveerd", "Bijgesteld", "Saldo"],
      ...rows,
      ["Totaal", 640787, 640787, -1281574, -640787],
    ])
  );
}

/** Almelo (row 3) and Borne (row 4) of the frictiekosten, Totaal on row 5: A Gemeente, B inwoners, C bedrag. */
function twoRows(almelo: TestCell, borne: TestCell, keys: TestCell[] = [74164, 24638, 640787]) {
  return workbook(
    sheet("Frictiekosten", [
      ["Bedragen in hele euro's"],
      ["Gemeente", "Aantal inwoners", "Gereserveerd"],
      ["Almelo", keys[0], almelo],
      ["Borne", keys[1], borne],
      ["Totaal", keys[2], 665000],
    ])
  );
}

/**
 * Kennispunt Twente over its founders: Almelo (row 4), Enschede (5), Hengelo (6) by inhabitants
 * (74.164 + 161.852 + 83.087 = 319.103), SamenTwente (7) without inhabitants ("-") with a fixed 23.000;
 * Totaal on row 8. By hand, 92.000 - 23.000 = 69.000 is distributed: Almelo 69.000 x 74.164 / 319.103 =
 * 16.036,57 -> 16.037; Enschede 69.000 x 161.852 / 319.103 = 34.997,44 -> 34.997; Hengelo 69.000 x 83.087 /
 * 319.103 = 17.965,99 -> 17.966; 16.037 + 34.997 + 17.966 + 23.000 = 92.000.
 */
function kennispunt(shares: TestCell[] = [16037, 34997, 17966], fixed: TestCell = 23000) {
  return workbook(
    sheet("Kennispunt", [
      ["Verdeling resultaat Kennispunt Twente 2025 over de oprichters"],
      ["Bedragen in euro's"],
      ["Oprichter", "Inwoners", "Bedrag"],
      ["Almelo", 74164, shares[0]],
      ["Enschede", 161852, shares[1]],
      ["Hengelo", 83087, shares[2]],
      ["SamenTwente", "-", fixed],
      ["Totaal", 319103, 92000],
    ])
  );
}

// By hand: Almelo 665.000 x 74.164 / 640.787 = 49.319.060.000 / 640.787 = 76.966,39 -> 76.966;
// Borne 665.000 x 24.638 / 640.787 = 16.384.270.000 / 640.787 = 25.568,98 -> 25.569.
testRule(verdelingGemeenten, {
  valid: [
    {
      name: "de frictiekosten van Almelo en Borne, per regel afgerond",
      workbook: () => twoRows(76966, 25569),
    },
    {
      name: "aandelen in centen, als tekst: 76.966,39 en 25.568,98",
      workbook: () => twoRows("76.966,39", "25.568,98"),
    },
    { name: "alle veertien gemeenten, kolommen en saldo sluitend", workbook: () => fullTable() },
    {
      // Before, the whole 92.000 was distributed: Almelo 92.000 x 74.164 / 319.103 = 21.382, three fouten.
      name: "Kennispunt Twente: SamenTwente zonder inwoners met een vast bedrag van 23.000",
      workbook: () => kennispunt(),
    },
  ],
  invalid: [
    {
      // Borne: 665.000 x 24.638 / 640.787 = 25.568,98 -> 25.569, so 25.570 is an afrondingsverschil; saldo
      // 25.570 - 3.845 = 21.725 klopt: the saldo is the sum of its row, not a share of its own (565.000 x
      // 24.638 / 640.787 = 21.724,02 would differ by rounding only). Almelo: 76.966 and -11.574 as
      // distributed, saldo 65.392.
      name: "Borne 25.570 en saldo 21.725: één afrondingsverschil, het saldo is de som van de regel",
      workbook: () =>
        workbook(
          sheet("Frictiekosten", [
            ["Bedragen in hele euro's"],
            ["Gemeente", "Aantal inwoners", "Gereserveerd", "Bijgesteld", "Saldo"],
            ["Almelo", 74164, 76966, -11574, 65392],
            ["Borne", 24638, 25570, -3845, 21725],
            ["Totaal", 640787, 665000, -100000, 565000],
          ])
        ),
      errors: [
        {
          blad: "Frictiekosten",
          cel: "C4",
          ernst: "waarschuwing",
          verwacht: 25569,
          gevonden: 25570,
        },
      ],
    },
    {
      // 76.976 - 76.966 = 10, far beyond the tolerance of 1.
      name: "Almelo 76.976 in plaats van 76.966",
      workbook: () => twoRows(76976, 25569),
      errors: [{ cel: "C3", ernst: "fout", verwacht: 76966, gevonden: 76976 }],
    },
    {
      // Borne's Gereserveerd is text: its share is reported by onleesbaar; Borne's saldo (E4) and the column
      // total (C17) depend on it and are said to be unchecked, never "verwacht 616.149, gevonden 640.787".
      name: "een onleesbaar aandeel: saldo en kolomtotaal niet gecontroleerd",
      workbook: () => fullTable({ Borne: ["Borne", 24638, "n.v.t.", -49276, -24638] }),
      errors: [
        { cel: "E4", ernst: "info", messageId: "nietGecontroleerd" },
        { cel: "C17", ernst: "info", messageId: "nietGecontroleerd" },
      ],
    },
    {
      name: "een onleesbaar totaal inwoners: de aandelen niet gecontroleerd",
      workbook: () => twoRows(76976, 25569, [74164, 24638, "onbekend"]),
      errors: [{ cel: "B5", ernst: "info", messageId: "nietGecontroleerd" }],
    },
    {
      // Borne's key is unknown, but Almelo's share depends only on its own key and the total: still checked.
      name: "een onleesbare sleutel bij Borne: Almelo toch gecontroleerd",
      workbook: () => twoRows(76976, 25569, [74164, "?", 640787]),
      errors: [
        { cel: "C3", ernst: "fout", verwacht: 76966, gevonden: 76976 },
        { cel: "B4", ernst: "info", messageId: "nietGecontroleerd" },
      ],
    },
    {
      // "Hof van Twenthe" (row 10) is no municipality calc knows: a waarschuwing names it, its share
      // 35.449 (its key 35.439 + 10) is not checked as a share, but the column total is: 640.787 + 10 =
      // 640.797 against the Totaal 640.787, and the row's saldo 35.449 - 70.878 = -35.429, typed -35.439.
      // Both are 10 off through C10 alone: C10 is the one fout, 35.439 (slips.ts). Before, the row and the
      // column total went unchecked in silence.
      name: "een onbekende gemeentenaam: gemeld, en de kolomtotalen toch gecontroleerd",
      workbook: () =>
        fullTable({ "Hof van Twente": ["Hof van Twenthe", 35439, 35449, -70878, -35439] }),
      errors: [
        {
          cel: "A10",
          ernst: "waarschuwing",
          messageId: "nietHerkendBedoelt",
          data: {
            tabel: "Verdeling over de gemeenten",
            naam: "Hof van Twenthe",
            gemeente: "Hof van Twente",
          },
        },
        { cel: "C10", ernst: "fout", verwacht: 35439, gevonden: 35449 },
      ],
    },
    {
      // The fixed amount is said once, naming the row, at its label.
      name: "Kennispunt Twente: één info dat SamenTwente geen deel van de verdeling is",
      workbook: () => kennispunt(),
      errors: [
        {
          cel: "A7",
          ernst: "info",
          messageId: "vastBedrag",
          data: {
            tabel: "Verdeling resultaat Kennispunt Twente 2025 over de oprichters",
            regels: "'SamenTwente'",
          },
        },
      ],
    },
    {
      // Shares of 60.000 (13.945, 30.433, 15.623: 60.000 x key / 319.103 = 13.944,84, 30.432,56, 15.622,61):
      // neither 69.000 (the Totaal less SamenTwente's 23.000) nor 92.000: which amount was distributed is
      // doubt, so a waarschuwing and no fout on a share. The column total is certain: 13.945 + 30.433 +
      // 15.623 + 23.000 = 83.001, typed 92.000.
      name: "Kennispunt Twente: aandelen die met noch zonder het vaste bedrag kloppen",
      workbook: () => kennispunt([13945, 30433, 15623]),
      errors: [
        { cel: "A7", ernst: "waarschuwing", messageId: "vastBedragOnduidelijk" },
        { cel: "C8", ernst: "fout", verwacht: 83001, gevonden: 92000 },
      ],
    },
    {
      // Enschede 35.997 where 69.000 x 161.852 / 319.103 = 34.997,44 gives 34.997: one fout, with the
      // expected figure of the distribution less SamenTwente's 23.000. The column total (93.000 against
      // 92.000) is that same slip and is not reported again.
      name: "Kennispunt Twente: Enschede 35.997 in plaats van 34.997",
      workbook: () => kennispunt([16037, 35997, 17966]),
      errors: [{ cel: "C5", ernst: "fout", verwacht: 34997, gevonden: 35997 }],
    },
    {
      // The Totaal of the inhabitants typed 641.787; the fourteen keys add up to 640.787 and every share
      // is exactly its key (640.787 distributed over 640.787): the shares follow the key column's own sum,
      // so the Totaal is the one slip. Before, all 14 x 3 shares were fouten against 641.787 as well.
      name: "totaal inwoners 641.787 getypt, de sleutel telt op tot 640.787: alleen dat totaal",
      workbook: () =>
        workbook(
          sheet("Verdeling", [
            ["Bedragen in hele euro's"],
            ["Gemeente", "Aantal inwoners", "Gereserveerd", "Bijgesteld", "Saldo"],
            ...INWONERS.map(([naam, n]) => [naam, n, n, -2 * n, -n]),
            ["Totaal", 641787, 640787, -1281574, -640787],
          ])
        ),
      errors: [{ cel: "B17", ernst: "fout", verwacht: 640787, gevonden: 641787 }],
    },
    {
      // Losser (row 11) typed 23.830 inhabitants; its shares 23.380, -46.760 and -23.380 and the Totaal
      // 640.787 both follow the built-in 23.380 (with 23.830 the key column would add up to 641.237): the
      // key cell is the slip, a fout with both figures; no fout on its correct shares or on the Totaal.
      name: "Losser 23.830 inwoners getypt, aandelen en totaal met 23.380: een fout op de sleutel",
      workbook: () => fullTable({ Losser: ["Losser", 23830, 23380, -46760, -23380] }),
      errors: [
        {
          cel: "B11",
          ernst: "fout",
          messageId: "sleutelKloptNiet",
          verwacht: 23380,
          gevonden: 23830,
        },
      ],
    },
    {
      // Almelo typed 74.614 (two digits swapped), its share 76.966 = 665.000 x 74.164 / 640.787 follows the
      // built-in 74.164 (with 74.614: 77.433,39 -> 77.433). Only two of the fourteen are listed, so the
      // Totaal cannot confirm which figure is meant: doubt, a waarschuwing on the key, no fout on the share.
      name: "Almelo 74.614 getypt in een deel van de verdeling: twijfel, een waarschuwing op de sleutel",
      workbook: () => twoRows(76966, 25569, [74614, 24638, 640787]),
      errors: [
        {
          cel: "B3",
          ernst: "waarschuwing",
          messageId: "sleutelTwijfel",
          verwacht: 74164,
          gevonden: 74614,
        },
      ],
    },
    {
      // 74.164 + 24.638 = 98.802 inhabitants listed, more than the 90.000 of the Totaal: no share is certain.
      name: "gemeenten met meer inwoners dan het totaal",
      workbook: () => twoRows(76966, 25569, [74164, 24638, 90000]),
      errors: [{ cel: "B5", ernst: "waarschuwing", messageId: "sleutelGroterDanTotaal" }],
    },
  ],
});

describe("verdeling-gemeenten with an unreadable share", () => {
  it("gives one fout, on the unreadable cell itself, and no fout about a figure", () => {
    const wb = fullTable({ Borne: ["Borne", 24638, "n.v.t.", -49276, -24638] });
    const found = validateWorkbook(wb, { rules: [verdelingGemeenten, onleesbaar] }).bevindingen;
    expect(found.filter((f) => f.ernst === "fout").map((f) => [f.regel, f.cel])).toEqual([
      ["onleesbaar", "C4"],
    ]);
  });
});
