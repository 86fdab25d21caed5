import { Decimal, parseSoort } from "../../calc";
import { check, line, sumOf, valueOf } from "./helpers";
import { Rule } from "./rule";

export const doorwerking: Rule = {
  id: "doorwerking",
  beschrijving:
    "Doorwerkingstabel (oudere Beraps): per soort is Voordelig de som van de positieve en Nadelig van de negatieve ontwikkelingen; Totaal = Voordelig + Nadelig; de totaalrij telt op.",
  ernst: "fout",
  check(ctx) {
    for (const p of ctx.berap.programmes) {
      const grid = p.doorwerking;
      if (!grid) continue;
      const name = `${p.name}, ${grid.title}`;
      const bySoort = new Map(
        grid.rows.map((r) => [parseSoort(r.label.split(/\s/)[0]) ?? parseSoort(r.label), r])
      );
      for (const [soort, row] of bySoort) {
        if (!soort) continue;
        for (const [c, sign] of [
          [0, "positief"],
          [1, "negatief"],
        ] as const) {
          const items = p.lists
            .filter((l) => l.sign === sign)
            .flatMap((l) => l.items.filter((i) => parseSoort(i.soort.text) === soort));
          check(
            ctx,
            row.cells[c],
            sumOf(items.map((i) => i.bedrag)),
            `${name}, ${row.label}, ${grid.headers[c]}`
          );
        }
        check(
          ctx,
          row.cells[2],
          sumOf(row.cells.slice(0, 2)),
          `${name}, ${row.label}, ${grid.headers[2]}`
        );
      }
      const total = grid.rows.find(
        (r) => !parseSoort(r.label.split(/\s/)[0]) && !parseSoort(r.label)
      );
      if (!total) continue;
      const soortRows = [...bySoort.entries()].filter(([s]) => s).map(([, r]) => r);
      for (let c = 0; c < 3; c++)
        check(
          ctx,
          total.cells[c],
          sumOf(soortRows.map((r) => r.cells[c])),
          `${name}, ${total.label}, ${grid.headers[c]}`
        );
      const result = valueOf(line(p, "bedrijfsresultaat"));
      if (result !== undefined)
        check(
          ctx,
          total.cells[2],
          result ?? new Decimal(0),
          `${name}, totaal tegen het verwacht bedrijfsresultaat`
        );
    }
  },
};
