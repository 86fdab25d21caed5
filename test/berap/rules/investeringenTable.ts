import { sheet, workbook } from "../../support/ruleTester";

/**
 * Investments in two groups; the Subtotaal of Computers (D4) given. By hand with 444: Machines 131 + 366 = 497,
 * 0 + 78 = 78, 131 + 444 = 575, 83 + 444 = 527; Computers 366 + 78 = 444; Totaal 497 + 56 = 553,
 * 78 + 54 = 132, 575 + 110 = 685, 527 + 110 = 637.
 */
export const investeringenMet = (computersSubtotaal: number) =>
  workbook(
    sheet("Investeringen", [
      [
        "Investering",
        "Gerealiseerd t/m sep",
        "Prognose",
        "Subtotaal investeringen",
        "Bijdragen van derden",
        "Totaal investeringen",
      ],
      ["Machines:", 497, 78, 575, -48, 527],
      ["  Telefoons", 131, 0, 131, -48, 83],
      ["  Computers", 366, 78, computersSubtotaal, 0, 444],
      ["Gebouwen:", 56, 54, 110, 0, 110],
      ["  Verbouwingen", 56, 54, 110, 0, 110],
      ["Totaal", 553, 132, 685, -48, 637],
    ])
  );
