import {
  formatDutchNumber,
  weerstandKlasse,
  weerstandOordeel,
  weerstandRatio,
} from "../../src/calc";
import { berap2025 } from "../support/fixtures";

type WeerstandRij = [string, number | null, number | null, string];
const rijen = berap2025.weerstandsvermogen.rijen as WeerstandRij[];

describe("weerstandRatio", () => {
  // Published ratios are given to one decimal ("1,2"); rows without a benodigd figure (the correction) have none.
  const withRatio = rijen.filter(([, benodigd]) => benodigd !== null && benodigd > 0);

  it.each(withRatio)(
    "%s: beschikbaar / benodigd rounds to the published ratio",
    (_label, benodigd, beschikbaar, published) => {
      const ratio = weerstandRatio(beschikbaar ?? 0, benodigd as number);
      expect(formatDutchNumber(ratio, 1)).toBe(published);
    }
  );

  it("Bestemmingsreserve GGD Twente: 1.704 / 1.378 = 1,2366...", () => {
    expect(weerstandRatio(1704, 1378).toDecimalPlaces(4).toString()).toBe("1.2366");
  });

  it("refuses a benodigde weerstandscapaciteit of 0 or less", () => {
    expect(() => weerstandRatio(100, 0)).toThrow(
      "De benodigde weerstandscapaciteit moet groter zijn dan 0 (is 0)."
    );
    expect(() => weerstandRatio(100, -5)).toThrow(/groter zijn dan 0/);
  });
});

describe("weerstandOordeel (norm SamenTwente 0,8 - 1,0, bounds inside)", () => {
  it.each([
    [0.79, "onder bandbreedte"],
    [0.8, "binnen bandbreedte"],
    [0.9926, "binnen bandbreedte"],
    [1.0, "binnen bandbreedte"],
    [1.0001, "boven bandbreedte"],
  ])("%p is %s", (ratio, expected) => {
    expect(weerstandOordeel(ratio)).toBe(expected);
  });

  it("uses other bounds when given, and refuses a band upside down", () => {
    expect(weerstandOordeel(1.2, 1.0, 1.4)).toBe("binnen bandbreedte");
    expect(() => weerstandOordeel(1, 1.4, 1.0)).toThrow(
      "De ondergrens (1.4) ligt boven de bovengrens (1)."
    );
  });
});

describe("weerstandKlasse (NAR scale, lower bounds inclusive)", () => {
  it.each([
    [2.5, "A uitstekend"],
    [2.0, "A uitstekend"],
    [1.99, "B ruim voldoende"],
    [1.4, "B ruim voldoende"],
    [1.0, "C voldoende"],
    [0.99, "D matig"],
    [0.8, "D matig"],
    [0.6, "E onvoldoende"],
    [0.59, "F ruim onvoldoende"],
    [-1, "F ruim onvoldoende"],
  ])("%p is %s", (ratio, expected) => {
    expect(weerstandKlasse(ratio)).toBe(expected);
  });
});
