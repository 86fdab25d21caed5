import { defineKind } from "./kind";

/** Resultaat per financiering: rows R/P/G and the bedrijfsresultaat, columns I/M/S/Totaal. */
export const financieringsmatrix = defineKind({
  id: "financieringsmatrix",
  title: "Resultaat per financiering",
  // A header may be the soort's letter alone ("I | M | S | Totaal").
  roles: [
    { role: "I", words: /\bincidenteel\b|^\(?i\)?$/ },
    { role: "M", words: /\bmeerjarig\b|^\(?m\)?$/ },
    { role: "S", words: /\bstructureel\b|^\(?s\)?$/ },
    { role: "totaal", words: /\btotaal\b/ },
  ],
  required: ["I", "M", "S"],
  labelWords: /\bfinanciering\b/,
  perProgramme: true,
});
