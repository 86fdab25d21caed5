import { defineKind } from "./kind";

/**
 * A distribution over the municipalities by a key printed as percentages ("Verdeelsleutel %": 11,57%, or a
 * key of jeugdigen already turned into shares), with the amounts distributed (the columns no role names,
 * recognised by their content). A table with an inwoners column is a `verdeling`: its key is the inwoners.
 */
export const verdelingPercentage = defineKind({
  id: "verdeling-percentage",
  title: "Verdeling over de gemeenten",
  // A key of counts ("Aantal jeugdigen", "Jeugdigen 0-18") distributes naar rato of the counts too.
  roles: [
    {
      role: "sleutel",
      words: /\bverdeelsleutel|\bsleutel\b|\bpercentage|\bprocent|%|\baantal\b|\bjeugdigen\b/,
    },
  ],
  required: ["sleutel"],
  labelWords: /^gemeente|^deelnemer/,
  requiresLabel: true,
  excludes: /\binwoners\b/,
});
