import { AmountCell, RecognizedBerap } from "../tables/types";

/** Every figure cell of every recognized table, with the name of its table (built only when needed). */
export function allCells(berap: RecognizedBerap): { cell: AmountCell; table: () => string }[] {
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
