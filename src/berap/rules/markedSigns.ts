import { Amount } from "../model/amount";
import { AmountCell, Grid, GridRow } from "../tables/types";
import { printedPositive } from "./helpers";

/**
 * The table as its V/N marks mean it: in a verschil column printed without signs ("35 | N"), a figure marked N is
 * negative, so that a Totaal adds the voordelen and subtracts the nadelen (500 V + 35 N + 100 V = 565 V).
 * A table without marks, or whose columns carry their own signs, is returned as it is.
 */
export function signedByMarks(grid: Grid): Grid {
  const marks = grid.marks;
  if (!marks || ![...marks.values()].includes("N")) return grid;
  // Only a verschil takes its sign from the marks: the begroting and realisatie beside it are amounts.
  const unsigned = grid.roles.map((role) => role === "verschil" && printedPositive(grid, role));
  if (!unsigned.some(Boolean)) return grid;
  const rows = grid.rows.map((row): GridRow => {
    if (marks.get(row.row) !== "N") return row;
    const cells = row.cells.map((cell, c) => (unsigned[c] ? negated(cell) : cell));
    return { ...row, cells, cell: (role) => cells[grid.roles.indexOf(role)] };
  });
  return { ...grid, rows };
}

function negated(cell: AmountCell): AmountCell {
  const a = cell.amount;
  if (a.kind !== "getal") return cell;
  const amount: Amount = {
    ...a,
    value: a.value.negated(),
    integer: a.integer === undefined ? undefined : -a.integer,
  };
  return { ...cell, amount };
}
