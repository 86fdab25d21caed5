import { check, sumOf } from "./helpers";
import { defineRule } from "./rule";

export const lijstTotaal = defineRule({
  meta: {
    id: "lijst-totaal",
    naam: "Totaal van de ontwikkelingen",
    beschrijving: "Het Totaal van een lijst ontwikkelingen is de som van de ontwikkelingen.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const p of ctx.berap.programmes) {
      for (const list of p.lists) {
        const where = [p.name, list.block, `Totaal ${list.sign}`].filter(Boolean).join(", ");
        check(ctx, list.total, sumOf(list.items.map((i) => i.bedrag)), where);
      }
    }
  },
});
