/* eslint-disable @typescript-eslint/no-explicit-any */
import { LayoutRow, LayoutSheet } from "../berapLayout";
import { bold, f, input } from "./cells";

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
