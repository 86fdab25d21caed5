import { defineKind } from "./kind";

/**
 * A distribution over the municipalities: a key column (inwoners), amounts distributed naar rato (the
 * columns no role names, recognised by their content) and an optional saldo or Totaal column, their sum per row.
 */
export const verdeling = defineKind({
  id: "verdeling",
  title: "Verdeling over de gemeenten",
  roles: [
    { role: "inwoners", words: /\binwoners\b/ },
    // "Totaal" over a column of row sums (2026 | 2027 | 2028 | Totaal); the Totaal row is a label, no column.
    { role: "saldo", words: /^saldo\b|^totaal$/ },
  ],
  required: ["inwoners"],
  labelWords: /^gemeente/,
});
