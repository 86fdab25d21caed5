import { defineKind } from "./kind";

/** Taakstellingen: groups of items with a Subtotaal each and a Saldo; a text column Karakter. */
export const taakstellingen = defineKind({
  id: "taakstellingen",
  title: "Taakstellingen",
  roles: [{ role: "bedrag", words: /\bbedrag\b|\beur\b|€/ }],
  required: ["bedrag"],
  labelWords: /^taakstelling/,
  requiresLabel: true,
  excludes: /\bsoort\b|\bomschrijving\b/,
});
