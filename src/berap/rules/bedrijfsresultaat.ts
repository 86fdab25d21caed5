import { check, line, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";
import { Decimal } from "../../calc";

export const bedrijfsresultaat = defineRule({
  meta: {
    id: "bedrijfsresultaat",
    naam: "Verwacht bedrijfsresultaat",
    beschrijving:
      "Verwacht bedrijfsresultaat = Totaal positief + Totaal negatief (per blok en voor het programma).",
    ernst: "fout",
    messages: {},
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
