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

export const SHAPE_CASES: readonly ShapeCase[] = [
  // 100 x 1/2 = 50 for both filled rows; the empty rows of the key get nothing.
  {
    name: "a key with empty rows",
    id: "VERDEEL",
    args: [100, col([1, LEEG, 1, LEEG, LEEG])],
    expected: { value: [[50], [0], [50], [0], [0]] },
  },
  // An empty amount is 0: nothing to distribute.
  {
    name: "an empty amount",
    id: "VERDEEL",
    args: [LEEG, col([1, 1])],
    expected: { value: [[0], [0]] },
  },
  // Empty decimalen and methode cells are the defaults: 0 decimals, sluitend: 100 / 3 = 33,33: 34, 33, 33.
  {
    name: "empty optional cells",
    id: "VERDEEL",
    args: [100, col([1, 1, 1]), LEEG, LEEG],
    expected: { value: [[34], [33], [33]] },
  },
  {
    name: "omitted optionals",
    id: "VERDEEL",
    args: [100, col([1, 1, 1]), WEG, WEG],
    expected: { value: [[34], [33], [33]] },
  },
  // Published: frictiekosten column 1, Almelo's share per regel.
  {
    name: "an empty gemeenten cell is the built-in table",
    id: "VERDEEL_INWONERS",
    args: [frictie.Totaal[1], LEEG, LEEG, "per_regel", LEEG],
    expected: { rows: 14, first: [[frictie.Almelo[1]]] },
  },
  // Almelo 74.164, Enschede 161.852, Hengelo 83.087 (319.103): 23.241,4 / 50.721,0 / 26.037,6 of 100.000.
  {
    name: "names with empty rows below",
    id: "VERDEEL_INWONERS",
    args: [100000, col(["Almelo", "enschede", "Hengelo", LEEG, LEEG])],
    expected: { value: [[23241], [50721], [26038], [0], [0]] },
  },
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
  {
    name: "a name and an empty year",
    id: "INWONERS",
    args: ["Rijssen Holten", LEEG],
    expected: { value: 38681 },
  },
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
  {
    name: "stijgingen with empty rows",
    id: "CAO_GEMIDDELDE",
    args: [CAO_2025_WITH_BLANK_ROWS, LEEG],
    expected: { value: 0.019625 },
  },
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
  {
    name: "samengesteld WAAR",
    id: "CAO_GEMIDDELDE",
    args: [CAO_2025_WITH_BLANK_ROWS, true],
    expected: { value: 0.0197175 },
  },
  {
    name: "WAAR in a key",
    id: "VERDEEL",
    args: [100, col([1, true, LEEG])],
    expected: { error: "#VALUE!", message: "sleutel, rij 2: WAAR is geen getal." },
  },
  // 1,02 x 1,0185 - 1 = 3,887%.
  {
    name: "stijgingen with empty rows",
    id: "CAO_STRUCTUREEL",
    args: [CAO_2025_WITH_BLANK_ROWS],
    expected: { value: 0.03887 },
  },
  // 1.000.000 x (0,053 - (0,019625 + 0,006)) = 27.375
  {
    name: "a stijgingen range with empty rows",
    id: "CAO_OVERSCHOT",
    args: [1000000, 0.053, CAO_2025_WITH_BLANK_ROWS, 0.006],
    expected: { value: 27375 },
  },
  // 1.000.000 x (0,053 - 0,0196) = 33.400; empty werkgeverslasten is 0.
  {
    name: "an empty werkgeverslasten cell",
    id: "CAO_OVERSCHOT",
    args: [1000000, 0.053, [[0.0196]], LEEG],
    expected: { value: 33400 },
  },
  // (100 + 0 + nil) / (50 + 0) = 2
  {
    name: "empty cells and a dash",
    id: "WEERSTAND_RATIO",
    args: [col([100, LEEG, "-"]), col([50, LEEG])],
    expected: { value: 2 },
  },
  // 2.835 / 2.856 = 0,9926: within the norm 0,8-1,0; empty limits are the norm.
  {
    name: "empty band limits",
    id: "WEERSTAND_OORDEEL",
    args: [0.9926, LEEG, LEEG],
    expected: { value: "binnen bandbreedte" },
  },
  {
    name: "an empty ratio is 0",
    id: "WEERSTAND_OORDEEL",
    args: [LEEG],
    expected: { value: "onder bandbreedte" },
  },
  {
    name: "1,1 is class C",
    id: "WEERSTAND_KLASSE",
    args: [1.1],
    expected: { value: "C voldoende" },
  },
  {
    name: "an empty ratio is 0, class F",
    id: "WEERSTAND_KLASSE",
    args: [LEEG],
    expected: { value: "F ruim onvoldoende" },
  },
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
  {
    name: "empty parts",
    id: "CONTROLE_SOM",
    args: [928, col([554, 50, LEEG, 149, 174, LEEG])],
    expected: { value: "afrondingsverschil: verschil 1" },
  },
  {
    name: "an empty total and parts",
    id: "CONTROLE_SOM",
    args: [LEEG, col([LEEG, LEEG])],
    expected: { value: "klopt: verschil 0" },
  },
];
