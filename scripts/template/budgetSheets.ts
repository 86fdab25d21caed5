/* eslint-disable @typescript-eslint/no-explicit-any */
import { LayoutRow, LayoutSheet } from "../berapLayout";
import { bold, f, input } from "./cells";

export const LASTEN_FIRST = 6;

export function begrotingSheet(data: any | undefined): LayoutSheet {
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

export function caoSheet(data: any | undefined): LayoutSheet {
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

export function weerstandSheet(data: any | undefined): LayoutSheet {
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
