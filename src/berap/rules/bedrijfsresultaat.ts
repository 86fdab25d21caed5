import {
  check,
  line,
  listsRead,
  LISTS_UNREAD_MESSAGES,
  reportListsUnread,
  sumOf,
  valueOf,
} from "./helpers";
import { defineRule } from "./rule";
import { AmountCell } from "../tables/types";
import { Decimal } from "../../calc";
import { ggdSheet } from "./examples";

export const bedrijfsresultaat = defineRule({
  meta: {
    id: "bedrijfsresultaat",
    naam: "Verwacht bedrijfsresultaat",
    beschrijving:
      "Het verwacht bedrijfsresultaat is Totaal positief plus Totaal negatief, per blok en voor het hele programma.",
    ernst: "fout",
    messages: {
      ...LISTS_UNREAD_MESSAGES,
      blokNietGelezen:
        "{{wat}}: niet gecontroleerd, want bij het blok {{blok}} is geen lijst met ontwikkelingen gelezen.",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "GGD Twente: Totaal positief 307 + Totaal negatief -189 = 118, het verwacht bedrijfsresultaat.",
        bladen: ggdSheet({ regels: [["Verwacht bedrijfsresultaat", 118]] }),
      },
      kloptNiet: {
        uitleg:
          "307 + -189 = 118, maar als verwacht bedrijfsresultaat staat er 496: de negatieve ontwikkelingen zijn opgeteld in plaats van meegeteld (307 + 189 = 496; verschil 378).",
        bladen: ggdSheet({ regels: [["Verwacht bedrijfsresultaat", 496]] }),
      },
    },
  },
  check(ctx) {
    for (const p of ctx.berap.programmes) {
      if (!listsRead(p)) {
        // The lists not (all) read: their totals say nothing about the result lines.
        const first = p.lines.find(
          (l) => l.kind === "bedrijfsresultaat" || l.kind === "blokresultaat"
        );
        if (first) reportListsUnread(ctx, p, `${p.name}, ${first.label}`, { ref: first.value.ref });
        continue;
      }
      const blocks = [...new Set(p.lists.map((l) => l.block))];
      let programmeTotal: Decimal | undefined = new Decimal(0);
      const programmeTerms: AmountCell[] = [];
      for (const block of blocks) {
        const lists = p.lists.filter((l) => l.block === block);
        // Each list counts with its published Totaal; a list without one with the sum of its items.
        let result: Decimal | undefined = new Decimal(0);
        const terms: AmountCell[] = [];
        for (const l of lists) {
          const value = l.total ? valueOf(l.total) : sumOf(l.items.map((i) => i.bedrag));
          result = result && value ? result.plus(value) : undefined;
          terms.push(...(l.total ? [l.total] : l.items.map((i) => i.bedrag)));
        }
        programmeTotal = programmeTotal && result ? programmeTotal.plus(result) : undefined;
        programmeTerms.push(...terms);
        if (block) {
          const blockLine = p.lines.find(
            (l) => l.kind === "blokresultaat" && l.block?.toLowerCase() === block.toLowerCase()
          );
          // A typed Totaal that differs from its items is the slip (lijst-totaal): a line that agrees with
          // the items is right, and no second finding (the terms, see SlipRecord).
          check(ctx, blockLine?.value, result, `${p.name}, Verwacht resultaat ${block}`, {
            plus: terms,
            throughRounding: true,
          });
        }
      }
      // A block's result line whose block no list carries: said, never passed over in silence.
      for (const l of p.lines)
        if (
          l.kind === "blokresultaat" &&
          l.block &&
          !blocks.some((b) => b?.toLowerCase() === l.block!.toLowerCase())
        )
          ctx.report({
            ref: l.value.ref,
            ernst: "waarschuwing",
            messageId: "blokNietGelezen",
            data: { wat: `${p.name}, ${l.label}`, blok: l.block },
          });
      check(
        ctx,
        line(p, "bedrijfsresultaat"),
        programmeTotal,
        `${p.name}, Verwacht bedrijfsresultaat`,
        { plus: programmeTerms, throughRounding: true }
      );
    }
  },
});
