import { validateWorkbook } from "../../src/berap";
import { recognizeBerap } from "../../src/berap";
import { sheet, workbook } from "../support/ruleTester";

/*
 * A Berap in the older layout, written from the domain brief ("Layouts in the wild"): Bestuur en
 * Ondersteuning as one pair of lists with the blocks Bedrijfsvoering and Concern inside, no financing codes,
 * "Tekort cao ontwikkeling", "Rentevoordeel", the last line "incl. rentevoordeel", and a doorwerking table
 * (Soort | Doorwerking | Voordelig | Nadelig | Totaal) instead of the financing matrix.
 *
 * By hand:
 *   Bedrijfsvoering: voordelig 70 + 124 = 194, nadelig -73 - 36 = -109, resultaat 194 - 109 = 85.
 *   Concern: voordelig 38; nadelig -35, but its Totaal is typed -34 (slip: afrondingsverschil, -35 vs -34);
 *     Verwacht resultaat Concern 38 - 34 = 4 from the published totals: klopt.
 *   Bedrijfsresultaat 85 + 4 = 89: klopt. Incl. cao 89 - 20 = 69; incl. rente 69 + 241 = 310: klopt.
 *   Doorwerking from the items: I voordelig 70 + 124 = 194, nadelig -35, totaal 159; M 38, 0, 38;
 *     S 0, -73 - 36 = -109, -109. Totaal row 232, -144, 88: klopt in itself, but the bedrijfsresultaat line
 *     says 89 (the Concern slip): afrondingsverschil, verwacht 89, gevonden 88.
 *   No financing codes anywhere: one info, no fout per development.
 */
const older = () =>
  workbook(
    sheet("B&O", [
      ["4. Bestuur en Ondersteuning"],
      ["Bedragen x € 1.000"],
      [],
      ["Voordelige ontwikkelingen", , , , "Nadelige ontwikkelingen"],
      ["Soort", "Omschrijving", "€", , "Soort", "Omschrijving", "€"],
      ["Bedrijfsvoering"],
      ["I", "Later invullen formatie", 70, , "S", "Hogere energiekosten", -73],
      ["I", "Lagere afschrijvingen", 124, , "S", "Hogere kosten Arbodienst", -36],
      [, "Totaal", 194, , , "Totaal", -109],
      [, "Verwacht resultaat Bedrijfsvoering", 85],
      ["Concern"],
      ["M", "Verrekening overhead", 38, , "I", "Personele lasten", -35],
      [, "Totaal", 38, , , "Totaal", -34],
      [, "Verwacht resultaat Concern", 4],
      [],
      [, "Verwacht bedrijfsresultaat Bestuur en Ondersteuning", 89],
      [, "Tekort cao ontwikkeling", -20],
      [, "Verwacht resultaat incl. cao ontwikkeling", 69],
      [, "Rentevoordeel", 241],
      [, "Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel", 310],
      [],
      ["Doorwerking"],
      ["Soort", "Doorwerking", "Voordelig", "Nadelig", "Totaal"],
      ["I", "Incidenteel", 194, -35, 159],
      ["M", "Meerjarig", 38, "-", 38],
      ["S", "Structureel", "-", -109, -109],
      [, "Totaal Verwacht bedrijfsresultaat", 232, -144, 88],
    ])
  );

describe("an older-layout Berap (blocks in one list, doorwerking, Tekort cao, Rentevoordeel)", () => {
  it("reads both blocks of each list and the doorwerking table", () => {
    const berap = recognizeBerap(older());
    const p = berap.programmes[0];
    expect(p.name).toBe("Bestuur & Ondersteuning");
    expect(p.lists.map((l) => [l.sign, l.block, l.items.length])).toEqual([
      ["positief", "Bedrijfsvoering", 2],
      ["positief", "Concern", 1],
      ["negatief", "Bedrijfsvoering", 2],
      ["negatief", "Concern", 1],
    ]);
    expect(p.doorwerking?.rows.length).toBe(4);
    expect(p.lines.map((l) => l.kind)).toEqual([
      "blokresultaat",
      "blokresultaat",
      "bedrijfsresultaat",
      "cao",
      "incl-cao",
      "rente",
      "jaarrekening",
    ]);
  });

  it("finds exactly the slips worked out by hand, and one info for the missing financing codes", () => {
    const result = validateWorkbook(older());
    expect(
      result.bevindingen
        .filter((f) => f.ernst !== "info")
        .map((f) => [f.regel, f.cel, f.ernst, f.verwacht, f.gevonden])
    ).toEqual([
      ["lijst-totaal", "G13", "waarschuwing", -35, -34],
      ["doorwerking", "E27", "waarschuwing", 89, 88],
    ]);
    expect(
      result.bevindingen
        .filter((f) => f.regel === "ontwikkeling-financiering")
        .map((f) => f.messageId)
    ).toEqual(["geenCodes"]);
    expect(result.samenvatting.fouten).toBe(0);
  });
});
