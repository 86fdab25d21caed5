import { defineRule } from "./rule";
import { ggdSheet } from "./examples";

export const tabelNietHerkend = defineRule({
  meta: {
    id: "tabel-niet-herkend",
    naam: "Niet gelezen",
    beschrijving:
      "Wat de controle niet kon lezen, meldt ze: een tabel waarvan de kolommen niet te herkennen zijn, een programma zonder de regel Verwacht bedrijfsresultaat of zonder tabel Resultaat per financiering. Wat niet gelezen is, is ook niet gecontroleerd.",
    ernst: "waarschuwing",
    messages: {
      // What recognition could not read comes as one sentence of its own (src/berap/tables).
      nietGelezen: "{{melding}}",
      geenBedrijfsresultaat: "{{programma}}: de regel Verwacht bedrijfsresultaat is niet gevonden.",
      geenFinancieringstabel:
        "{{programma}}: geen tabel Resultaat per financiering of doorwerking gevonden.",
      // Said by the engine itself, for the whole workbook.
      geenBerapTabel:
        "Geen Berap-tabel herkend: er is niets gecontroleerd ({{gezien}}). De controle herkent tabellen aan hun kopjes (zoals Soort | Omschrijving | bedrag, Lasten | Baten | Saldo) en labels, en rekent in elke andere tabel de Totaal-regels na.",
      nietAlsBerap: "De werkmap kon niet worden gelezen als Berap: {{melding}}",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Een programmablad met beide lijsten en de regel Verwacht bedrijfsresultaat (307 - 189 = 118): alles is gelezen.",
        bladen: ggdSheet({ regels: [["Verwacht bedrijfsresultaat", 118]] }),
      },
      kloptNiet: {
        uitleg:
          "Onder de lijsten staat 'Resultaat 2025' (118 = 307 - 189) in plaats van 'Verwacht bedrijfsresultaat': de controle vindt de regel niet, dus het resultaat van het programma is niet gecontroleerd.",
        bladen: ggdSheet({ regels: [["Resultaat 2025", 118]] }),
      },
    },
  },
  check(ctx) {
    for (const problem of ctx.berap.problems)
      ctx.report({
        ref: problem.ref,
        sheet: problem.sheet,
        messageId: "nietGelezen",
        data: { melding: problem.message },
        ernst: problem.ernst,
      });
    for (const p of ctx.berap.programmes) {
      if (p.lists.length === 0) continue;
      // The programme's first list, where its developments start: a finding about it points there.
      const first = p.lists[0];
      const ref = {
        sheet: first.sheet,
        row: first.headerRow,
        col: first.items[0]?.soort.ref.col ?? first.total?.ref.col ?? 1,
      };
      if (!p.lines.some((l) => l.kind === "bedrijfsresultaat")) {
        ctx.report({
          ref,
          messageId: "geenBedrijfsresultaat",
          data: { programma: p.name },
        });
      }
      if (!p.matrix && !p.doorwerking) {
        ctx.report({
          ref,
          ernst: "info",
          messageId: "geenFinancieringstabel",
          data: { programma: p.name },
        });
      }
    }
  },
});
