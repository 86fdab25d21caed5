import { defineKind } from "./kind";

/**
 * Lasten, baten and saldo per row: the development of the budget, a budget per programme, each part of a
 * begrotingswijziging. The saldo (gemeentelijke bijdrage) is lasten - baten on every row.
 */
export const ontwikkelingBegroting = defineKind({
  id: "ontwikkeling-begroting",
  title: "Ontwikkeling begroting",
  roles: [
    { role: "saldo", words: /\bsaldo\b|\bgemeentelijke bijdrage/ },
    { role: "lasten", words: /\blasten\b/ },
    { role: "baten", words: /\bbaten\b/ },
  ],
  required: ["lasten", "baten", "saldo"],
  labelWords: /^begroting$|^programma/,
  // Municipalities print the saldo as baten - lasten (a negative bijdrage): the figures say which.
  relations: [{ result: "saldo", plus: ["lasten"], minus: ["baten"], signFromFigures: true }],
});
