import * as path from "path";
import { verdelingPercentage } from "../../../src/berap/rules/verdeling-percentage";
import { validateWorkbook } from "../../../src/berap/engine";
import { FIXTURES, readInwonersCsv } from "../../support/fixtures";
import { sheet, TestCell, testRule, workbook } from "../../support/ruleTester";

// Inhabitants 2025 from the domain file (640.787 in all), not from src/calc.
const INWONERS = readInwonersCsv(path.join(FIXTURES, "inwoners-2025.csv"));
const FIVE = ["Almelo", "Borne", "Enschede", "Hengelo", "Oldenzaal"];
const KEYS = ["20,00%", "10,00%", "35,00%", "25,00%", "10,00%"];
/** 250.000 x 20% / 10% / 35% / 25% / 10%, by hand. */
const SHARES = [50000, 25000, 87500, 62500, 25000];

/**
 * Rows 3-7 the five municipalities, row 8 the Totaal (the key total in B8, the amount in C8); `extra` rows
 * go between the municipalities and the Totaal.
 */
const table = (
  keys: TestCell[] = KEYS,
  shares: TestCell[] = SHARES,
  totals: [TestCell, TestCell] = ["100,00%", 250000],
  header = "Verdeelsleutel %",
  extra: TestCell[][] = []
) =>
  workbook(
    sheet("Verdeling", [
      ["Verdeling bijdrage Kennispunt Twente (bedragen in €)"],
      ["Gemeente", header, "Bijdrage"],
      ...FIVE.map((g, i) => [g, keys[i], shares[i]]),
      ...extra,
      ["Totaal", ...totals],
    ])
  );

/**
 * 250.000 over the fourteen by the domain file's inwoners: the key printed with two decimals
 * (83.087 / 640.787 = 12,966...% shows as 12,97%), each share 250.000 x inwoners / 640.787 rounded half up
 * (Hengelo 32.416,3 -> 32.416), as a controller's Excel makes them; these shares add up to 250.000.
 */
const fourteen = (slip: Record<string, number> = {}) =>
  workbook(
    sheet("Verdeling", [
      ["Verdeling kosten naar inwoners (bedragen in €)"],
      ["Gemeente", "Verdeelsleutel %", "Bedrag"],
      ...INWONERS.map(([naam, n]) => [
        naam,
        `${((100 * n) / 640787).toFixed(2).replace(".", ",")}%`,
        Math.round((250000 * n) / 640787) + (slip[naam] ?? 0),
      ]),
      ["Totaal", "100,00%", 250000],
    ])
  );

describe("verdeling-percentage over many amounts", () => {
  it("raises no fout on a distribution by inwoners, whatever the amount, and finds a 1%-of-a-share slip", () => {
    for (const amount of [1000, 12345, 99999, 250000, 665000, 1234567, -100000]) {
      // Each share amount x inwoners / 640.787 half up; the key printed with two decimals.
      const rows = INWONERS.map(([naam, n]) => [
        naam,
        `${((100 * n) / 640787).toFixed(2).replace(".", ",")}%`,
        Math.round((amount * n) / 640787),
      ]);
      const wb = (r: TestCell[][]) =>
        workbook(
          sheet("V", [
            ["Gemeente", "Verdeelsleutel %", "Bedrag"],
            ...r,
            ["Totaal", "100,00%", amount],
          ])
        );
      const fouten = (r: TestCell[][]) =>
        validateWorkbook(wb(r), { rules: [verdelingPercentage] }).bevindingen.filter(
          (f) => f.ernst === "fout"
        );
      expect(fouten(rows)).toEqual([]);
      // Enschede (25,26%) off by 1% of its share plus one unit: beyond half a hundredth of a percent of the
      // amount (0,005% x amount), so a fout on C5 (Enschede is the fourth municipality, row 5).
      const slip = rows.map((r) =>
        r[0] === "Enschede"
          ? [r[0], r[1], (r[2] as number) + Math.round(Math.abs(amount) * 0.0025) + 1]
          : r
      );
      expect(fouten(slip).map((f) => f.cel)).toEqual(["C5"]);
    }
  });
});

/**
 * 328.000 over the fourteen sluitend (largest remainder), worked out here with whole numbers: each share
 * rounded down, the units left to the largest remainders. A share may then be one unit above what its printed
 * key allows; the column closes exactly on 328.000, which says it was made so.
 */
function sluitend(amount: number): number[] {
  const exact = INWONERS.map(([, n]) => BigInt(amount) * BigInt(n));
  const floor = exact.map((x) => Number(x / 640787n));
  const left = amount - floor.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: Number(x % 640787n) }))
    .sort((a, b) => b.rest - a.rest)
    .slice(0, left);
  for (const { i } of order) floor[i] += 1;
  return floor;
}

testRule(verdelingPercentage, {
  valid: [
    {
      name: "veertien gemeenten sluitend (grootste rest): 328.000 precies verdeeld",
      workbook: () => {
        const shares = sluitend(328000);
        return workbook(
          sheet("V", [
            ["Gemeente", "Verdeelsleutel %", "Bijdrage (sluitend)"],
            ...INWONERS.map(([naam, n], i) => [
              naam,
              `${((100 * n) / 640787).toFixed(2).replace(".", ",")}%`,
              shares[i],
            ]),
            ["Totaal", "100,00%", 328000],
          ])
        );
      },
    },
    { name: "vijf gemeenten, 20/10/35/25/10%, 250.000", workbook: () => table() },
    {
      name: "veertien gemeenten naar inwoners: elk aandeel binnen de afronding van zijn percentage",
      workbook: () => fourteen(),
    },
    {
      name: "percentages als getallen onder een kop '%' (20,00 / 10,00 ...)",
      workbook: () =>
        table(["20,00", "10,00", "35,00", "25,00", "10,00"], SHARES, ["100,00", 250000], "%"),
    },
    {
      name: "percentages als Excel-percentages (0,2 in de opmaak 0.00%)",
      workbook: () =>
        table(
          [0.2, 0.1, 0.35, 0.25, 0.1].map((v) => ({ v, fmt: "0.00%" })),
          SHARES,
          [{ v: 1, fmt: "0.00%" }, 250000]
        ),
    },
    {
      // SamenTwente's own part (10.000, no key) is no share: 260.000 - 10.000 = 250.000 is distributed.
      name: "een regel zonder percentage met een eigen bedrag: de rest wordt verdeeld",
      workbook: () =>
        table(KEYS, SHARES, ["100,00%", 260000], undefined, [["SamenTwente", "-", 10000]]),
    },
  ],
  invalid: [
    {
      // Enschede 88.000 where 35% of 250.000 = 87.500 (34,995% to 35,005% gives 87.488 to 87.513); Hengelo
      // 62.000 where 25% gives 62.500. The column still adds up to 250.000.
      name: "twee aandelen omgewisseld: elk een fout, het totaal niet",
      workbook: () => table(KEYS, [50000, 25000, 88000, 62000, 25000]),
      errors: [
        {
          cel: "C5",
          ernst: "fout",
          verwacht: 87500,
          gevonden: 88000,
          messageId: "aandeelKloptNiet",
        },
        {
          cel: "C6",
          ernst: "fout",
          verwacht: 62500,
          gevonden: 62000,
          messageId: "aandeelKloptNiet",
        },
      ],
    },
    {
      // Borne 25.500 where 10% of 250.000 = 25.000; the column adds up to 250.500, which that slip explains.
      name: "één aandeel 500 te hoog: alleen dat aandeel",
      workbook: () => table(KEYS, [50000, 25500, 87500, 62500, 25000]),
      errors: [{ cel: "C4", ernst: "fout", verwacht: 25000, gevonden: 25500 }],
    },
    {
      // Almelo 30,00%: the keys add up to 110%, its share 50.000 is 20% of 250.000, and with 20% the keys add
      // up to 100%: the percentage is the slip, not the share or the key total.
      name: "een verkeerd percentage dat ook het totaal van de percentages verklaart",
      workbook: () => table(["30,00%", "10,00%", "35,00%", "25,00%", "10,00%"]),
      errors: [
        { cel: "B3", ernst: "fout", verwacht: 0.2, gevonden: 0.3, messageId: "sleutelKloptNiet" },
      ],
    },
    {
      // The same slip with the key typed in percents under "%": the figures as the cells show them.
      name: "een verkeerd percentage, getypt als getal (30,00 waar 20,00)",
      workbook: () =>
        table(["30,00", "10,00", "35,00", "25,00", "10,00"], SHARES, ["100,00", 250000], "%"),
      errors: [{ cel: "B3", ernst: "fout", verwacht: 20, gevonden: 30 }],
    },
    {
      // Totaal 260.000: 20% of it would be 52.000, but every share follows 250.000, their sum.
      name: "een verkeerd totaalbedrag dat alle aandelen volgen",
      workbook: () => table(KEYS, SHARES, ["100,00%", 260000]),
      errors: [
        {
          cel: "C8",
          ernst: "fout",
          verwacht: 250000,
          gevonden: 260000,
          messageId: "totaalKloptNiet",
        },
      ],
    },
    {
      // The keys add up to 100%, the Totaal says 110%: no key explains it, the Totaal is the slip.
      name: "totaal van de percentages 110% waar ze optellen tot 100%",
      workbook: () => table(KEYS, SHARES, ["110,00%", 250000]),
      errors: [
        { cel: "B8", ernst: "fout", verwacht: 1, gevonden: 1.1, messageId: "bedragKloptNiet" },
      ],
    },
    {
      // Hengelo +500 and Enschede -500 on the fourteen: Hengelo 32.916 where 12,97% x 250.000 = 32.425;
      // Enschede 62.646 where 25,26% x 250.000 = 63.150 (161.852 / 640.787 = 25,258% shows as 25,26%).
      name: "veertien gemeenten, Hengelo +500 en Enschede -500: twee fouten",
      workbook: () => fourteen({ Hengelo: 500, Enschede: -500 }),
      errors: [
        { cel: "C6", ernst: "fout", verwacht: 63150, gevonden: 62646 },
        { cel: "C9", ernst: "fout", verwacht: 32425, gevonden: 32916 },
      ],
    },
    {
      // Growth percentages adding up to 15% are no key: said once, and the table's Totaal is still checked
      // (the Bijdrage rows add up to 250.000, the Totaal says 250.100).
      name: "percentages die geen verdeelsleutel zijn: gemeld, en het totaal nog gecontroleerd",
      workbook: () =>
        table(["1,00%", "2,00%", "3,00%", "4,00%", "5,00%"], SHARES, ["15,00%", 250100], "Groei %"),
      errors: [
        { cel: "B3", ernst: "info", messageId: "sleutelOnduidelijk" },
        { cel: "C8", ernst: "fout", verwacht: 250000, gevonden: 250100 },
      ],
    },
  ],
});
