import { defineKind } from "./kind";

/** A distribution over the municipalities: a key column (inwoners) and amounts distributed naar rato. */
export const verdeling = defineKind({
  id: "verdeling",
  title: "Verdeling over de gemeenten",
  roles: [
    { role: "inwoners", words: /\binwoners\b/ },
    { role: "saldo", words: /^saldo\b/ },
    { role: "bedrag1", words: /./ },
    { role: "bedrag2", words: /./ },
    { role: "bedrag3", words: /./ },
    { role: "bedrag4", words: /./ },
    { role: "bedrag5", words: /./ },
    { role: "bedrag6", words: /./ },
  ],
  required: ["inwoners"],
  labelWords: /^gemeente/,
});
