import * as fs from "fs";
import { validateWorkbook } from "../../../src/berap";
import { renteregel } from "../../../src/berap/rules/renteregel";
import { RuleExample } from "../../../src/berap/rules/rule";
import { exampleWorkbook } from "../../../src/berap/rules/examples";
import { readXlsx } from "../../../src/workbook/xlsx";
import { EXAMPLE } from "../../support/pane";
import { programmeSheet, testRule, TestSheet, workbook } from "../../support/ruleTester";

/*
 * The interest line is a convention of the year: said once as info, a voordeel and a nadeel wording in one
 * workbook one waarschuwing. Each programme: positief 120, negatief -40, bedrijfsresultaat 80 (klopt), cao
 * 10, incl. cao 90; the interest line and the jaarrekeningresultaat as each case says.
 */
const programme = (name: string, interest: [string, number][]): TestSheet =>
  programmeSheet(
    name,
    [["I", "Vrijval formatie (G)", 120]],
    [["I", "Inhuur (G)", -40]],
    [120, -40],
    [
      ["Verwacht bedrijfsresultaat", 80],
      ["Overschot cao-ontwikkeling", 10],
      ["Verwacht resultaat incl. cao-ontwikkeling", 90],
      ...interest,
    ]
  );
// Rows: title, unit, blank, titles, header, 1 item, Totaal, blank, then the lines from row 9: the interest line in row 12.
const voordeel = (name: string) =>
  programme(name, [
    ["Rentevoordeel schatkistbankieren", 25], // 90 + 25 = 115
    ["Verwacht jaarrekeningresultaat", 115],
  ]);
const nadeel = (name: string) =>
  programme(name, [
    ["Rentenadeel schatkistbankieren", -5], // 90 - 5 = 85
    ["Verwacht jaarrekeningresultaat", 85],
  ]);
const neutraal = (name: string) =>
  programme(name, [
    ["Rente schatkistbankieren", 3], // 90 + 3 = 93
    ["Verwacht jaarrekeningresultaat", 93],
  ]);

testRule(renteregel, {
  valid: [
    { name: "één programma met rentevoordeel", workbook: () => workbook(voordeel("B&O")) },
    {
      name: "rentevoordeel en een neutrale renteregel ('Rente schatkistbankieren') gaan samen",
      workbook: () => workbook(voordeel("B&O"), neutraal("GGD")),
    },
    { name: "geen renteregel: niets te melden", workbook: () => workbook(programme("GGD", [])) },
  ],
  invalid: [
    {
      name: "de renteregel genoemd als info, bij de regel zelf (C12)",
      workbook: () => workbook(voordeel("B&O")),
      errors: [
        {
          cel: "C12",
          ernst: "info",
          messageId: "conventie",
          gevonden: "Rentevoordeel schatkistbankieren",
        },
      ],
    },
    {
      name: "voordeel op GGD, nadeel op B&O: één waarschuwing bij de tweede (B&O C12), geen info",
      workbook: () => workbook(voordeel("GGD"), nadeel("B&O")),
      errors: [{ blad: "B&O", cel: "C12", ernst: "waarschuwing", messageId: "gemengd" }],
    },
  ],
});

describe("renteregel", () => {
  it("says the convention at most once, and never as a fout, whatever the mix", () => {
    const wb = workbook(voordeel("GGD"), nadeel("B&O"), neutraal("OZJT"), voordeel("VTT"));
    const found = validateWorkbook(wb, { rules: [renteregel] }).bevindingen.filter(
      (f) => f.regel === "renteregel"
    );
    expect(found.map((f) => [f.blad, f.cel, f.ernst])).toEqual([["B&O", "C12", "waarschuwing"]]);
    // With every rule: the amounts themselves are consistent, so no fout anywhere (the nadeel is signed).
    expect(validateWorkbook(wb).samenvatting.fouten).toBe(0);
  });

  it("names the older convention: interest only in the last line ('incl. rentevoordeel')", () => {
    const older = programme("B&O", [
      ["Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel", 90],
    ]);
    const found = validateWorkbook(workbook(older), { rules: [renteregel] }).bevindingen.filter(
      (f) => f.regel === "renteregel"
    );
    expect(found.map((f) => [f.cel, f.ernst, f.data?.betekenis])).toEqual([
      ["C12", "info", "als rentevoordeel (een voordeel positief)"],
    ]);
  });

  // The example writes the line as scripts/berapLayout.ts does: "Rentevoordeel schatkistbankieren" (B&O).
  it("names the example's line: 'Rentevoordeel schatkistbankieren' of Bestuur & Ondersteuning", async () => {
    const result = validateWorkbook(await readXlsx(fs.readFileSync(EXAMPLE)));
    const found = result.bevindingen.filter((f) => f.regel === "renteregel");
    expect(found.map((f) => [f.ernst, f.gevonden])).toEqual([
      ["info", "Rentevoordeel schatkistbankieren"],
    ]);
  });

  it("its own examples: the consistent one gives no waarschuwing, the inconsistent one does", () => {
    const { klopt, kloptNiet } = renteregel.meta.voorbeelden!;
    const ernst = (e: RuleExample) =>
      validateWorkbook(exampleWorkbook(e), { rules: [renteregel] })
        .bevindingen.filter((f) => f.regel === "renteregel")
        .map((f) => f.ernst);
    expect(ernst(klopt)).toEqual(["info"]);
    expect(ernst(kloptNiet)).toEqual(["waarschuwing"]);
    expect(validateWorkbook(exampleWorkbook(kloptNiet)).samenvatting.fouten).toBe(0);
  });
});
