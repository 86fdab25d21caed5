import { check, line, valueOf } from "./helpers";
import { defineRule } from "./rule";

export const resultaatRegels = defineRule({
  meta: {
    id: "resultaat-regels",
    naam: "Resultaat incl. cao en jaarrekeningresultaat",
    beschrijving:
      "Het verwacht resultaat incl. cao is het bedrijfsresultaat plus de cao-ontwikkeling; het jaarrekeningresultaat is dat plus het rentevoordeel schatkistbankieren.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const p of ctx.berap.programmes) {
      const base = valueOf(line(p, "bedrijfsresultaat"));
      const cao = valueOf(line(p, "cao"));
      if (base === undefined || cao === undefined) continue;
      const inclCao = base.plus(cao);
      check(
        ctx,
        line(p, "incl-cao"),
        inclCao,
        `${p.name}, Verwacht resultaat incl. cao-ontwikkeling`
      );
      const rente = valueOf(line(p, "rente"));
      check(
        ctx,
        line(p, "jaarrekening"),
        inclCao.plus(rente ?? 0),
        `${p.name}, Verwacht jaarrekeningresultaat`
      );
    }
  },
});
