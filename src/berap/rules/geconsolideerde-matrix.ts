import { Decimal } from "../../calc";
import { normalizeLabel } from "../tables/labels";
import { check, gridsOf, headerOf, line, sumOf, valueOf } from "./helpers";
import { checkMatrixTotals, MATRIX_COLUMNS, matrixRows } from "./financiering-matrix";
import { defineRule } from "./rule";
import { UNKNOWN_ROW_MESSAGES } from "./unknownRows";

/** The consolidated matrix of the 2e Berap 2025 with the lines under it; the jaarrekeningresultaat given. */
const totaalMatrix = (jaarrekening: number) => ({
  Samenvatting: [
    ["Resultaat per financiering (totaal)"],
    ["Financiering", "Incidenteel", "Meerjarig", "Structureel", "Totaal"],
    ["Rijksbijdrage", 119, 163, "-", 282],
    ["Projecten", "-", -137, "-", -137],
    ["Gemeentelijke bijdrage", 521, -25, -466, 30],
    ["Verwacht bedrijfsresultaat", 640, 1, -466, 175],
    ["Cao ontwikkeling", null, null, null, 961],
    ["Rente schatkistbankieren", null, null, null, 241],
    ["Verwacht jaarrekeningresultaat", null, null, null, jaarrekening],
  ],
});

export const geconsolideerdeMatrix = defineRule({
  meta: {
    id: "geconsolideerde-matrix",
    naam: "Geconsolideerd resultaat per financiering",
    beschrijving:
      "Resultaat per financiering voor heel SamenTwente: elke cel is de som van die cel bij de programma's; de totalen kloppen; de regels cao, rente en jaarrekeningresultaat eronder sluiten aan.",
    ernst: "fout",
    messages: { ...UNKNOWN_ROW_MESSAGES },
    voorbeelden: {
      klopt: {
        uitleg:
          "De gepubliceerde matrix: rijen 119 + 163 = 282, -137, 521 - 25 - 466 = 30; kolommen 119 + 521 = 640, 163 - 137 - 25 = 1, -466, 175; jaarrekeningresultaat 175 + 961 + 241 = 1.377.",
        bladen: totaalMatrix(1377),
      },
      kloptNiet: {
        uitleg:
          "Het jaarrekeningresultaat staat op 1.367, maar 175 + 961 + 241 = 1.377 (verschil 10).",
        bladen: totaalMatrix(1367),
      },
    },
  },
  check(ctx) {
    // Against the programmes only when every programme with developments has its matrix: a sum over some
    // of them proves nothing (the missing matrix is reported by tabel-niet-herkend).
    const complete = ctx.berap.programmes.every((p) => p.matrix || p.lists.length === 0);
    const programmes = complete ? ctx.berap.programmes.filter((p) => p.matrix) : [];
    for (const grid of gridsOf(ctx, "financieringsmatrix")) {
      const name = grid.title || "Resultaat per financiering (totaal)";
      checkMatrixTotals(ctx, grid, name);
      const { byCode, bottom } = matrixRows(grid);
      if (programmes.length > 0) {
        for (const [code, row] of byCode) {
          for (const role of MATRIX_COLUMNS) {
            const parts = programmes.map((p) => matrixRows(p.matrix!).byCode.get(code)?.cell(role));
            if (parts.every((x) => x))
              check(
                ctx,
                row.cell(role),
                sumOf(parts),
                `${name}, ${row.label}, ${headerOf(grid, role)} tegen de programma's`,
                { cells: parts, plus: parts, grid }
              );
          }
        }
      }
      // Lines under the matrix: cao, rente and the jaarrekeningresultaat, each in its last filled column.
      const lastFilled = (cells: (typeof grid.rows)[number]["cells"]) =>
        [...cells].reverse().find((c) => c.amount.kind !== "nihil") ?? cells[cells.length - 1];
      const extra = (pattern: RegExp) =>
        grid.rows.find((r) => pattern.test(normalizeLabel(r.label)));
      const caoRow = extra(/cao/);
      const renteRow = extra(/rente/);
      const jaarRow = extra(/jaarrekening/);
      // Cao and rente under the matrix are the sums of the programmes' own lines.
      for (const [row, kind] of [
        [caoRow, "cao"],
        [renteRow, "rente"],
      ] as const) {
        if (!row || ctx.berap.programmes.length === 0) continue;
        const lines = ctx.berap.programmes.map((p) => line(p, kind)).filter((c) => c);
        check(
          ctx,
          lastFilled(row.cells),
          sumOf(lines),
          `${name}, ${row.label} tegen de programma's`,
          {
            plus: lines,
          }
        );
      }
      if (jaarRow && bottom) {
        const parts = [
          valueOf(bottom.cell("totaal")),
          caoRow ? valueOf(lastFilled(caoRow.cells)) : new Decimal(0),
          renteRow ? valueOf(lastFilled(renteRow.cells)) : new Decimal(0),
        ];
        if (parts.every((x) => x !== undefined)) {
          check(
            ctx,
            lastFilled(jaarRow.cells),
            parts.reduce((a, b) => a!.plus(b!), new Decimal(0)),
            `${name}, ${jaarRow.label}`
          );
        }
      }
    }
  },
});
