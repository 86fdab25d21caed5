import { defineKind } from "./kind";

/**
 * Taakstellingen: groups of items with a Subtotaal each and a Saldo; a text column Karakter (incidenteel,
 * structureel). The label column is headed "Taakstelling", or "Omschrijving" beside that Karakter column.
 */
export const taakstellingen = defineKind({
  id: "taakstellingen",
  title: "Taakstellingen",
  roles: [{ role: "bedrag", words: /\bbedrag\b|\beur\b|€/ }],
  required: ["bedrag"],
  labelWords: /^taakstelling|^omschrijving$/,
  requiresLabel: true,
  // "Omschrijving" heads many a table: it starts a taakstellingen table only with a Karakter column.
  headerWords: /^taakstelling|^karakter$/,
  excludes: /\bsoort\b/,
});
