import { sheet, TestCell, workbook } from "../../support/ruleTester";

/*
 * The technische begrotingswijziging of begrotingswijziging.test.ts (GGD Twente and OZJT, whole euros), for
 * the rule technische-wijziging and the header tests, with GGD Twente's change of baten `ggdBaten` instead
 * of 120.000, the table otherwise consistent. By hand, with ggdBaten = 100.000: GGD change saldo 120.000 -
 * 100.000 = 20.000, after 38.230.000, 13.988.000, 24.242.000; Totaal change 75.000, 55.000, saldo 20.000 -
 * not 0, so a technische wijziging does not leave the total saldo unchanged (G8). With 119.999: saldo 1, an
 * afrondingsverschil.
 */
export interface Technisch {
  readonly title: string;
  /** The group header over the change columns. */
  readonly group?: string;
  /** False: only Lasten and Baten per group. */
  readonly saldo?: boolean;
  /** False: no Totaal row. */
  readonly totaal?: boolean;
}

export const technisch = (ggdBaten: number, options: Technisch) => {
  const { title, group = "Wijziging", saldo = true, totaal = true } = options;
  const g = 120000 - ggdBaten;
  const cols = <T>(l: T, b: T, s: T) => (saldo ? [l, b, s] : [l, b]);
  const gap = saldo ? [, ,] : [,];
  const header = cols("Lasten", "Baten", "Saldo");
  const rows: TestCell[][] = [
    [title],
    ["Bedragen in hele euro's"],
    [],
    [, "Begroting voor wijziging", ...gap, group, ...gap, "Begroting na wijziging"],
    ["Programma", ...header, ...header, ...header],
    [
      "GGD Twente",
      ...cols(38110000, 13888000, 24222000),
      ...cols(120000, ggdBaten, g),
      ...cols(38230000, 13888000 + ggdBaten, 24222000 + g),
    ],
    [
      "OZJT",
      ...cols(3539000, 578000, 2961000),
      ...cols(-45000, -45000, 0),
      ...cols(3494000, 533000, 2961000),
    ],
  ];
  if (totaal)
    rows.push([
      "Totaal",
      ...cols(41649000, 14466000, 27183000),
      ...cols(75000, ggdBaten - 45000, g),
      ...cols(41724000, 14421000 + ggdBaten, 27183000 + g),
    ]);
  return workbook(sheet("Begrotingswijziging", rows));
};

export const TITLE = "Technische begrotingswijziging 2025";
