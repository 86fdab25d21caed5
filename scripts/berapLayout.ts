/**
 * Lays the published 2e Berap 2025 (test/fixtures/berap-2025-2.json) out as a controller's Berap workbook:
 * a sheet per programme, then Samenvatting, Cao, Weerstandsvermogen, Investeringen, Begroting, Personeel and
 * the verdeling of the frictiekosten. Values exactly as published, slips included; a dash where the report
 * prints one.
 *
 * The layout is described once, as rows of cells; `write` turns it into an ExcelJS worksheet.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Value = number | string | null;
export interface LayoutCell {
  readonly value: Value;
  /** A formula without "="; `value` is then empty and Excel or LibreOffice calculates it. */
  readonly formula?: string;
  readonly numFmt?: string;
  readonly bold?: boolean;
  /** A column header of a table: layout variants (test/berap/metamorphic) find the tables by it. */
  readonly header?: boolean;
}
export type LayoutRow = (LayoutCell | Value | undefined)[];
export interface LayoutSheet {
  readonly name: string;
  readonly rows: LayoutRow[];
  readonly widths: number[];
}

const THOUSANDS = "#,##0;-#,##0";
const bold = (value: Value): LayoutCell => ({ value, bold: true });
const head = (value: Value): LayoutCell => ({ value, bold: true, header: true });
const amount = (v: number | null): LayoutCell =>
  v === null ? { value: "-" } : { value: v, numFmt: THOUSANDS };
const percentText = (text: string): LayoutCell => {
  const decimals = text.includes(",") ? text.length - text.indexOf(",") - 2 : 0;
  const value = Number(text.replace("%", "").replace(",", ".")) / 100;
  return {
    value: Number(value.toFixed(decimals + 2)),
    numFmt: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
  };
};
const ratioText = (text: string): LayoutCell => ({
  value: Number(text.replace(",", ".")),
  numFmt: "0.0",
});

const UNIT = "Bedragen x EUR 1.000";

/** The titles and column headers of the two lists of ontwikkelingen, side by side. */
export function listHeader(): LayoutRow[] {
  const columns = [head("Soort"), head("Omschrijving"), head("x EUR 1.000")];
  return [
    [bold("Positieve ontwikkelingen"), , , , bold("Negatieve ontwikkelingen")],
    [...columns, undefined, ...columns],
  ];
}

/** Row `i` of both lists: soort, omschrijving ending in its financing code, amount. */
export function developmentRow(
  blok: any,
  i: number,
  cell: (v: number | null) => LayoutCell
): LayoutRow {
  const side = (d: [string, string, string, number | null] | undefined): LayoutRow =>
    d ? [d[0], `${d[1]} (${d[2]})`, cell(d[3])] : [undefined, undefined, undefined];
  return [...side(blok?.positief[i]), undefined, ...side(blok?.negatief[i])];
}

function programmeSheet(p: any): LayoutSheet {
  const rows: LayoutRow[] = [[bold(p.naam)], [UNIT], []];
  for (const blok of p.blokken) {
    if (blok.naam) rows.push([bold(blok.naam)]);
    rows.push(...listHeader());
    const n = Math.max(blok.positief.length, blok.negatief.length);
    for (let i = 0; i < n; i++) rows.push(developmentRow(blok, i, amount));
    rows.push([
      ,
      bold("Totaal positief"),
      amount(blok.totaal_positief),
      ,
      ,
      bold("Totaal negatief"),
      amount(blok.totaal_negatief),
    ]);
    if (blok.verwacht_resultaat_blok !== undefined)
      rows.push([, bold(`Verwacht resultaat ${blok.naam}`), amount(blok.verwacht_resultaat_blok)]);
    rows.push([]);
  }
  rows.push([, bold("Verwacht bedrijfsresultaat"), amount(p.verwacht_bedrijfsresultaat)]);
  rows.push([, "Overschot cao-ontwikkeling", amount(p.overschot_cao_ontwikkeling)]);
  if (p.verwacht_resultaat_incl_cao !== undefined)
    rows.push([
      ,
      bold("Verwacht resultaat incl. cao-ontwikkeling"),
      amount(p.verwacht_resultaat_incl_cao),
    ]);
  if (p.rente_schatkistbankieren !== null)
    rows.push([, "Rentevoordeel schatkistbankieren", amount(p.rente_schatkistbankieren)]);
  rows.push([, bold("Verwacht jaarrekeningresultaat"), amount(p.verwacht_jaarrekeningresultaat)]);
  rows.push([]);
  const matrix = p.resultaat_per_financiering;
  rows.push([bold("Resultaat per financiering")]);
  rows.push([undefined, ...matrix.kolommen.map(head)]);
  for (const [label, values] of Object.entries(matrix)) {
    if (label === "kolommen") continue;
    rows.push([
      label === "Verwacht bedrijfsresultaat" ? bold(label) : label,
      ...(values as (number | null)[]).map(amount),
    ]);
  }
  if (p.projectenbudget) {
    const pb = p.projectenbudget;
    rows.push([], [bold(`Projectenbudget ${p.naam}`)], [undefined, ...pb.kolommen.map(head)]);
    rows.push([
      "Projecten-/werkbudget beschikbaar",
      ...pb["Projecten-/werkbudget beschikbaar"].map(amount),
    ]);
    for (const [label, a, b] of pb.begrote_projecten) rows.push([label, amount(a), amount(b)]);
    rows.push([bold("Totaal"), ...pb.Totaal.map(amount)]);
    rows.push([bold("Verwacht saldo"), ...pb["Verwacht saldo"].map(amount)]);
  }
  return { name: p.naam, rows, widths: [8, 60, 12, 2, 8, 60, 12] };
}

function labelledTable(
  title: string,
  firstHeader: string,
  columns: string[],
  body: [string, LayoutCell[]][]
): LayoutRow[] {
  return [
    [bold(title)],
    [head(firstHeader), ...columns.map(head)],
    ...body.map(([label, cells]) => [
      /^(sub)?totaal|^verwacht bedrijfs|^saldo/i.test(label) ? bold(label) : label,
      ...cells,
    ]),
  ];
}

function summarySheet(b: any): LayoutSheet {
  const s = b.samenvatting;
  const m = b.resultaat_per_financiering_totaal;
  const v = b.vergelijking_1e_berap;
  const t = v.toelichting_verschillen;
  const programmes = (o: any) =>
    Object.entries(o).filter(([k]) => k !== "kolommen" && k !== "toelichting_verschillen") as [
      string,
      any[],
    ][];
  const rows: LayoutRow[] = [[bold("Samenvatting 2e Berap 2025")], [UNIT], []];
  rows.push(
    ...labelledTable(
      "Verwacht resultaat per programma",
      "Programma",
      s.kolommen,
      programmes(s).map(([k, vals]) => [k, vals.map(amount)])
    )
  );
  rows.push([]);
  const matrixBody: [string, LayoutCell[]][] = [];
  for (const [k, vals] of Object.entries(m)) {
    if (k === "kolommen") continue;
    matrixBody.push([
      k,
      Array.isArray(vals)
        ? (vals as number[]).map(amount)
        : ([undefined, undefined, undefined, amount(vals as number)] as LayoutCell[]),
    ]);
  }
  rows.push(
    ...labelledTable("Resultaat per financiering (totaal)", "Financiering", m.kolommen, matrixBody)
  );
  rows.push([]);
  rows.push(
    ...labelledTable(
      "Vergelijking met de 1e Berap 2025",
      "Programma",
      v.kolommen,
      programmes(v).map(([k, vals]) => [
        k,
        [amount(vals[0]), amount(vals[1]), amount(vals[2]), percentText(vals[3])],
      ])
    )
  );
  rows.push([]);
  rows.push(
    ...labelledTable(
      "Toelichting verschillen",
      "Omschrijving",
      t.kolommen,
      t.rijen.map(([k, a, p]: [string, number, string]) => [k, [amount(a), percentText(p)]])
    )
  );
  return { name: "Samenvatting", rows, widths: [60, 16, 16, 16, 16, 16] };
}

function caoSheet(b: any): LayoutSheet {
  const c = b.cao_ontwikkeling;
  const rows: LayoutRow[] = [[bold("Cao-ontwikkeling 2025")], [UNIT], []];
  for (const [k, text] of Object.entries(c.uitgangspunten))
    rows.push([k.replace(/_/g, " "), text as string]);
  rows.push([]);
  const body = Object.entries(c).filter(([k]) => !["kolommen", "uitgangspunten"].includes(k)) as [
    string,
    number[],
  ][];
  rows.push(
    ...labelledTable(
      "Overschot cao-ontwikkeling per programma",
      "Programma",
      c.kolommen,
      body.map(([k, vals]) => [k, vals.map(amount)])
    )
  );
  return { name: "Cao", rows, widths: [45, 30, 30, 30] };
}

function weerstandSheet(b: any): LayoutSheet {
  const w = b.weerstandsvermogen;
  const rows: LayoutRow[] = [
    [bold("Weerstandsvermogen per 1 september 2025")],
    [UNIT],
    ["Norm: " + w.norm],
    [],
  ];
  rows.push(
    ...labelledTable(
      "Ratio weerstandsvermogen",
      "Reserve",
      w.kolommen,
      w.rijen.map(([k, need, avail, ratio]: [string, number | null, number | null, string]) => [
        k,
        [amount(need), amount(avail), ratioText(ratio)],
      ])
    )
  );
  return { name: "Weerstandsvermogen", rows, widths: [70, 24, 24, 14] };
}

function investeringenSheet(b: any): LayoutSheet {
  const i = b.investeringen;
  const rows: LayoutRow[] = [[bold("Investeringen 2025")], [UNIT], []];
  rows.push(
    ...labelledTable(
      "Investeringen",
      "Investering",
      i.kolommen,
      i.rijen.map(([k, ...vals]: [string, ...number[]]) => [k, vals.map(amount)])
    )
  );
  return { name: "Investeringen", rows, widths: [55, 14, 14, 14, 14, 14] };
}

function begrotingSheet(b: any): LayoutSheet {
  const o = b.ontwikkeling_begroting;
  const t = b.taakstellingen;
  const a = b.begrotingsafwijkingen;
  const rows: LayoutRow[] = [[bold("Begroting 2025")], [UNIT], []];
  const body: [string, LayoutCell[]][] = [
    ...o.stappen.map(([k, ...v]: [string, ...number[]]) => [k, v.map(amount)]),
    ["Ontwikkeling lasten en baten", o["Ontwikkeling lasten en baten"].map(amount)],
    ...o.verklaring.map(([k, ...v]: [string, ...(number | null)[]]) => [k, v.map(amount)]),
    ["Totaal", o.Totaal.map(amount)],
  ];
  rows.push(...labelledTable("Ontwikkeling begroting 2025", "Begroting", o.kolommen, body), []);
  rows.push(
    [bold("Taakstellingen")],
    [head("Taakstelling"), head(t.kolommen[0]), head(t.kolommen[1])]
  );
  for (const [k, karakter, v] of t.in_te_vullen) rows.push([k, karakter, amount(v)]);
  rows.push([bold("Subtotaal in te vullen"), undefined, amount(t["Subtotaal in te vullen"])]);
  rows.push([bold("Wijze van invulling 2025")]);
  for (const [k, karakter, v] of t.wijze_van_invulling_2025) rows.push([k, karakter, amount(v)]);
  rows.push([bold("Subtotaal invulling"), undefined, amount(t["Subtotaal invulling"])]);
  rows.push([bold("Saldo 2025"), undefined, amount(t["Saldo 2025"])], []);
  for (const part of ["lasten", "baten"] as const) {
    const body2 = Object.entries(a[part]).filter(([k]) => k !== "kolommen") as [string, number[]][];
    rows.push(
      ...labelledTable(
        part === "lasten" ? "Lasten" : "Baten",
        "Programma",
        a[part].kolommen,
        body2.map(([k, v]) => [k, v.map(amount)])
      )
    );
    if (part === "baten")
      rows.push([
        bold("Saldo (verwacht jaarrekeningresultaat)"),
        ...a["Saldo (verwacht jaarrekeningresultaat)"].map(amount),
      ]);
    rows.push([]);
  }
  return { name: "Begroting", rows, widths: [70, 16, 16, 22] };
}

function personeelSheet(b: any): LayoutSheet {
  const z = b.ziekteverzuim;
  const body = Object.entries(z).filter(([k]) => k !== "kolommen") as [string, string[]][];
  return {
    name: "Personeel",
    rows: [
      [bold("Ziekteverzuim SamenTwente")],
      [],
      ...labelledTable(
        "Ziekteverzuim",
        "Verzuimduur",
        z.kolommen,
        body.map(([k, v]) => [k, v.map(percentText)])
      ),
    ],
    widths: [30, 14, 14, 14],
  };
}

function frictiekostenSheet(b: any): LayoutSheet {
  const f = b.frictiekosten_verdeling;
  const euros = (v: number): LayoutCell => ({ value: v, numFmt: "#,##0;-#,##0" });
  return {
    name: "Frictiekosten",
    rows: [
      [bold("Verdeling frictiekosten Kerntakendiscussie")],
      ["Bedragen in hele euro's"],
      [f.bron],
      [],
      [head("Gemeente"), ...f.kolommen.map(head)],
      ["Almelo", ...f.Almelo.map(euros)],
      [bold("Totaal"), ...f.Totaal.map(euros)],
    ],
    widths: [20, 18, 18, 18, 18, 18],
  };
}

export function berapLayout(berap: any): LayoutSheet[] {
  return [
    ...berap.programmas.map(programmeSheet),
    summarySheet(berap),
    caoSheet(berap),
    weerstandSheet(berap),
    investeringenSheet(berap),
    begrotingSheet(berap),
    personeelSheet(berap),
    frictiekostenSheet(berap),
  ];
}
