/**
 * The Berap-sjabloon: the layout of the example workbook, but every total, result line, matrix and
 * cross-reference is an Excel formula (SUM, SUMIFS, references to the programme sheets), so a controller
 * types only the developments and the other source figures and cannot hard-code a total.
 *
 * Without data it is the empty template; with the published 2e Berap 2025 it is the filled copy whose
 * typed cells are the published source figures.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { developmentRow, LayoutCell, LayoutRow, LayoutSheet, listHeader } from "./berapLayout";

const N = 15; // rows per list of developments
const THOUSANDS = "#,##0;-#,##0";
const bold = (value: string): LayoutCell => ({ value, bold: true });
const input = (v: number | null | undefined, numFmt = THOUSANDS): LayoutCell =>
  v === null || v === undefined ? { value: null } : { value: v, numFmt };
const f = (formula: string, numFmt = THOUSANDS): LayoutCell => ({ value: null, formula, numFmt });
const ref = (sheet: string, address: string) => `'${sheet}'!${address}`;
const PROGRAMMES = ["GGD Twente", "OZJT", "Veilig Thuis Twente", "Bestuur & Ondersteuning"];
const BLOCKS: Record<string, (string | null)[]> = {
  "Bestuur & Ondersteuning": ["Bedrijfsvoering", "Concern"],
};
const SOORT = ["I", "M", "S"];
const FIN: [string, string][] = [
  ["R", "R Rijksbijdrage"],
  ["P", "P Projecten"],
  ["G", "G Gemeentelijke bijdrage"],
];

/** Where the programme sheets keep their figures, for the summary and the consolidated tables. */
interface ProgrammeCells {
  bedrijfsresultaat: string;
  cao: string;
  inclCao: string;
  rente?: string;
  jaarrekening: string;
  matrix: string[][]; // [R, P, G, bottom][I, M, S, Totaal] addresses
}

function programmeSheet(
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

function summarySheet(data: any | undefined, cells: Map<string, ProgrammeCells>): LayoutSheet {
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
const LASTEN_FIRST = 6;

function begrotingSheet(data: any | undefined): LayoutSheet {
  const a = data?.begrotingsafwijkingen;
  const rows: LayoutRow[] = [
    [bold("Begroting")],
    ["Bedragen x EUR 1.000"],
    [],
    [bold("Lasten")],
    [bold("Programma"), ...["Actueel begroot", "Prognose", "Verschil"].map(bold)],
  ];
  const labels = ["GGD Twente", "OZJT", "VTT", "Bestuur en ondersteuning"];
  const table = (part: "lasten" | "baten") => {
    const first = rows.length + 1;
    for (const label of labels) {
      const r = rows.length + 1;
      rows.push([
        label,
        input(a?.[part][label]?.[0]),
        input(a?.[part][label]?.[1]),
        f(`C${r}-B${r}`),
      ]);
    }
    const last = rows.length;
    rows.push([
      bold("Subtotaal basistaken"),
      ...["B", "C", "D"].map((c) => f(`SUM(${c}${first}:${c}${last})`)),
    ]);
    return rows.length;
  };
  const lastenTotal = table("lasten");
  rows.push(
    [],
    [bold("Baten")],
    [bold("Programma"), ...["Actueel begroot", "Prognose", "Verschil"].map(bold)]
  );
  const batenTotal = table("baten");
  const s = rows.length + 1;
  rows.push([
    bold("Saldo (verwacht jaarrekeningresultaat)"),
    f(`B${lastenTotal}-B${batenTotal}`),
    f(`C${lastenTotal}-C${batenTotal}`),
    f(`B${s}-C${s}`),
  ]);
  return { name: "Begroting", rows, widths: [45, 16, 16, 16] };
}

function caoSheet(data: any | undefined): LayoutSheet {
  const c = data?.cao_ontwikkeling;
  const rows: LayoutRow[] = [
    [bold("Cao-ontwikkeling")],
    ["Bedragen x EUR 1.000"],
    [],
    [
      bold("Programma"),
      ...["Stijging salariskosten", "Begrote stijging", "Overschot cao-ontwikkeling"].map(bold),
    ],
  ];
  const first = rows.length + 1;
  for (const label of ["GGD Twente", "OZJT", "VTT", "Bestuur en Ondersteuning"]) {
    const r = rows.length + 1;
    rows.push([label, input(c?.[label]?.[0]), input(c?.[label]?.[1]), f(`C${r}-B${r}`)]);
  }
  const sub = rows.length + 1;
  rows.push([
    bold("Subtotaal"),
    ...["B", "C", "D"].map((col) => f(`SUM(${col}${first}:${col}${sub - 1})`)),
  ]);
  const baten = rows.length + 1;
  const b = c?.["Verwachte stijging baten van derden"];
  rows.push([
    "Verwachte stijging baten van derden",
    input(b?.[0]),
    input(b?.[1]),
    f(`B${baten}-C${baten}`),
  ]);
  const t = rows.length + 1;
  rows.push([bold("Totaal"), f(`B${sub}-B${baten}`), f(`C${sub}-C${baten}`), f(`C${t}-B${t}`)]);
  return { name: "Cao", rows, widths: [40, 22, 22, 26] };
}

function weerstandSheet(data: any | undefined): LayoutSheet {
  const w = data?.weerstandsvermogen;
  const rows: LayoutRow[] = [
    [bold("Weerstandsvermogen")],
    ["Bedragen x EUR 1.000"],
    [],
    [
      bold("Reserve"),
      ...[
        "Benodigd weerstandscapaciteit",
        "Beschikbaar weerstandscapaciteit",
        "Ratio weerstandsvermogen",
      ].map(bold),
    ],
  ];
  const reserves = [
    "Bestemmingsreserve GGD Twente",
    "Bestemmingsreserve OZJT",
    "Bestemmingsreserve Veilig Thuis Twente",
    "Bestemmingsreserve Bedrijfsvoering",
    "Algemene reserve SamenTwente",
  ];
  const find = (label: string) => w?.rijen.find((r: any[]) => r[0] === label);
  const first = rows.length + 1;
  for (const label of reserves) {
    const r = rows.length + 1;
    rows.push([
      label,
      input(find(label)?.[1]),
      input(find(label)?.[2]),
      f(`IF(B${r}>0,C${r}/B${r},"-")`, "0.0"),
    ]);
  }
  const sub = rows.length + 1;
  rows.push([
    bold("Subtotaal weerstandsvermogen"),
    f(`SUM(B${first}:B${sub - 1})`),
    f(`SUM(C${first}:C${sub - 1})`),
    f(`IF(B${sub}>0,C${sub}/B${sub},"-")`, "0.0"),
  ]);
  const corr = w?.rijen.find((r: any[]) => /^Correctie/.test(r[0]));
  rows.push([corr?.[0] ?? "Correctie", input(corr?.[1]), input(corr?.[2])]);
  const t = rows.length + 1;
  rows.push([
    bold("Totaal"),
    f(`SUM(B${sub}:B${t - 1})`),
    f(`SUM(C${sub}:C${t - 1})`),
    f(`IF(B${t}>0,C${t}/B${t},"-")`, "0.0"),
  ]);
  return { name: "Weerstandsvermogen", rows, widths: [70, 24, 24, 16] };
}

/**
 * The sjabloon: empty (no data) or filled with the published source figures. `published` gives the labels
 * of the standard rows (investment categories, taakstellingen) in both cases. The ontwikkeling van de
 * begroting is left out: its published explanation does not add up to the development (a real difference
 * of 2), so a sheet of formulas on those figures cannot be without fout.
 */
export function templateLayout(
  data: any | undefined,
  published: any,
  inwoners: [string, number][]
): LayoutSheet[] {
  const cells = new Map<string, ProgrammeCells>();
  const programmes = PROGRAMMES.map((name) =>
    programmeSheet(
      name,
      data?.programmas.find((p: any) => p.naam === name),
      cells
    )
  );
  return [
    ...programmes,
    summarySheet(data, cells),
    caoSheet(data),
    weerstandSheet(data),
    begrotingSheet(data),
    ...templateExtraSheets(data, published, inwoners),
  ];
}

/** Investeringen: per item gerealiseerd, prognose and bijdragen typed; subtotals, groups and Totaal formulas. */
function investeringenSheet(data: any | undefined, published: any): LayoutSheet {
  const rows: LayoutRow[] = [
    [bold("Investeringen")],
    ["Bedragen x EUR 1.000"],
    [],
    [bold("Investering"), ...published.investeringen.kolommen.map(bold)],
  ];
  const source: [string, ...number[]][] = published.investeringen.rijen.filter(
    (r: any[]) => r[0] !== "Totaal"
  );
  const groups: number[] = [];
  let group: { row: number; items: number[] } | undefined;
  const closeGroup = () => {
    if (!group) return;
    const { row, items } = group;
    const sum = (c: string) => (items.length ? f(items.map((r) => `${c}${r}`).join("+")) : f("0"));
    rows[row - 1] = [rows[row - 1][0], sum("B"), sum("C"), sum("D"), sum("E"), sum("F")];
  };
  for (const [label, g, p, , bijdragen] of source) {
    const r = rows.length + 1;
    if (label.trim().endsWith(":")) {
      closeGroup();
      group = { row: r, items: [] };
      groups.push(r);
      rows.push([bold(label)]);
    } else {
      group?.items.push(r);
      const typed = data ? [input(g), input(p)] : [input(null), input(null)];
      rows.push([
        label,
        ...typed,
        f(`B${r}+C${r}`),
        data ? input(bijdragen) : input(null),
        f(`D${r}+E${r}`),
      ]);
    }
  }
  closeGroup();
  rows.push([
    bold("Totaal"),
    ...["B", "C", "D", "E", "F"].map((c) => f(groups.map((r) => `${c}${r}`).join("+"))),
  ]);
  return { name: "Investeringen", rows, widths: [55, 14, 14, 14, 14, 14] };
}

/** Taakstellingen: amounts typed, subtotals and saldo formulas. */
function taakstellingenSheet(data: any | undefined, published: any): LayoutSheet {
  const t = published.taakstellingen;
  const rows: LayoutRow[] = [
    [bold("Taakstellingen")],
    ["Bedragen x EUR 1.000"],
    [],
    [bold("Taakstelling"), bold("Karakter"), bold("Bedrag")],
  ];
  const part = (items: [string, string, number][], subtotal: string) => {
    const first = rows.length + 1;
    for (const [label, karakter, v] of items)
      rows.push([label, karakter, data ? input(v) : input(null)]);
    rows.push([bold(subtotal), undefined, f(`SUM(C${first}:C${rows.length})`)]);
    return rows.length;
  };
  const a = part(t.in_te_vullen, "Subtotaal in te vullen");
  rows.push([bold("Wijze van invulling")]);
  const b = part(t.wijze_van_invulling_2025, "Subtotaal invulling");
  rows.push([bold("Saldo"), undefined, f(`C${a}+C${b}`)]);
  return { name: "Taakstellingen", rows, widths: [60, 14, 14] };
}

/** Ziekteverzuim: the parts typed, the total a formula. */
function personeelSheet(data: any | undefined, published: any): LayoutSheet {
  const z = published.ziekteverzuim;
  const parts = Object.keys(z).filter((k) => k !== "kolommen" && !k.startsWith("Totaal"));
  const rows: LayoutRow[] = [
    [bold("Ziekteverzuim")],
    [],
    [bold("Verzuimduur"), ...z.kolommen.map(bold)],
  ];
  const first = rows.length + 1;
  const pct = (text: string) =>
    Number((Number(text.replace("%", "").replace(",", ".")) / 100).toFixed(4));
  for (const k of parts)
    rows.push([
      k,
      ...z[k].map((v: string) => (data ? input(pct(v), "0.0%") : input(null, "0.0%"))),
    ]);
  rows.push([
    bold("Totaal SamenTwente"),
    ...["B", "C", "D"].map((c) => f(`SUM(${c}${first}:${c}${rows.length})`, "0.0%")),
  ]);
  return { name: "Personeel", rows, widths: [30, 14, 14, 14] };
}

/** Verdeling over alle 14 gemeenten: inhabitants and the amounts to distribute typed, every share a formula. */
function verdelingSheet(data: any | undefined, inwoners: [string, number][]): LayoutSheet {
  const f0 = data?.frictiekosten_verdeling;
  const columns = [
    "Aantal inwoners",
    "Gereserveerd bedrag",
    "Bijgesteld bedrag",
    "Toe te voegen aan reserve",
    "Saldo (uit te keren aan gemeenten)",
  ];
  const rows: LayoutRow[] = [
    [bold("Verdeling over de gemeenten")],
    ["Bedragen in hele euro's"],
    [],
    [bold("Gemeente"), ...columns.map(bold)],
  ];
  const first = rows.length + 1;
  const total = first + inwoners.length;
  for (const [naam, n] of inwoners) {
    const r = rows.length + 1;
    const share = (c: string) => f(`ROUND(${c}$${total}*$B${r}/$B$${total},0)`);
    rows.push([naam, input(n), share("C"), share("D"), share("E"), f(`SUM(C${r}:E${r})`)]);
  }
  const amounts = (i: number) => (f0 ? input(f0.Totaal[i]) : input(null));
  rows.push([
    bold("Totaal"),
    f(`SUM(B${first}:B${total - 1})`),
    amounts(1),
    amounts(2),
    amounts(3),
    f(`SUM(C${total}:E${total})`),
  ]);
  return { name: "Verdeling", rows, widths: [22, 16, 18, 18, 22, 26] };
}

/** The sjabloon sheets beyond the programmes and the summary. */
export function templateExtraSheets(
  data: any | undefined,
  published: any,
  inwoners: [string, number][]
): LayoutSheet[] {
  return [
    investeringenSheet(data, published),
    taakstellingenSheet(data, published),
    personeelSheet(data, published),
    verdelingSheet(data, inwoners),
  ];
}
