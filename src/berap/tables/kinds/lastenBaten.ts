import { defineKind } from "./kind";

/**
 * Lasten (or baten) per programme: actual budget, forecast and their difference, often with the difference
 * as a percentage of the budget ("% van begroting", "Verschil in %"): a header with a % is that column, and
 * never a second begroot.
 */
export const lastenBaten = defineKind({
  id: "lasten-baten",
  title: "Lasten en baten",
  roles: [
    { role: "procent", words: /%|\bprocent\b|\bpercentage\b/ },
    { role: "begroot", words: /\bbegro(ot|ting)\b|\bbudget\b/ },
    { role: "prognose", words: /\bprognose\b|\bverwacht/ },
    { role: "verschil", words: /\bverschil\b|\bafwijking\b/ },
  ],
  required: ["begroot", "prognose", "verschil"],
  labelWords: /^programma|\blasten\b|\bbaten\b/,
});
