import { defineKind } from "./kind";

/** Sickness absence: percentages per duration class, one column per period ("t/m aug 2025"). */
export const ziekteverzuim = defineKind({
  id: "ziekteverzuim",
  title: "Ziekteverzuim",
  roles: [
    { role: "periode1", words: /\bt m\b|\bverzuim\w* .*\b20\d\d\b/ },
    { role: "periode2", words: /\bt m\b|\bverzuim\w* .*\b20\d\d\b/ },
    { role: "periode3", words: /\bt m\b|\bverzuim\w* .*\b20\d\d\b/ },
    { role: "periode4", words: /\bt m\b|\bverzuim\w* .*\b20\d\d\b/ },
  ],
  required: ["periode1"],
  labelWords: /^verzuimduur|^verzuim/,
  genericTotals: true,
});
