import { defineKind } from "./kind";

/**
 * A begrotingswijziging of one amount per row: the budget (or the gemeentelijke bijdrage) before the change,
 * the change and after it ("Programma | Begroting voor wijziging | Wijziging | Begroting na wijziging").
 * After = before + change on every row. Tables that split lasten, baten and saldo are `begrotingswijziging`,
 * tried first; the label header is required, so a group row over such a table ("Voor wijziging |
 * Wijziging | Na wijziging" above Lasten | Baten | Saldo) never heads a table of this kind.
 */
export const wijzigingPerBedrag = defineKind({
  id: "wijziging-per-bedrag",
  title: "Begrotingswijziging",
  // "na" before "wijziging": "Begroting na wijziging" holds the word "wijziging" too. A plain "Begroting 2026"
  // is the budget before the change only beside a Wijziging and a "na wijziging" (all three are required).
  roles: [
    {
      role: "na",
      words:
        /\bna (de )?([a-z0-9]+ ){0,2}(begrotings)?wijziging|\b(gewijzigde|bijgestelde|nieuwe) begroting\b|\bbegroting na\b/,
    },
    {
      role: "voor",
      words:
        /\bvoor (de )?([a-z0-9]+ ){0,2}(begrotings)?wijziging|\b(primaire|primitieve|huidige|actuele) begroting\b|\bbegroting (voor|primitief)\b|^begroting( \d{4})?$/,
    },
    { role: "wijziging", words: /^(voorgestelde )?(begrotings)?wijziging(en)?\b|^mutaties?\b/ },
  ],
  required: ["voor", "wijziging", "na"],
  labelWords: /^programma|^omschrijving|^onderdeel/,
  requiresLabel: true,
  excludes: /\blasten\b|\bbaten\b/,
  relations: [{ result: "na", plus: ["voor", "wijziging"] }],
  genericTotals: true,
  headerWords: /wijziging|mutatie/,
});
