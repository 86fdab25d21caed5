import { defineKind } from "./kind";

/** The explanation of the differences: each item's difference and its share of the total difference. */
export const toelichtingVerschillen = defineKind({
  id: "toelichting-verschillen",
  title: "Toelichting verschillen",
  roles: [
    { role: "aandeel", words: /t o v (het )?totaal|\baandeel\b|% van/ },
    { role: "verschil", words: /\bverschil\b/ },
  ],
  required: ["verschil", "aandeel"],
});
