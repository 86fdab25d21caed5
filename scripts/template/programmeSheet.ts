/* eslint-disable @typescript-eslint/no-explicit-any */
import { developmentRow, LayoutCell, LayoutRow, LayoutSheet, listHeader } from "../berapLayout";
import { BLOCKS, bold, f, FIN, input, N, SOORT } from "./cells";

/** Where the programme sheets keep their figures, for the summary and the consolidated tables. */
export interface ProgrammeCells {
  bedrijfsresultaat: string;
  cao: string;
  inclCao: string;
  rente?: string;
  jaarrekening: string;
  matrix: string[][]; // [R, P, G, bottom][I, M, S, Totaal] addresses
}

export function programmeSheet(
  name: string,
  data: any | undefined,
  cells: Map<string, ProgrammeCells>
): LayoutSheet {
  const rows: LayoutRow[] = [[bold(name)], ["Bedragen x EUR 1.000"], []];
  const blockNames = BLOCKS[name] ?? [null];
  const lists: { sumPos: string; sumNeg: string; ranges: [string, string, string][] }[] = [];
  const blockResults: string[] = [];
  blockNames.forEach((blockName, b) => {
    const blok = data?.blokken[b];
    if (blockName) rows.push([bold(blockName)]);
    rows.push(...listHeader());
    const first = rows.length + 1;
    for (let i = 0; i < N; i++) rows.push(developmentRow(blok, i, (v) => input(v)));
    const last = rows.length;
    const totalRow = last + 1;
    rows.push([
      ,
      bold("Totaal positief"),
      f(`SUM(C${first}:C${last})`),
      ,
      ,
      bold("Totaal negatief"),
      f(`SUM(G${first}:G${last})`),
    ]);
    lists.push({
      sumPos: `C${totalRow}`,
      sumNeg: `G${totalRow}`,
      ranges: [
        [`$A$${first}:$A$${last}`, `$B$${first}:$B$${last}`, `C$${first}:C$${last}`],
        [`$E$${first}:$E$${last}`, `$F$${first}:$F$${last}`, `G$${first}:G$${last}`],
      ],
    });
    if (blockName) {
      rows.push([, bold(`Verwacht resultaat ${blockName}`), f(`C${totalRow}+G${totalRow}`)]);
      blockResults.push(`C${rows.length}`);
    } else blockResults.push(`C${totalRow}+G${totalRow}`);
    rows.push([]);
  });
  const line = (label: string, cell: LayoutCell, isBold = false) => {
    rows.push([, isBold ? bold(label) : label, cell]);
    return `C${rows.length}`;
  };
  const bedrijfsresultaat = line("Verwacht bedrijfsresultaat", f(blockResults.join("+")), true);
  const cao = line("Overschot cao-ontwikkeling", input(data?.overschot_cao_ontwikkeling));
  const inclCao = line(
    "Verwacht resultaat incl. cao-ontwikkeling",
    f(`${bedrijfsresultaat}+${cao}`),
    true
  );
  const rente =
    name === "Bestuur & Ondersteuning"
      ? line("Rentevoordeel schatkistbankieren", input(data?.rente_schatkistbankieren))
      : undefined;
  const jaarrekening = line(
    "Verwacht jaarrekeningresultaat",
    f(rente ? `${inclCao}+${rente}` : inclCao),
    true
  );
  rows.push(
    [],
    [bold("Resultaat per financiering")],
    [undefined, ...["Incidenteel (I)", "Meerjarig (M)", "Structureel (S)", "Totaal"].map(bold)]
  );
  const top = rows.length + 1;
  const matrix: string[][] = [];
  for (const [code, label] of FIN) {
    const r = rows.length + 1;
    // Every list counts: SUMIFS over the amount column, by soort and by the code the Omschrijving ends in.
    const sumifs = (s: string) =>
      lists
        .flatMap((l) => l.ranges)
        .map(([soort, oms, amount]) => `SUMIFS(${amount},${soort},"${s}",${oms},"*(${code})")`)
        .join("+");
    rows.push([label, ...SOORT.map((s) => f(sumifs(s))), f(`SUM(B${r}:D${r})`)]);
    matrix.push(["B", "C", "D", "E"].map((c) => `${c}${r}`));
  }
  const bottom = rows.length + 1;
  rows.push([
    bold("Verwacht bedrijfsresultaat"),
    ...["B", "C", "D", "E"].map((c) => f(`SUM(${c}${top}:${c}${bottom - 1})`)),
  ]);
  matrix.push(["B", "C", "D", "E"].map((c) => `${c}${bottom}`));
  cells.set(name, { bedrijfsresultaat, cao, inclCao, rente, jaarrekening, matrix });
  return { name, rows, widths: [8, 60, 12, 12, 8, 60, 12] };
}
