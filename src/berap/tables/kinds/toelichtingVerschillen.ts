import { defineKind } from "./kind";

/** The explanation of the differences: each item's difference and its share of the total difference. */
export const toelichtingVerschillen = defineKind({
  id: "toelichting-verschillen",
  title: "Toelichting verschillen",
  roles: [
    // "% van begroting" is a difference against the budget (a lasten-baten column), not a share of the total.
    {
      role: "aandeel",
      words:
        /t o v (het )?totaal|\baandeel\b|% van (?!(de |het )?(actuele |primaire |gewijzigde )?begro)/,
    },
    { role: "verschil", words: /\bverschil\b/ },
  ],
  required: ["verschil", "aandeel"],
});
