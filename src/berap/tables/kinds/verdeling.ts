import { defineKind } from "./kind";

/**
 * A distribution over the municipalities: a key column (inwoners), amounts distributed naar rato (the
 * columns no role names, recognised by their content) and an optional saldo.
 */
export const verdeling = defineKind({
  id: "verdeling",
  title: "Verdeling over de gemeenten",
  roles: [
    { role: "inwoners", words: /\binwoners\b/ },
    { role: "saldo", words: /^saldo\b/ },
  ],
  required: ["inwoners"],
  labelWords: /^gemeente/,
});
