import { defineKind } from "./kind";

/**
 * Reserves and voorzieningen: the stand at the start of the year, what is added and withdrawn, and the stand
 * at its end ("Stand 1-1-2025 | Toevoeging | Onttrekking | Stand 31-12-2025", in BBV words "Saldo 1 januari |
 * Vermeerderingen | Verminderingen | Saldo 31 december"). Eind = begin + toevoeging - onttrekking on every
 * row; an onttrekking printed as a negative figure is added, as it stands.
 */
export const reserves = defineKind({
  id: "reserves",
  title: "Reserves en voorzieningen",
  roles: [
    {
      role: "begin",
      words:
        /\b(stand|saldo|boekwaarde)\b.*\b(1 1|1 januari|begin)\b|\bbegin(stand|saldo)\b|\bstand begin\b/,
    },
    {
      role: "eind",
      words:
        /\b(stand|saldo|boekwaarde)\b.*\b(31 12|31 december|eind)\b|\beind(stand|saldo)\b|\bstand eind\b/,
    },
    { role: "toevoeging", words: /\btoevoeging(en)?\b|\bvermeerdering(en)?\b|\bdotatie(s)?\b/ },
    {
      role: "onttrekking",
      words: /\bonttrekking(en)?\b|\bvermindering(en)?\b|\baanwending(en)?\b/,
    },
  ],
  required: ["begin", "toevoeging", "onttrekking", "eind"],
  labelWords: /^reserve|^voorziening|^omschrijving|^naam/,
  relations: [
    {
      result: "eind",
      plus: ["begin", "toevoeging", "onttrekking"],
      // Printed positive (as it mostly is), the onttrekking is subtracted; printed negative, added.
      unsigned: ["onttrekking"],
    },
  ],
  genericTotals: true,
});
