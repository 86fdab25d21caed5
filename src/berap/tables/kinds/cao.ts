import { defineKind } from "./kind";

/**
 * The cao table: the actual rise of the wage costs against the budgeted rise, per programme. The surplus
 * (Overschot) is begroot - werkelijk; older Beraps show a Tekort = werkelijk - verwacht.
 */
export const cao = defineKind({
  id: "cao",
  title: "Cao-ontwikkeling",
  roles: [
    { role: "saldo", words: /\boverschot\b|\btekort\b/ },
    { role: "begroot", words: /\bbegrot|\bverwachte? (stijging|toename)|\bgeraamd/ },
    { role: "werkelijk", words: /\bstijging|\bwerkelijk|\btoename|\bsalariskosten/ },
  ],
  required: ["begroot", "werkelijk", "saldo"],
  labelWords: /^programma/,
});
