import { defineKind } from "./kind";

/**
 * A list of ontwikkelingen: soort (I/M/S), omschrijving (ending in its financing code from 2025 on, or with a
 * column of its own), amount. Positive and negative lists stand side by side or one below the other; the
 * title above says which. Read by tables/developments.ts, which also knows blocks and the Totaal row.
 */
export const ontwikkelingen = defineKind({
  id: "ontwikkelingen",
  title: "Ontwikkelingen",
  roles: [
    { role: "soort", words: /^soort\b/ },
    // The description column may be headed by the list's own title: "Positieve ontwikkelingen (voordelig)".
    { role: "omschrijving", words: /\bomschrijving\b|\bontwikkelingen?\b/ },
    // "Fin." and "Bron" are the short headers over a column of R/P/G codes.
    { role: "financiering", words: /\bfinanc|\bfin\b|\bcode\b|\bbron\b/ },
    { role: "bedrag", words: /\beur\b|€|\bbedrag|\bx 1 000\b|\bbedragen\b/ },
  ],
  required: ["soort", "omschrijving"],
});
