import { defineKind } from "./kind";

/** Resultaat per financiering: rows R/P/G and the bedrijfsresultaat, columns I/M/S/Totaal. */
export const financieringsmatrix = defineKind({
  id: "financieringsmatrix",
  title: "Resultaat per financiering",
  roles: [
    { role: "I", words: /\bincidenteel\b/ },
    { role: "M", words: /\bmeerjarig\b/ },
    { role: "S", words: /\bstructureel\b/ },
    { role: "totaal", words: /\btotaal\b/ },
  ],
  required: ["I", "M", "S"],
  labelWords: /\bfinanciering\b/,
  perProgramme: true,
});
