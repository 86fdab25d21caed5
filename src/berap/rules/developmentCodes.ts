import { parseFinanciering, parseSoort } from "../../calc";
import { Development, DevelopmentList, Programme } from "../tables/types";
import { defineRule, RuleContext } from "./rule";

/** Every development of every programme, with its list (for the sign) and programme (for the message). */
function eachDevelopment(
  ctx: RuleContext,
  visit: (item: Development, list: DevelopmentList, p: Programme) => void
): void {
  for (const p of ctx.berap.programmes)
    for (const list of p.lists) for (const item of list.items) visit(item, list, p);
}

export const ontwikkelingSoort = defineRule({
  meta: {
    id: "ontwikkeling-soort",
    beschrijving:
      "Elke ontwikkeling heeft een geldige soort: I (incidenteel), M (meerjarig) of S (structureel).",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    eachDevelopment(ctx, (item, _list, p) => {
      if (parseSoort(item.soort.text)) return;
      ctx.report({
        ref: item.soort.ref,
        bericht: `${p.name}, '${item.omschrijving.text || "ontwikkeling"}': soort '${item.soort.text}' is geen I, M of S.`,
        gevonden: item.soort.text,
        verwacht: "I, M of S",
      });
    });
  },
});

export const ontwikkelingFinanciering = defineRule({
  meta: {
    id: "ontwikkeling-financiering",
    beschrijving:
      "Elke omschrijving eindigt op de financieringscode (R), (P) of (G), of de lijst heeft een kolom Financiering. Een Berap zonder financieringscodes (zoals alle vóór 2025) krijgt één melding, geen fout per regel.",
    ernst: "fout",
    messages: {
      codeOntbreekt:
        "{{programma}}, '{{omschrijving}}': de financieringscode (R), (P) of (G) ontbreekt.",
      geenCodes:
        "Deze Berap gebruikt geen financieringscodes (R), (P) of (G) bij de ontwikkelingen; de tabel Resultaat per financiering is daarom niet uit de ontwikkelingen na te rekenen.",
    },
  },
  check(ctx) {
    if (!ctx.berap.conventions.financingCodes) {
      const first = ctx.berap.programmes.flatMap((p) => p.lists.flatMap((l) => l.items))[0];
      if (first) ctx.report({ ref: first.omschrijving.ref, ernst: "info", messageId: "geenCodes" });
      return;
    }
    eachDevelopment(ctx, (item, _list, p) => {
      if (parseFinanciering(item.financiering?.text ?? item.omschrijving.text)) return;
      ctx.report({
        ref: item.financiering?.ref ?? item.omschrijving.ref,
        messageId: "codeOntbreekt",
        data: { programma: p.name, omschrijving: item.omschrijving.text },
        gevonden: item.financiering?.text ?? item.omschrijving.text,
        verwacht: "omschrijving die eindigt op (R), (P) of (G)",
      });
    });
  },
});

export const ontwikkelingTeken = defineRule({
  meta: {
    id: "ontwikkeling-teken",
    beschrijving: "Positieve ontwikkelingen zijn 0 of meer, negatieve 0 of minder.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    eachDevelopment(ctx, (item, list, p) => {
      const a = item.bedrag.amount;
      if (a.kind !== "getal" || a.value.isZero()) return;
      const wrong = list.sign === "positief" ? a.value.isNegative() : a.value.isPositive();
      if (!wrong) return;
      ctx.report({
        ref: item.bedrag.ref,
        bericht: `${p.name}, '${item.omschrijving.text}': een ${list.sign === "positief" ? "positieve" : "negatieve"} ontwikkeling met bedrag ${a.value.toString()}.`,
        gevonden: a.value.toNumber(),
        verwacht: list.sign === "positief" ? ">= 0" : "<= 0",
      });
    });
  },
});
