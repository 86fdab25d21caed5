import { programmeSheet, workbook } from "../../support/ruleTester";

/**
 * Veilig Thuis Twente with three slips for the rules on single developments: soort 'X' (A6), an omschrijving
 * without financing code (B7), -5 among the positives (C8) and 10 among the negatives (G6).
 */
export const vttWithSlips = () =>
  workbook(
    programmeSheet(
      "Veilig Thuis Twente",
      [
        ["X", "Personele kosten (G)", 22],
        ["I", "UWV uitkeringen", 69],
        ["I", "Overig (R)", -5],
      ],
      [["M", "Subsidie (P)", 10]],
      [86, 10]
    )
  );

/** The same programme without slips. */
export const vttClean = () =>
  workbook(
    programmeSheet(
      "Veilig Thuis Twente",
      [
        ["I", "Personele kosten (G)", 22],
        ["I", "UWV uitkeringen (R)", 69],
      ],
      [["M", "Subsidie (P)", -10]],
      [91, -10]
    )
  );
