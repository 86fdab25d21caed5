import { Decimal, formatDutchNumber } from "../../calc";
import { isSubtotalLabel, isTotalLabel, normalizeLabel, programmeOf } from "../tables/labels";
import { check, gridsOf, headerOf, line, sumOf, valueOf } from "./helpers";
import { defineRule } from "./rule";
import { Grid, GridRow } from "../tables/types";

const isBaten = (label: string) => /baten/.test(normalizeLabel(label));

const CAO_KOP = [
  "Programma",
  "Stijging salariskosten 2025 (2,6%)",
  "Begrote stijging (5,3%)",
  "Overschot cao-ontwikkeling (2,7%)",
];
const CAO_GGD = ["GGD Twente", 554, 1117, 563];
const CAO_OZJT = ["OZJT", 50, 99, 49];
const CAO_BATEN = ["Verwachte stijging baten van derden", 143, 150, -7];

/**
 * True when the saldo column holds a tekort as a positive amount (werkelijk - begroot). Only a column headed
 * Tekort can: older Beraps wrote "Tekort cao ontwikkeling" as werkelijk - verwacht, others headed it Tekort
 * but kept begroot - werkelijk, the tekort negative as on the programme sheets. The figures decide, as for the
 * baten: the reading the column's figures are nearest to (summed differences), the header's on a tie; so a
 * column consistent under either reading gives no fout, and a mixed one reports the rows that differ.
 */
function tekortPositive(grid: Grid, surplusOf: (row: GridRow) => Decimal | undefined): boolean {
  if (!/tekort/.test(normalizeLabel(headerOf(grid, "saldo")))) return false;
  let asTekort = new Decimal(0);
  let asOverschot = new Decimal(0);
  for (const row of grid.rows) {
    const surplus = surplusOf(row);
    const shown = valueOf(row.cell("saldo"));
    if (surplus === undefined || shown === undefined) continue;
    asTekort = asTekort.plus(shown.plus(surplus).abs());
    asOverschot = asOverschot.plus(shown.minus(surplus).abs());
  }
  return asTekort.lessThanOrEqualTo(asOverschot);
}

export const caoTabel = defineRule({
  meta: {
    id: "cao-tabel",
    naam: "Cao-tabel",
    beschrijving:
      "Cao-tabel: het overschot is de begrote stijging min de werkelijke stijging van de salariskosten (een tekort: werkelijk min begroot, of begroot min werkelijk als negatief bedrag; de cijfers beslissen; bij de baten andersom); Subtotaal en Totaal tellen op; het overschot per programma is de cao-regel op het blad van dat programma.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg:
          "Overschot = begroot - stijging: GGD Twente 1.117 - 554 = 563, OZJT 99 - 50 = 49; Subtotaal 604, 1.216, 612; bij de baten andersom: 143 - 150 = -7; Totaal 604 - 143 = 461, 1.216 - 150 = 1.066, 612 - 7 = 605.",
        bladen: {
          Cao: [
            ["Cao-ontwikkeling 2025"],
            CAO_KOP,
            CAO_GGD,
            CAO_OZJT,
            ["Subtotaal", 604, 1216, 612],
            CAO_BATEN,
            ["Totaal", 461, 1066, 605],
          ],
        },
      },
      kloptNiet: {
        uitleg:
          "De tabel zoals gepubliceerd: VTT 313 - 149 = 164, er staat 163; het Subtotaal van de stijging 554 + 50 + 149 + 174 = 927, er staat 928. Beide een verschil van 1: afrondingsverschillen.",
        bladen: {
          Cao: [
            ["Cao-ontwikkeling 2025"],
            CAO_KOP,
            CAO_GGD,
            CAO_OZJT,
            ["VTT", 149, 313, 163],
            ["Bestuur en Ondersteuning", 174, 361, 187],
            ["Subtotaal", 928, 1890, 962],
            CAO_BATEN,
            ["Totaal", 785, 1740, 955],
          ],
        },
      },
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "cao")) {
      const programmeRows = grid.rows.filter((r) => programmeOf(r.label) && !isTotalLabel(r.label));
      const subtotal = grid.rows.find((r) => isSubtotalLabel(r.label));
      const batenRows = grid.rows.filter((r) => isBaten(r.label) && !isTotalLabel(r.label));
      // Baten are written either as positive rises (overschot = werkelijk - begroot, Totaal = Subtotaal - baten)
      // or with the signs they have in the total (-143 | -150 | -7: overschot = begroot - werkelijk, Totaal =
      // Subtotaal + baten). Negative rises say which: the figures decide the reading, not an assumption.
      const signed =
        batenRows.length > 0 &&
        batenRows.every((r) =>
          ["werkelijk", "begroot"].some((role) => valueOf(r.cell(role))?.isNegative())
        );
      const surplusOf = (row: GridRow): Decimal | undefined => {
        const s = valueOf(row.cell("werkelijk"));
        const b = valueOf(row.cell("begroot"));
        if (s === undefined || b === undefined) return undefined;
        return isBaten(row.label) && !signed ? s.minus(b) : b.minus(s);
      };
      const tekort = tekortPositive(grid, surplusOf);
      const againstLines: (() => void)[] = [];
      for (const row of grid.rows) {
        const where = `${grid.title}, ${row.label}`;
        const surplus = surplusOf(row);
        // The terms with their signs, so that a rise typed wrong that its column's Subtotaal also points
        // at is the one slip (slips.ts), not the overschot beside it.
        const added = (isBaten(row.label) && !signed) !== tekort ? "werkelijk" : "begroot";
        const subtracted = added === "werkelijk" ? "begroot" : "werkelijk";
        if (surplus !== undefined)
          check(
            ctx,
            row.cell("saldo"),
            tekort ? surplus.negated() : surplus,
            `${where}, ${headerOf(grid, "saldo")}`,
            {
              cells: [row.cell("begroot"), row.cell("werkelijk")],
              plus: [row.cell(added)],
              minus: [row.cell(subtracted)],
              ambiguous: true,
              grid,
            }
          );
        const p = ctx.berap.programmes.find((q) => q.name === programmeOf(row.label));
        const own = p ? line(p, "cao") : undefined;
        const ownValue = valueOf(own);
        const shown = valueOf(row.cell("saldo"));
        if (!p || !own || ownValue === undefined || isTotalLabel(row.label)) continue;
        // After the table's own arithmetic: a row cell its Subtotaal shows to be the slip is known by then,
        // and the programme's line that agrees with what the cell should be is no second fout (slips.ts).
        againstLines.push(() => {
          if (tekort && ownValue.isNegative()) {
            // The table shows the tekort as a positive amount, the programme prints it as a negative line: the
            // line is checked against the table, so both figures the message shows stand in a cell.
            if (shown !== undefined)
              check(
                ctx,
                own,
                shown.negated(),
                `Cao-regel op het blad ${p.sheets[0]} tegen ${where} (daar ${formatDutchNumber(shown)}: een tekort, op het blad negatief)`,
                { cells: [row.cell("saldo")], minus: [row.cell("saldo")], grid }
              );
          } else
            check(
              ctx,
              row.cell("saldo"),
              ownValue,
              `${where} tegen de cao-regel op het blad ${p.sheets[0]}`,
              { cells: [own], plus: [own], grid }
            );
        });
      }
      const roles = ["werkelijk", "begroot", "saldo"];
      if (subtotal) {
        for (const role of roles) {
          const parts = programmeRows.map((r) => r.cell(role));
          check(
            ctx,
            subtotal.cell(role),
            sumOf(parts),
            `${grid.title}, ${subtotal.label}, ${headerOf(grid, role)}`,
            {
              cells: parts,
              plus: parts,
              grid,
            }
          );
        }
      }
      const total = grid.rows.find((r) => isTotalLabel(r.label) && !isSubtotalLabel(r.label));
      // Without a Subtotaal row the programme rows are the subtotal, when every row is a programme or baten.
      const closed =
        subtotal ??
        (grid.rows.every(
          (r) => isTotalLabel(r.label) || programmeRows.includes(r) || batenRows.includes(r)
        ) && programmeRows.length > 0
          ? undefined
          : null);
      if (total && closed !== null) {
        const subOf = (role: string) =>
          closed ? valueOf(closed.cell(role)) : sumOf(programmeRows.map((r) => r.cell(role)));
        for (const role of ["werkelijk", "begroot"]) {
          const sub = subOf(role);
          const baten = sumOf(batenRows.map((r) => r.cell(role)));
          if (sub && baten)
            check(
              ctx,
              total.cell(role),
              signed ? sub.plus(baten) : sub.minus(baten),
              `${grid.title}, ${total.label}, ${headerOf(grid, role)}`,
              {
                grid,
              }
            );
        }
        const parts = [
          ...(closed ? [closed] : programmeRows).map((r) => r.cell("saldo")),
          ...batenRows.map((r) => r.cell("saldo")),
        ];
        check(
          ctx,
          total.cell("saldo"),
          sumOf(parts),
          `${grid.title}, ${total.label}, ${headerOf(grid, "saldo")}`,
          {
            cells: parts,
            plus: parts,
            grid,
          }
        );
      }
      againstLines.forEach((run) => run());
    }
  },
});
