import { programmeSheet, workbook } from "../../support/ruleTester";

/** OZJT with #DIV/0! (C6) and the text 'veel' (C7) among its developments; Totaal positief a formula (C8). */
export const ozjtWithUnreadable = () =>
  workbook(
    programmeSheet(
      "OZJT",
      [
        ["I", "A (G)", { error: "#DIV/0!" }],
        ["I", "B (G)", "veel"],
      ],
      [],
      [{ v: 5, f: "SUM(C6:C7)" }, "-"]
    )
  );

/** The same lists with figures: 2 + 3 = 5, the Totaal a formula. */
export const ozjtClean = () =>
  workbook(
    programmeSheet(
      "OZJT",
      [
        ["I", "A (G)", 2],
        ["I", "B (G)", 3],
      ],
      [],
      [{ v: 5, f: "SUM(C6:C7)" }, "-"]
    )
  );
