import { normalizeLabel } from "../tables/labels";
import { ResultLineKind } from "../tables/types";
import { check, line, valueOf } from "./helpers";
import { defineRule } from "./rule";
import { ggdResultaatRegels, ggdSheet } from "./examples";

export const resultaatRegels = defineRule({
  meta: {
    id: "resultaat-regels",
    naam: "Resultaat incl. cao en jaarrekeningresultaat",
    beschrijving:
      "Het verwacht resultaat incl. cao is het bedrijfsresultaat plus de cao-ontwikkeling (een tekort zonder minteken gaat eraf); het jaarrekeningresultaat is dat plus het rentevoordeel schatkistbankieren.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "GGD Twente: bedrijfsresultaat 118 + overschot cao-ontwikkeling 562 = 680, het resultaat incl. cao; zonder rentevoordeel is het jaarrekeningresultaat ook 680.",
        bladen: ggdSheet({ regels: ggdResultaatRegels() }),
      },
      kloptNiet: {
        uitleg:
          "118 + 562 = 680, maar incl. cao staat er 690 (verschil 10); het jaarrekeningresultaat 680 klopt met de berekende 680 (er is geen rentevoordeel).",
        bladen: ggdSheet({ regels: ggdResultaatRegels(690) }),
      },
    },
  },
  check(ctx) {
    for (const p of ctx.berap.programmes) {
      const base = valueOf(line(p, "bedrijfsresultaat"));
      const printed = valueOf(line(p, "cao"));
      if (base === undefined || printed === undefined) continue;
      // "Tekort cao ontwikkeling 210": a tekort printed as a positive figure lowers the result.
      const label = normalizeLabel(p.lines.find((l) => l.kind === "cao")?.label ?? "");
      const tekort = /^(tekort|nadeel)/.test(label) && printed.isPositive() && !printed.isZero();
      const cao = tekort ? printed.negated() : printed;
      const inclCao = base.plus(cao);
      const terms = [line(p, "bedrijfsresultaat"), ...(tekort ? [] : [line(p, "cao")])];
      const minus = tekort ? [line(p, "cao")] : [];
      // Each line by its label as printed ("Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel").
      const labelOf = (kind: ResultLineKind, standard: string) =>
        `${p.name}, ${p.lines.find((l) => l.kind === kind)?.label ?? standard}`;
      check(
        ctx,
        line(p, "incl-cao"),
        inclCao,
        labelOf("incl-cao", "Verwacht resultaat incl. cao-ontwikkeling"),
        { plus: terms, minus }
      );
      const rente = valueOf(line(p, "rente"));
      check(
        ctx,
        line(p, "jaarrekening"),
        inclCao.plus(rente ?? 0),
        labelOf("jaarrekening", "Verwacht jaarrekeningresultaat"),
        { plus: [...terms, line(p, "rente")], minus }
      );
    }
  },
});
