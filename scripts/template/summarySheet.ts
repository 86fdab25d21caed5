/* eslint-disable @typescript-eslint/no-explicit-any */
import { LayoutRow, LayoutSheet } from "../berapLayout";
import { LASTEN_FIRST } from "./budgetSheets";
import { bold, f, input, PROGRAMMES, ref } from "./cells";
import { ProgrammeCells } from "./programmeSheet";

export function summarySheet(
  data: any | undefined,
  cells: Map<string, ProgrammeCells>
): LayoutSheet {
  const rows: LayoutRow[] = [
    [bold("Samenvatting")],
    ["Bedragen x EUR 1.000"],
    [],
    [bold("Verwacht resultaat per programma")],
  ];
  rows.push([
    bold("Programma"),
    ...[
      "Verwacht bedrijfsresultaat",
      "Cao ontwikkeling",
      "Verwacht resultaat incl. cao ontwikkeling",
      "Verwacht voordeel rente schatkistbankieren",
      "Verwacht jaarrekening resultaat",
    ].map(bold),
  ]);
  const first = rows.length + 1;
  for (const p of PROGRAMMES) {
    const c = cells.get(p)!;
    const r = rows.length + 1;
    rows.push([
      p,
      f(ref(p, c.bedrijfsresultaat)),
      f(ref(p, c.cao)),
      f(`B${r}+C${r}`),
      c.rente ? f(ref(p, c.rente)) : { value: "-" },
      f(`SUM(D${r},E${r})`),
    ]);
  }
  const last = rows.length;
  const totalRow = last + 1;
  rows.push([
    bold("Totaal"),
    ...["B", "C", "D", "E", "F"].map((col) => f(`SUM(${col}${first}:${col}${last})`)),
  ]);
  rows.push(
    [],
    [bold("Resultaat per financiering (totaal)")],
    [bold("Financiering"), ...["Incidenteel", "Meerjarig", "Structureel", "Totaal"].map(bold)]
  );
  const labels = [
    "Rijksbijdrage",
    "Projecten",
    "Gemeentelijke bijdrage",
    "Verwacht bedrijfsresultaat",
  ];
  labels.forEach((label, i) => {
    rows.push([
      i === 3 ? bold(label) : label,
      ...[0, 1, 2, 3].map((c) =>
        f(PROGRAMMES.map((p) => ref(p, cells.get(p)!.matrix[i][c])).join("+"))
      ),
    ]);
  });
  const bottom = rows.length;
  rows.push(["Cao ontwikkeling", , , , f(`C${totalRow}`)]);
  rows.push(["Rente schatkistbankieren", , , , f(`E${totalRow}`)]);
  rows.push([
    bold("Verwacht jaarrekeningresultaat"),
    ,
    ,
    ,
    f(`E${bottom}+E${bottom + 1}+E${bottom + 2}`),
  ]);
  // Vergelijking: the 2e Berap column follows from this summary; the 1e Berap figures are typed.
  const v = data?.vergelijking_1e_berap;
  rows.push(
    [],
    [bold("Vergelijking met de 1e Berap")],
    [
      bold("Programma"),
      ...[
        "Verwacht bedrijfsresultaat 2e Berap",
        "Verwacht bedrijfsresultaat 1e Berap",
        "Verschil",
        "Verschil t.o.v. actuele begroting",
      ].map(bold),
    ]
  );
  const vFirst = rows.length + 1;
  PROGRAMMES.forEach((p, i) => {
    const r = rows.length + 1;
    const key = Object.keys(v ?? {}).find((k) => k === p);
    rows.push([
      p,
      f(`B${first + i}`),
      input(key ? v[key][1] : undefined),
      f(`B${r}-C${r}`),
      f(
        `IF('Begroting'!B${LASTEN_FIRST + i}=0,"-",D${r}/'Begroting'!B${LASTEN_FIRST + i})`,
        "0.0%"
      ),
    ]);
  });
  const vLast = rows.length;
  const vr = vLast + 1;
  rows.push([
    bold("Totaal"),
    ...["B", "C", "D"].map((c) => f(`SUM(${c}${vFirst}:${c}${vLast})`)),
    f(`IF('Begroting'!B${LASTEN_FIRST + 4}=0,"-",D${vr}/'Begroting'!B${LASTEN_FIRST + 4})`, "0.0%"),
  ]);
  return { name: "Samenvatting", rows, widths: [45, 16, 16, 16, 16, 16] };
}

// Row of the first programme in the Lasten table on the Begroting sheet (see begrotingSheet).
