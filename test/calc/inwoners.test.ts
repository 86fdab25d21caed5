import * as path from "path";
import {
  findGemeente,
  gemeenten,
  inwonersYears,
  latestInwonersYear,
  lookupGemeente,
  normalizeMunicipalityName,
} from "../../src/calc";
import { readInwonersCsv, SHARED_DOMEIN } from "../support/fixtures";

describe("built-in inhabitants", () => {
  it("2025 equals shared/domein/inwoners-2025.csv row for row, total 640.787", () => {
    const csv = readInwonersCsv(path.join(SHARED_DOMEIN, "inwoners-2025.csv"));
    expect(gemeenten(2025).map((g) => [g.naam, g.inwoners])).toEqual(csv);
    expect(csv.reduce((a, [, n]) => a + n, 0)).toBe(640787);
  });

  it("defaults to the latest year", () => {
    expect(inwonersYears()).toEqual([2025]);
    expect(latestInwonersYear()).toBe(2025);
    expect(gemeenten()).toEqual(gemeenten(2025));
  });

  it("names an unknown year and the years available", () => {
    expect(() => gemeenten(2019)).toThrow("Geen inwonertallen voor 2019; beschikbaar: 2025.");
  });
});

describe("lookupGemeente", () => {
  it("finds a municipality as findGemeente does (inwoners-2025.csv: Hof van Twente 35.439)", () => {
    expect(lookupGemeente("HOF-VAN-TWENTE")).toEqual({ naam: "Hof van Twente", inwoners: 35439 });
  });

  it("answers undefined, without throwing, for a label that is no municipality", () => {
    expect(lookupGemeente("Totaal")).toBeUndefined();
    expect(lookupGemeente("Almeloo")).toBeUndefined();
    expect(lookupGemeente("Gemeente")).toBeUndefined();
  });

  it.each(["Hof v. Twente", "Hof v Twente", "Gemeente Hof van Twente", "gem. Hof v. Twente"])(
    "finds %p as typed in a distribution table: Hof van Twente, 35.439",
    (name) => {
      expect(lookupGemeente(name)).toEqual({ naam: "Hof van Twente", inwoners: 35439 });
    }
  );

  it("still refuses a year without inhabitants", () => {
    expect(() => lookupGemeente("Almelo", 2019)).toThrow("Geen inwonertallen voor 2019");
  });
});

describe("findGemeente", () => {
  it.each([
    ["Almelo", 74164],
    ["almelo", 74164],
    ["Rijssen Holten", 38681],
    ["rijssen-holten", 38681],
    ["hof van twente", 35439],
    ["HOF-VAN-TWENTE", 35439],
    [" Enschede ", 161852],
    ["Hof v. Twente", 35439],
    ["Gemeente Rijssen-Holten", 38681],
    ["GEMEENTE ALMELO", 74164],
  ])("%p has %p inhabitants", (name, expected) => {
    expect(findGemeente(name).inwoners).toBe(expected);
  });

  it("suggests the nearest name for a typo", () => {
    expect(() => findGemeente("Almeloo")).toThrow(
      "Onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?"
    );
    expect(() => findGemeente("Hengeloo")).toThrow("bedoelt u 'Hengelo'?");
  });

  it("says so plainly when nothing is close", () => {
    expect(() => findGemeente("Amsterdam")).toThrow(
      "Onbekende gemeente 'Amsterdam' in de inwonertabel van 2025."
    );
  });

  it("marks unknown names as not found (Excel #N/A), not as invalid", () => {
    expect.assertions(1);
    try {
      findGemeente("Zwolle");
    } catch (e) {
      expect((e as { code: string }).code).toBe("niet-gevonden");
    }
  });

  it("normalizes case, accents, spaces and hyphens", () => {
    expect(normalizeMunicipalityName("Rijssen - Holten")).toBe("rijssenholten");
    expect(normalizeMunicipalityName("Hénġelo")).toBe("hengelo");
  });

  it("reads 'v.' as 'van' and leaves a leading 'Gemeente' off, only as whole words", () => {
    expect(normalizeMunicipalityName("Hof v. Twente")).toBe("hofvantwente");
    expect(normalizeMunicipalityName("Gemeente Hof van Twente")).toBe("hofvantwente");
    expect(normalizeMunicipalityName("Gem. Enschede")).toBe("enschede");
    expect(normalizeMunicipalityName("Gemeente")).toBe("gemeente");
    expect(normalizeMunicipalityName("Oldenzaal v2")).toBe("oldenzaalv2");
  });
});
