import { defineKind } from "./kind";

/**
 * Realisatie against the budget, as in the jaarrekening: begroting (primitief and/or na wijziging),
 * realisatie and their Verschil per row. The Verschil is realisatie - begroot or begroot - realisatie
 * (positive: voordelig on the lasten); the figures say which, on every row the same.
 */
export const realisatie = defineKind({
  id: "realisatie",
  title: "Realisatie en begroting",
  roles: [
    { role: "primitief", words: /\bprimitie/ },
    { role: "begroot", words: /\bbegro(ot|ting)\b|\bbudget\b/ },
    { role: "realisatie", words: /\brealisatie\b|\bwerkelijk\b/ },
    { role: "verschil", words: /\bverschil\b|\bafwijking\b/ },
  ],
  required: ["begroot", "realisatie", "verschil"],
  labelWords: /^programma|\blasten\b|\bbaten\b/,
  relations: [
    { result: "verschil", plus: ["realisatie"], minus: ["begroot"], signFromFigures: true },
  ],
  genericTotals: true,
});
