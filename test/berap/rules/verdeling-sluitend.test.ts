import { verdelingGemeenten } from "../../../src/berap/rules/verdeling-gemeenten";
import * as path from "path";
import { FIXTURES, readInwonersCsv } from "../../support/fixtures";
import { sheet, testRule, workbook } from "../../support/ruleTester";

// Inhabitants 2025 from the domain file (640.787 in all), not from src/calc.
const INWONERS = readInwonersCsv(path.join(FIXTURES, "inwoners-2025.csv"));

/*
 * 328.000 over the fourteen municipalities, by hand (328.000 x inwoners / 640.787, rounded down, remainder):
 * Almelo 37.962 ,368; Borne 12.611 ,467; Dinkelland 13.686 ,907; Enschede 82.847 ,274; Haaksbergen 12.463 ,536;
 * Hellendoorn 18.559 ,403; Hengelo 42.529 ,789; Hof van Twente 18.140 ,181; Losser 11.967 ,534; Oldenzaal
 * 16.274 ,924; Rijssen-Holten 19.799 ,665; Tubbergen 10.952 ,494; Twenterand 17.440 ,966; Wierden 12.763 ,492.
 * Rounded down they add up to 327.992: the 8 units left go to the 8 largest remainders (Twenterand,
 * Oldenzaal, Dinkelland, Hengelo, Rijssen-Holten, Haaksbergen, Losser and Tubbergen ,494 before Wierden
 * ,492). Sluitend, Tubbergen has 10.953; per regel (half up) it has 10.952 and the column adds up to 327.999.
 */
const FLOOR: Record<string, number> = {
  Almelo: 37962,
  Borne: 12611,
  Dinkelland: 13686,
  Enschede: 82847,
  Haaksbergen: 12463,
  Hellendoorn: 18559,
  Hengelo: 42529,
  "Hof van Twente": 18140,
  Losser: 11967,
  Oldenzaal: 16274,
  "Rijssen-Holten": 19799,
  Tubbergen: 10952,
  Twenterand: 17440,
  Wierden: 12763,
};
const LARGEST = [
  "Twenterand",
  "Oldenzaal",
  "Dinkelland",
  "Hengelo",
  "Rijssen-Holten",
  "Haaksbergen",
  "Losser",
  "Tubbergen",
];
const sluitend = (naam: string) => FLOOR[naam] + (LARGEST.includes(naam) ? 1 : 0);
/** Per regel, half up: the remainders above ,5 (the same 8 less Tubbergen's ,494) round up; 327.999 in all. */
const perRegel = (naam: string) =>
  FLOOR[naam] + (LARGEST.includes(naam) && naam !== "Tubbergen" ? 1 : 0);

/**
 * The table, rows 3-16 in the domain file's order (Tubbergen row 14, Wierden row 16), Totaal row 17;
 * `typed` gives a municipality's name as a controller typed it ("Hof v. Twente").
 */
const table = (
  share: (naam: string) => number,
  total = 328000,
  typed: Record<string, string> = {}
) =>
  workbook(
    sheet("Verdeling", [
      ["Bedragen in euro's"],
      ["Gemeente", "Inwoners", "Bijdrage (sluitend)"],
      ...INWONERS.map(([naam, n]) => [typed[naam] ?? naam, n, share(naam)]),
      ["Totaal", 640787, total],
    ])
  );

testRule(verdelingGemeenten, {
  valid: [
    {
      // The column adds up to 328.000 exactly: checked as sluitend, Tubbergen's 10.953 is right.
      name: "sluitend (grootste rest): Tubbergen 10.953, kolom telt op tot 328.000",
      workbook: () => table(sluitend),
    },
    {
      // The same figures with the names as typed: still all fourteen municipalities, still sluitend. Before,
      // "Hof v. Twente" was no municipality, the column was judged per regel and Tubbergen's unit (,494)
      // became an afrondingsverschil.
      name: "sluitend met 'Hof v. Twente', 'Gemeente Rijssen-Holten' en 'TWENTERAND'",
      workbook: () =>
        table(sluitend, 328000, {
          "Hof van Twente": "Hof v. Twente",
          "Rijssen-Holten": "Gemeente Rijssen-Holten",
          Twenterand: "TWENTERAND",
        }),
    },
  ],
  invalid: [
    {
      // Still adding up to 328.000, but the unit went to Wierden (12.764) instead of Tubbergen (10.952):
      // against the largest remainders Tubbergen should have 10.953 and Wierden 12.763.
      name: "sluitend, maar de laatste eenheid bij Wierden in plaats van Tubbergen",
      workbook: () =>
        table((naam) =>
          naam === "Tubbergen" ? 10952 : naam === "Wierden" ? 12764 : sluitend(naam)
        ),
      errors: [
        { blad: "Verdeling", cel: "C14", ernst: "waarschuwing", verwacht: 10953, gevonden: 10952 },
        { blad: "Verdeling", cel: "C16", ernst: "waarschuwing", verwacht: 12763, gevonden: 12764 },
      ],
    },
    {
      // Almelo 38.062 where sluitend gives 37.962 (100 too many): the column no longer closes (328.100), yet
      // its other shares are sluitend, so Tubbergen's 10.953 is right and no afrondingsverschil. The column
      // total is off by the same 100, which the slip explains: not reported again (first broken link).
      name: "sluitend met één vergissing: alleen die, Tubbergen's eenheid blijft goed",
      workbook: () => table((naam) => (naam === "Almelo" ? 38062 : sluitend(naam))),
      errors: [{ blad: "Verdeling", cel: "C3", ernst: "fout", verwacht: 37962, gevonden: 38062 }],
    },
    {
      // Every share right per regel, adding up to 327.999 against the Totaal 328.000: not an error of the
      // table but of the method: still a waarschuwing (the Totaal is not the column's sum), and its
      // message says why.
      name: "per regel afgerond: elk aandeel klopt, de kolom telt op tot 327.999, het Totaal 328.000",
      workbook: () => table(perRegel),
      errors: [
        {
          blad: "Verdeling",
          cel: "C17",
          ernst: "waarschuwing",
          verwacht: 327999,
          gevonden: 328000,
          messageId: "perRegelNietSluitend",
        },
      ],
    },
  ],
});
