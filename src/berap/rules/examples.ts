import { Cell, Sheet, Workbook } from "../model/workbook";
import { ExampleCell, RuleExample } from "./rule";

/** The model cell an example cell stands for; undefined for an empty one. */
export function exampleCell(cell: ExampleCell | undefined): Cell | undefined {
  if (cell === null || cell === undefined) return undefined;
  return typeof cell === "object" ? cell : { value: cell };
}

/** The workbook a rule example describes: its sheets in the order given, rows from A1. */
export function exampleWorkbook(example: RuleExample): Workbook {
  return {
    sheets: Object.entries(example.bladen).map(([name, rows]) => {
      const sheet = new Sheet(name);
      rows.forEach((row, r) =>
        row.forEach((c, col) => {
          const cell = exampleCell(c);
          if (cell) sheet.set(r + 1, col + 1, cell);
        })
      );
      return sheet;
    }),
  };
}

type Row = readonly ExampleCell[];

/**
 * The rows of a programme sheet in the published layout, for the examples: title, unit, the positive and
 * negative developments side by side ([soort, omschrijving with its code, bedrag]), their totals, then the
 * result lines ([label, bedrag]) in the omschrijving and bedrag columns.
 */
export function programmeRows(
  name: string,
  positief: readonly Row[],
  negatief: readonly Row[],
  totalen: readonly [ExampleCell, ExampleCell],
  regels: readonly (readonly [string, ExampleCell])[] = []
): Row[] {
  const rows: Row[] = [
    [name],
    ["Bedragen x EUR 1.000"],
    [],
    ["Positieve ontwikkelingen", null, null, null, "Negatieve ontwikkelingen"],
    ["Soort", "Omschrijving", "x EUR 1.000", null, "Soort", "Omschrijving", "x EUR 1.000"],
  ];
  for (let i = 0; i < Math.max(positief.length, negatief.length); i++)
    rows.push([...(positief[i] ?? [null, null, null]), null, ...(negatief[i] ?? [])]);
  rows.push([null, "Totaal positief", totalen[0], null, null, "Totaal negatief", totalen[1]], []);
  for (const [label, value] of regels) rows.push([null, label, value]);
  return rows;
}

/**
 * Developments of GGD Twente from the 2e Berap 2025, a few of them, rows 6-8 of `programmeRows`.
 * By hand: positief 174 + 50 + 83 = 307, negatief -145 - 44 = -189, bedrijfsresultaat 307 - 189 = 118.
 */
export const GGD_POSITIEF: readonly Row[] = [
  ["I", "Forensische Geneeskunde-extra opbrengsten (G)", 174],
  ["I", "Infectieziekten - vaccineren op maat (R)", 50],
  ["M", "Projecten GGD (P)", 83],
];
export const GGD_NEGATIEF: readonly Row[] = [
  ["S", "Huisvestingskosten consultatiebureaus JGZ (G)", -145],
  ["I", "Kosten voormalig personeel (G)", -44],
];

/** GGD Twente's result lines: bedrijfsresultaat 118, cao 562, incl. cao 118 + 562 = 680 (unless given), no rente. */
export const ggdResultaatRegels = (inclCao: ExampleCell = 680): [string, ExampleCell][] => [
  ["Verwacht bedrijfsresultaat", 118],
  ["Overschot cao-ontwikkeling", 562],
  ["Verwacht resultaat incl. cao-ontwikkeling", inclCao],
  ["Verwacht jaarrekeningresultaat", 680],
];

/**
 * The sheet "GGD Twente" of an example: the lists above (unless others are given), their totals (307 and -189
 * unless given) and result lines under them.
 */
export function ggdSheet(
  options: {
    positief?: readonly Row[];
    negatief?: readonly Row[];
    totalen?: readonly [ExampleCell, ExampleCell];
    regels?: readonly (readonly [string, ExampleCell])[];
  } = {}
): Record<string, Row[]> {
  const {
    positief = GGD_POSITIEF,
    negatief = GGD_NEGATIEF,
    totalen = [307, -189],
    regels,
  } = options;
  return { "GGD Twente": programmeRows("GGD Twente", positief, negatief, totalen, regels) };
}
