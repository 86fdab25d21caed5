import { Decimal, formatDutchNumber, parseDutchNumber } from "../../calc";

/** What the Bedrag field holds: an amount, a question (two readings), or a Dutch sentence on what is wrong. */
export type AmountReading =
  | { readonly kind: "bedrag"; readonly value: Decimal }
  | {
      readonly kind: "vraag";
      readonly question: string;
      readonly options: readonly { readonly label: string; readonly text: string }[];
    }
  | { readonly kind: "fout"; readonly error: string; readonly suggestion?: string };

/**
 * Reads an amount as a controller types it, the Dutch way ("295.000", "665000,50", "-/- 12.000", "€ 1.000").
 * What a Dutch reader would take differently from an English one is asked, never guessed: "665,000" is 665
 * in Dutch and 665 thousand in English. Every other mistake gets its own message, with the Dutch spelling
 * to use where one can be given.
 *
 * @example readAmount("665.000")   // { kind: "bedrag", value: 665000 }
 * @example readAmount("665,000")   // { kind: "vraag", options: 665.000 or 665 }
 * @example readAmount("665000.50") // { kind: "fout", suggestion: "665000,50" }
 */
export function readAmount(text: string): AmountReading {
  const t = text.trim().replace(/\s+/g, " ");
  if (t === "") return { kind: "fout", error: "Typ een bedrag, bijvoorbeeld 295.000." };
  const bare = t.replace(/^(€|eur)\s?/i, "").replace(/\s/g, "");
  const sign = bare.startsWith("-") ? "-" : "";
  const digits = bare.replace(/^[-+]/, "");
  if (/%$/.test(bare))
    return { kind: "fout", error: "Een bedrag is geen percentage: typ het bedrag in euro's." };
  if (/^\d{1,3},\d{3}$/.test(digits)) {
    const [whole, part] = digits.split(",");
    return {
      kind: "vraag",
      question: `Is '${t}' ${formatDutchNumber(`${sign}${whole}${part}`)} of ${formatDutchNumber(`${sign}${whole}.${part}`)}? In het Nederlands staat de komma voor de decimalen.`,
      options: [
        {
          label: `€ ${formatDutchNumber(`${sign}${whole}${part}`, 2)}`,
          text: `${sign}${whole}.${part}`,
        },
        {
          label: `€ ${formatDutchNumber(`${sign}${whole}.${part}`, 2)}`,
          text: formatDutchNumber(`${sign}${whole}.${part}`),
        },
      ],
    };
  }
  const parsed = parseDutchNumber(t);
  if (parsed.kind === "getal") return { kind: "bedrag", value: parsed.value };
  if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(digits)) {
    const [whole, fraction] = digits.split(".");
    const dutch = `${sign}${whole.replace(/,/g, ".")}${fraction ? `,${fraction}` : ""}`;
    return {
      kind: "fout",
      error: `'${t}' is Engels geschreven (komma's tussen de duizendtallen). In het Nederlands: ${dutch}.`,
      suggestion: dutch,
    };
  }
  if (/^\d+\.\d{1,2}$/.test(digits) || /^\d{4,}\.\d+$/.test(digits)) {
    const dutch = `${sign}${digits.replace(".", ",")}`;
    return {
      kind: "fout",
      error: `In het Nederlands staat voor de decimalen een komma, geen punt: ${dutch}.`,
      suggestion: dutch,
    };
  }
  if (/^[\d.,]+$/.test(digits) && /\./.test(digits)) {
    return {
      kind: "fout",
      error: `'${t}' is geen bedrag: een punt staat tussen groepen van drie cijfers (1.234.567) en een komma voor de decimalen (1.234,50).`,
    };
  }
  if (parsed.kind === "nihil")
    return { kind: "fout", error: "Typ een bedrag, bijvoorbeeld 295.000." };
  return {
    kind: "fout",
    error: `'${t}' is geen bedrag: typ cijfers, bijvoorbeeld 295.000 of 295000,50.`,
  };
}

/** "Gelezen als € 665.000,00": at least the two decimals of euros and cents, more when typed. */
export function readAs(value: Decimal): string {
  return `Gelezen als € ${formatDutchNumber(value, Math.max(2, value.decimalPlaces()))}`;
}
