import { defineKind } from "./kind";

/**
 * A begrotingswijziging in one table: lasten, baten and saldo before the change, the change and after it,
 * the group ("voor wijziging", "wijziging", "na wijziging") in the header row above the column's own header.
 * After = before + change in every column; lasten - baten = saldo in every group.
 */
export const begrotingswijziging = defineKind({
  id: "begrotingswijziging",
  title: "Begrotingswijziging",
  roles: [
    {
      role: "voor-lasten",
      words: /\b(voor|huidig|huidige|oud|oude|primaire|primitieve|primitief|actuele)\b.*\blasten\b/,
    },
    {
      role: "voor-baten",
      words: /\b(voor|huidig|huidige|oud|oude|primaire|primitieve|primitief|actuele)\b.*\bbaten\b/,
    },
    {
      role: "voor-saldo",
      words:
        /\b(voor|huidig|huidige|oud|oude|primaire|primitieve|primitief|actuele)\b.*\b(saldo|bijdrage)\b/,
    },
    { role: "na-lasten", words: /\b(na|nieuw|nieuwe|gewijzigde|bijgestelde)\b.*\blasten\b/ },
    { role: "na-baten", words: /\b(na|nieuw|nieuwe|gewijzigde|bijgestelde)\b.*\bbaten\b/ },
    {
      role: "na-saldo",
      words: /\b(na|nieuw|nieuwe|gewijzigde|bijgestelde)\b.*\b(saldo|bijdrage)\b/,
    },
    { role: "wijziging-lasten", words: /\b(wijziging|mutatie)\b.*\blasten\b/ },
    { role: "wijziging-baten", words: /\b(wijziging|mutatie)\b.*\bbaten\b/ },
    { role: "wijziging-saldo", words: /\b(wijziging|mutatie)\b.*\b(saldo|bijdrage)\b/ },
  ],
  required: ["voor-lasten", "wijziging-lasten", "na-lasten"],
  labelWords: /^programma/,
  // "Programma" under a group text ("Wijziging" over Programma | Lasten | ...) heads a table of its own: three
  // tables side by side, each with its own row labels and order (the rule wijziging-tabellen pairs them).
  excludes: / programma$/,
  relations: [
    { result: "voor-saldo", plus: ["voor-lasten"], minus: ["voor-baten"], signFromFigures: true },
    {
      result: "wijziging-saldo",
      plus: ["wijziging-lasten"],
      minus: ["wijziging-baten"],
      signFromFigures: true,
    },
    { result: "na-saldo", plus: ["na-lasten"], minus: ["na-baten"], signFromFigures: true },
    { result: "na-lasten", plus: ["voor-lasten", "wijziging-lasten"] },
    { result: "na-baten", plus: ["voor-baten", "wijziging-baten"] },
    { result: "na-saldo", plus: ["voor-saldo", "wijziging-saldo"] },
    // Over several years (lasten, baten or saldo per table, a column per year under its phase): per year.
    { result: "na-{jaar}", plus: ["voor-{jaar}", "wijziging-{jaar}"] },
  ],
  genericTotals: true,
  groupedHeader: true,
  headerWords: /\blasten\b|\bbaten\b|\bsaldo\b/,
});
