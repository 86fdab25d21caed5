import { defineKind } from "./kind";

/** Comparison with the previous Berap: new, previous, difference, difference as % of the budgeted lasten. */
export const vergelijking = defineKind({
  id: "vergelijking",
  title: "Vergelijking met de vorige Berap",
  roles: [
    { role: "procent", words: /verschil .*(t o v|%|procent|begroting)|%/ },
    { role: "nieuw", words: /\b2e berap|\btweede berap|\bberap 2\b/ },
    { role: "vorig", words: /\b1e berap|\beerste berap|\bberap 1\b/ },
    { role: "verschil", words: /\bverschil\b/ },
  ],
  required: ["nieuw", "vorig", "verschil"],
  labelWords: /^programma/,
  relations: [{ result: "verschil", plus: ["nieuw"], minus: ["vorig"] }],
});
