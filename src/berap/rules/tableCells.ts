import { Amount } from "../model/amount";
import { AmountCell, RecognizedBerap } from "../tables/types";

/**
 * The figure cells of every recognized table whose amount is of this kind (a foutwaarde, an unreadable
 * text), in reading order, with the name of their table. Such cells are rare: the others are passed over
 * without building anything for them.
 */
export function cellsOfKind(
  berap: RecognizedBerap,
  kind: Amount["kind"]
): { cell: AmountCell; table: string }[] {
  const out: { cell: AmountCell; table: string }[] = [];
  for (const p of berap.programmes) {
    for (const l of p.lists) {
      for (const i of l.items)
        if (i.bedrag.amount.kind === kind)
          out.push({ cell: i.bedrag, table: `${p.name}, ontwikkelingen` });
      if (l.total && l.total.amount.kind === kind)
        out.push({ cell: l.total, table: `${p.name}, ontwikkelingen` });
    }
    for (const line of p.lines)
      if (line.value.amount.kind === kind)
        out.push({ cell: line.value, table: `${p.name}, ${line.label}` });
  }
  const programmeGrids = berap.programmes.flatMap((p) =>
    [p.matrix, p.doorwerking].filter((x) => x !== undefined)
  );
  for (const g of [...berap.grids, ...programmeGrids]) {
    for (const r of g.rows)
      for (const c of r.cells)
        if (c.amount.kind === kind) out.push({ cell: c, table: `${g.title}, ${r.label.trim()}` });
  }
  return out;
}
