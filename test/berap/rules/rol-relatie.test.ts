import { rolRelatie } from "../../../src/berap/rules/rol-relatie";
import { recognizeBerap } from "../../../src/berap";
import { sheet, testRule, TestCell, workbook } from "../../support/ruleTester";
import { begrotingMetVerklaring } from "./begrotingTable";
import { investeringenMet } from "./investeringenTable";
import { vttDoorwerking } from "./vttDoorwerking";

/**
 * Lasten per programma in a jaarrekening: begroting primitief, na wijziging, realisatie and a Verschil per
 * row. By hand, verschil = begroot - realisatie (positive: lower lasten, voordelig): GGD 38.110 - 37.774 = 336,
 * OZJT 3.539 - 3.727 = -188, VTT 7.172 - 7.130 = 42; Totaal 36.500 + 3.400 + 7.000 = 46.900, 38.110 + 3.539 +
 * 7.172 = 48.821, 37.774 + 3.727 + 7.130 = 48.631, 48.821 - 48.631 = 190 = 336 - 188 + 42. `sign` -1 prints
 * the other convention, realisatie - begroot (-336, 188, -42, -190).
 */
const jaarrekening = (sign: 1 | -1, ozjtVerschil = -188 * sign, primitief = true) => {
  const row = (label: string, p: number, b: number, r: number, v: number): TestCell[] =>
    primitief ? [label, p, b, r, v] : [label, b, r, v];
  return workbook(
    sheet("Jaarrekening", [
      ["Lasten per programma 2024"],
      primitief
        ? ["Programma", "Begroting primitief", "Begroting na wijziging", "Realisatie", "Verschil"]
        : ["Programma", "Begroting na wijziging", "Realisatie", "Verschil"],
      row("GGD Twente", 36500, 38110, 37774, 336 * sign),
      row("OZJT", 3400, 3539, 3727, ozjtVerschil),
      row("Veilig Thuis Twente", 7000, 7172, 7130, 42 * sign),
      row("Totaal", 46900, 48821, 48631, 190 * sign),
    ])
  );
};

describe("a jaarrekening table with a Verschil per row", () => {
  it("is recognised as Realisatie en begroting, with a role per column", () => {
    const [grid] = recognizeBerap(jaarrekening(1)).grids;
    expect([grid.kind, grid.title, grid.roles]).toEqual([
      "realisatie",
      "Lasten per programma 2024",
      ["primitief", "begroot", "realisatie", "verschil"],
    ]);
  });
});

testRule(rolRelatie, {
  valid: [
    {
      name: "verschil = begroting na wijziging - realisatie op elke regel (336, -188, 42, 190)",
      workbook: () => jaarrekening(1),
    },
    {
      name: "verschil = realisatie - begroting na wijziging op elke regel (-336, 188, -42, -190)",
      workbook: () => jaarrekening(-1),
    },
    {
      name: "zonder begroting primitief",
      workbook: () => jaarrekening(1, -188, false),
    },
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
      // The figures read as begroot - realisatie (GGD 336, VTT 42, Totaal 190 fit it); OZJT's 188 is
      // realisatie - begroot: 3.539 - 3.727 = -188 follows (verschil 376).
      name: "een verschil met het andere teken: OZJT 188 waar 3.539 - 3.727 = -188",
      workbook: () => jaarrekening(1, 188),
      errors: [{ cel: "E4", ernst: "fout", verwacht: -188, gevonden: 188 }],
    },
    {
      // The other convention, realisatie - begroot (GGD -336, VTT -42, Totaal -190); OZJT typed 178 where
      // 3.727 - 3.539 = 188 (verschil -10).
      name: "realisatie - begroot, OZJT 178 waar 3.727 - 3.539 = 188",
      workbook: () => jaarrekening(-1, 178),
      errors: [{ cel: "E4", ernst: "fout", verwacht: 188, gevonden: 178 }],
    },
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
