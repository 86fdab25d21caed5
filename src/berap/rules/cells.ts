import { formatDutchNumber } from "../../calc";
import { isTotalLabel } from "../tables/labels";
import { AmountCell, RecognizedBerap } from "../tables/types";
import { defineRule } from "./rule";

/** Every figure cell of every recognized table, with the name of its table (built only when needed). */
function allCells(berap: RecognizedBerap): { cell: AmountCell; table: () => string }[] {
  const out: { cell: AmountCell; table: () => string }[] = [];
  for (const p of berap.programmes) {
    for (const l of p.lists) {
      for (const i of l.items)
        out.push({ cell: i.bedrag, table: () => `${p.name}, ontwikkelingen` });
      if (l.total) out.push({ cell: l.total, table: () => `${p.name}, ontwikkelingen` });
    }
    for (const line of p.lines)
      out.push({ cell: line.value, table: () => `${p.name}, ${line.label}` });
  }
  const programmeGrids = berap.programmes.flatMap((p) =>
    [p.matrix, p.doorwerking].filter((x) => x !== undefined)
  );
  for (const g of [...berap.grids, ...programmeGrids]) {
    for (const r of g.rows)
      for (const c of r.cells) out.push({ cell: c, table: () => `${g.title}, ${r.label.trim()}` });
  }
  return out;
}

export const foutwaarde = defineRule({
  meta: {
    id: "foutwaarde",
    beschrijving: "Geen Excel-foutwaarden (#DEEL/0!, #VERW!, #N/B, ...) in een tabel.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const { cell, table } of allCells(ctx.berap)) {
      if (cell.amount.kind !== "foutwaarde") continue;
      ctx.report({
        ref: cell.ref,
        bericht: `${table()}: de cel bevat de foutwaarde ${cell.amount.error}.`,
        gevonden: cell.amount.error,
      });
    }
  },
});

export const onleesbaar = defineRule({
  meta: {
    id: "onleesbaar",
    beschrijving: "Elke cel in een bedragkolom is een getal, een streepje (nihil) of leeg.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const { cell, table } of allCells(ctx.berap)) {
      if (cell.amount.kind !== "onleesbaar") continue;
      ctx.report({
        ref: cell.ref,
        bericht: `${table()}: '${cell.amount.text}' is geen bedrag.`,
        gevonden: cell.amount.text,
      });
    }
  },
});

export const totaalZonderFormule = defineRule({
  meta: {
    id: "totaal-zonder-formule",
    beschrijving:
      "Totalen zijn formules, geen ingetypte getallen (een ingetypt totaal loopt niet mee als een regel verandert).",
    ernst: "info",
    messages: {},
  },
  check(ctx) {
    const tables = new Map<string, AmountCell[]>();
    const add = (table: string, cell: AmountCell | undefined) => {
      if (!cell || cell.formula || cell.amount.kind !== "getal") return;
      tables.set(table, [...(tables.get(table) ?? []), cell]);
    };
    for (const p of ctx.berap.programmes)
      for (const l of p.lists) add(`${p.name}, ontwikkelingen ${l.block ?? ""}`.trim(), l.total);
    // In a distribution the Totaal row holds the amounts being distributed: typed by nature.
    for (const g of ctx.berap.grids.filter((grid) => grid.kind !== "verdeling"))
      for (const r of g.rows)
        if (isTotalLabel(r.label)) r.cells.forEach((c) => add(`${g.sheet}: ${g.title}`, c));
    for (const [table, cells] of tables) {
      ctx.report({
        ref: cells[0].ref,
        bericht: `${table}: ${formatDutchNumber(cells.length)} ${cells.length === 1 ? "totaal is" : "totalen zijn"} ingetypt in plaats van berekend met een formule.`,
        gevonden: cells.length,
      });
    }
  },
});

export const tabelNietHerkend = defineRule({
  meta: {
    id: "tabel-niet-herkend",
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
