import { defineKind } from "./kind";

/**
 * A distribution over the municipalities by a key printed as percentages ("Verdeelsleutel %": 11,57%, or a
 * key of jeugdigen already turned into shares), with the amounts distributed (the columns no role names,
 * recognised by their content). A table with an inwoners column is a `verdeling`: its key is the inwoners.
 */
export const verdelingPercentage = defineKind({
  id: "verdeling-percentage",
  title: "Verdeling over de gemeenten",
  roles: [{ role: "sleutel", words: /\bverdeelsleutel|\bsleutel\b|\bpercentage|\bprocent|%/ }],
  required: ["sleutel"],
  labelWords: /^gemeente|^deelnemer/,
  requiresLabel: true,
  excludes: /\binwoners\b/,
});
