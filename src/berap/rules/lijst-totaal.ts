import { check, sumOf } from "./helpers";
import { defineRule } from "./rule";
import { ggdSheet } from "./examples";

export const lijstTotaal = defineRule({
  meta: {
    id: "lijst-totaal",
    naam: "Totaal van de ontwikkelingen",
    beschrijving: "Het Totaal van een lijst ontwikkelingen is de som van de ontwikkelingen.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "Ontwikkelingen van GGD Twente: Totaal positief 174 + 50 + 83 = 307, Totaal negatief -145 - 44 = -189; beide totalen kloppen.",
        bladen: ggdSheet(),
      },
      kloptNiet: {
        uitleg:
          "Totaal positief: 174 + 50 + 83 = 307, er staat 317 (verschil 10, een fout). Totaal negatief: -145 - 44 = -189, er staat -190 (verschil 1, een afrondingsverschil).",
        bladen: ggdSheet({ totalen: [317, -190] }),
      },
    },
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
