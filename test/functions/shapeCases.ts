import { berap2025 } from "../support/fixtures";
import { col, LEEG, WEG } from "../support/excelShapes";

/**
 * One table of cases for all twelve ST functions, each a sheet as a controller has it: LEEG is an empty cell
 * (sent as null on the web and as 0 on Windows desktop), WEG an omitted optional argument. Every case must
 * give its expected result in both shapes. Expected figures come from the published 2e Berap 2025 or the hand
 * calculation in the comment next to them.
 */
export type Expected =
  | { readonly value: unknown }
  | { readonly error: "#VALUE!" | "#N/A"; readonly message: string }
  /** A spilled column: its length and first rows. */
  | { readonly rows: number; readonly first: unknown[][] };

export interface ShapeCase {
  readonly name: string;
  /** The Excel id of the function (functions.json), also its key in CustomFunctions.associate. */
  readonly id: string;
  readonly args: readonly unknown[];
  readonly expected: Expected;
}

// Excel date serials: 1 April 2025 = 45748, 1 October 2025 = 45931 (days since 30 December 1899).
const CAO_2025_WITH_BLANK_ROWS = [
  [45748, 0.02],
  [45931, 0.0185],
  [LEEG, LEEG],
  [LEEG, LEEG],
];
const frictie = berap2025.frictiekosten_verdeling as Record<string, number[]>;

/** A case whose expected result is a value. */
const valueCase = (id: string, name: string, args: unknown[], value: unknown): ShapeCase => ({
  id,
  name,
  args,
  expected: { value },
});

export const SHAPE_CASES: readonly ShapeCase[] = [
  // 100 x 1/2 = 50 for both filled rows; the empty rows of the key get nothing.
  valueCase(
    "VERDEEL",
    "a key with empty rows",
    [100, col([1, LEEG, 1, LEEG, LEEG])],
    [[50], [0], [50], [0], [0]]
  ),
  // An empty amount is 0: nothing to distribute.
  valueCase("VERDEEL", "an empty amount", [LEEG, col([1, 1])], [[0], [0]]),
  // Empty decimalen and methode cells are the defaults: 0 decimals, sluitend: 100 / 3 = 33,33: 34, 33, 33.
  valueCase(
    "VERDEEL",
    "empty optional cells",
    [100, col([1, 1, 1]), LEEG, LEEG],
    [[34], [33], [33]]
  ),
  valueCase("VERDEEL", "omitted optionals", [100, col([1, 1, 1]), WEG, WEG], [[34], [33], [33]]),
  // Published: frictiekosten column 1, Almelo's share per regel.
  {
    name: "an empty gemeenten cell is the built-in table",
    id: "VERDEEL_INWONERS",
    args: [frictie.Totaal[1], LEEG, LEEG, "per_regel", LEEG],
    expected: { rows: 14, first: [[frictie.Almelo[1]]] },
  },
  // Almelo 74.164, Enschede 161.852, Hengelo 83.087 (319.103): 23.241,4 / 50.721,0 / 26.037,6 of 100.000.
  valueCase(
    "VERDEEL_INWONERS",
    "names with empty rows below",
    [100000, col(["Almelo", "enschede", "Hengelo", LEEG, LEEG])],
    [[23241], [50721], [26038], [0], [0]]
  ),
  {
    name: "name and number pairs with an empty row",
    id: "VERDEEL_INWONERS",
    args: [
      100000,
      [
        ["Almelo", 74164],
        ["Enschede", 161852],
        ["Hengelo", 83087],
        [LEEG, LEEG],
      ],
    ],
    expected: { value: [[23241], [50721], [26038], [0]] },
  },
  valueCase("INWONERS", "a name and an empty year", ["Rijssen Holten", LEEG], 38681),
  {
    name: "an empty name",
    id: "INWONERS",
    args: [LEEG],
    expected: { error: "#VALUE!", message: "gemeente: een lege cel is geen gemeentenaam." },
  },
  {
    name: "an empty year",
    id: "GEMEENTEN",
    args: [LEEG],
    expected: { rows: 14, first: [["Almelo", 74164]] },
  },
  // Published cao 2025: 2% from 1 April, 1,85% from 1 October: 2% x 9/12 + 1,85% x 3/12 = 1,9625%.
  valueCase(
    "CAO_GEMIDDELDE",
    "stijgingen with empty rows",
    [CAO_2025_WITH_BLANK_ROWS, LEEG],
    0.019625
  ),
  {
    name: "a stijging without its date",
    id: "CAO_GEMIDDELDE",
    args: [
      [
        [45748, 0.02],
        [LEEG, 0.01],
      ],
    ],
    expected: { error: "#VALUE!", message: "stijgingen, rij 2: de ingangsdatum ontbreekt." },
  },
  // Booleans arrive as true/false. Compounded: 2% x 9/12 + (1,02 x 1,0185 - 1 - 0,02) x 3/12 = 1,97175%.
  valueCase("CAO_GEMIDDELDE", "samengesteld WAAR", [CAO_2025_WITH_BLANK_ROWS, true], 0.0197175),
  {
    name: "WAAR in a key",
    id: "VERDEEL",
    args: [100, col([1, true, LEEG])],
    expected: { error: "#VALUE!", message: "sleutel, rij 2: WAAR is geen getal." },
  },
  // 1,02 x 1,0185 - 1 = 3,887%.
  valueCase("CAO_STRUCTUREEL", "stijgingen with empty rows", [CAO_2025_WITH_BLANK_ROWS], 0.03887),
  // 1.000.000 x (0,053 - (0,019625 + 0,006)) = 27.375
  valueCase(
    "CAO_OVERSCHOT",
    "a stijgingen range with empty rows",
    [1000000, 0.053, CAO_2025_WITH_BLANK_ROWS, 0.006],
    27375
  ),
  // 1.000.000 x (0,053 - 0,0196) = 33.400; empty werkgeverslasten is 0.
  valueCase(
    "CAO_OVERSCHOT",
    "an empty werkgeverslasten cell",
    [1000000, 0.053, [[0.0196]], LEEG],
    33400
  ),
  // (100 + 0 + nil) / (50 + 0) = 2
  valueCase(
    "WEERSTAND_RATIO",
    "empty cells and a dash",
    [col([100, LEEG, "-"]), col([50, LEEG])],
    2
  ),
  // 2.835 / 2.856 = 0,9926: within the norm 0,8-1,0; empty limits are the norm.
  valueCase("WEERSTAND_OORDEEL", "empty band limits", [0.9926, LEEG, LEEG], "binnen bandbreedte"),
  valueCase("WEERSTAND_OORDEEL", "an empty ratio is 0", [LEEG], "onder bandbreedte"),
  valueCase("WEERSTAND_KLASSE", "1,1 is class C", [1.1], "C voldoende"),
  valueCase("WEERSTAND_KLASSE", "an empty ratio is 0, class F", [LEEG], "F ruim onvoldoende"),
  // I/R 5 and S/G -3: rows R, P, G, Totaal; columns I, M, S, Totaal; the spacer rows count for nothing.
  {
    name: "spacer rows",
    id: "RESULTAAT_FINANCIERING",
    args: [col(["I", LEEG, "S", LEEG]), col(["R", LEEG, "G", LEEG]), col([5, LEEG, -3, LEEG])],
    expected: {
      value: [
        [5, 0, 0, 5],
        [0, 0, 0, 0],
        [0, 0, -3, -3],
        [5, 0, -3, 2],
      ],
    },
  },
  {
    name: "an amount without its soort",
    id: "RESULTAAT_FINANCIERING",
    args: [col([LEEG]), col(["R"]), col([5])],
    expected: {
      error: "#VALUE!",
      message: "soorten, rij 1: een lege cel is geen soort; gebruik I, M of S.",
    },
  },
  // 554 + 50 + 149 + 174 = 927 against 928: a difference of 1, within the default tolerance.
  valueCase(
    "CONTROLE_SOM",
    "empty parts",
    [928, col([554, 50, LEEG, 149, 174, LEEG])],
    "afrondingsverschil: verschil 1"
  ),
  valueCase(
    "CONTROLE_SOM",
    "an empty total and parts",
    [LEEG, col([LEEG, LEEG])],
    "klopt: verschil 0"
  ),
];
