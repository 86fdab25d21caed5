import { defineKind } from "./kind";

/**
 * The risk inventory: per risk its chance, its financial consequence and the weerstandscapaciteit it needs;
 * the Totaal is the benodigde weerstandscapaciteit of the weerstandsvermogen table.
 */
export const risicoInventarisatie = defineKind({
  id: "risico-inventarisatie",
  title: "Risico-inventarisatie",
  roles: [
    { role: "kans", words: /\bkans\b/ },
    { role: "gevolg", words: /\bgevolg|\bimpact\b|\bomvang\b/ },
    // "Risicobedrag": the word at the end of a compound too.
    { role: "benodigd", words: /\bbenodigd|\bweerstandscapaciteit\b|bedrag\b|€/ },
  ],
  required: ["benodigd"],
  labelWords: /^risico(?!bedrag)/,
  requiresLabel: true,
  genericTotals: true,
});
