import { defineRule } from "./rule";

export const tabelNietHerkend = defineRule({
  meta: {
    id: "tabel-niet-herkend",
    naam: "Niet gelezen",
    beschrijving:
      "Wat de controle niet kon lezen: een tabel zonder herkenbare kolommen, een programma zonder bedrijfsresultaat of matrix.",
    ernst: "waarschuwing",
    messages: {},
  },
  check(ctx) {
    for (const problem of ctx.berap.problems)
      ctx.report({
        ref: problem.ref,
        sheet: problem.sheet,
        bericht: problem.message,
        ernst: problem.ernst,
      });
    for (const p of ctx.berap.programmes) {
      if (p.lists.length === 0) continue;
      if (!p.lines.some((l) => l.kind === "bedrijfsresultaat")) {
        ctx.report({
          sheet: p.sheets[0],
          bericht: `${p.name}: de regel Verwacht bedrijfsresultaat is niet gevonden.`,
        });
      }
      if (!p.matrix && !p.doorwerking) {
        ctx.report({
          sheet: p.sheets[0],
          ernst: "info",
          bericht: `${p.name}: geen tabel Resultaat per financiering of doorwerking gevonden.`,
        });
      }
    }
  },
});
