import { check, line, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";
import { Decimal } from "../../calc";
import { ggdSheet } from "./examples";

export const bedrijfsresultaat = defineRule({
  meta: {
    id: "bedrijfsresultaat",
    naam: "Verwacht bedrijfsresultaat",
    beschrijving:
      "Het verwacht bedrijfsresultaat is Totaal positief plus Totaal negatief, per blok en voor het hele programma.",
    ernst: "fout",
    messages: {},
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
      const blocks = [...new Set(p.lists.map((l) => l.block))];
      let programmeTotal: Decimal | undefined = new Decimal(0);
      for (const block of blocks) {
        const lists = p.lists.filter((l) => l.block === block);
        // Each list counts with its published Totaal; a list without one with the sum of its items.
        let result: Decimal | undefined = new Decimal(0);
        for (const l of lists) {
          const value = l.total ? valueOf(l.total) : sumOf(l.items.map((i) => i.bedrag));
          result = result && value ? result.plus(value) : undefined;
        }
        programmeTotal = programmeTotal && result ? programmeTotal.plus(result) : undefined;
        if (block) {
          const blockLine = p.lines.find(
            (l) => l.kind === "blokresultaat" && l.block?.toLowerCase() === block.toLowerCase()
          );
          check(ctx, blockLine?.value, result, `${p.name}, Verwacht resultaat ${block}`);
        }
      }
      if (p.lists.length > 0)
        check(
          ctx,
          line(p, "bedrijfsresultaat"),
          programmeTotal,
          `${p.name}, Verwacht bedrijfsresultaat`
        );
    }
  },
});
