import * as fs from "fs";
import * as path from "path";

/**
 * The published 2e Berap 2025 (copied from shared/domein; `fixtures.test.ts` checks the copy is unchanged),
 * with the shapes the tests use. Amounts in EUR x 1.000, null where the report prints a dash.
 */
export type Regel = [string, string, string, number | null];
export interface Blok {
  naam: string | null;
  positief: Regel[];
  negatief: Regel[];
  totaal_positief: number | null;
  totaal_negatief: number | null;
}
export interface Programma {
  naam: string;
  blokken: Blok[];
  verwacht_bedrijfsresultaat: number;
  resultaat_per_financiering: Record<string, (number | null)[] | string[]>;
}

export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const ROOT_DIR = path.join(__dirname, "..", "..");
export const SHARED_DOMEIN = path.join(__dirname, "..", "..", "..", "shared", "domein");

export const berap2025: any = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, "berap-2025-2.json"), "utf8")
);

export function programma(naam: string): Programma {
  const found = (berap2025.programmas as Programma[]).find((p) => p.naam === naam);
  if (!found) throw new Error(`programma ${naam} ontbreekt in de fixture`);
  return found;
}

/** The financing matrix row whose label starts with `prefix` ("R ", "P ", "G ", "Verwacht"). */
export function matrixRow(p: Programma, prefix: string): number[] {
  const key = Object.keys(p.resultaat_per_financiering).find((k) => k.startsWith(prefix));
  if (!key) throw new Error(`rij ${prefix} ontbreekt bij ${p.naam}`);
  return (p.resultaat_per_financiering[key] as (number | null)[]).map((v) => v ?? 0);
}

/** Inhabitants per municipality from the CSV, in file order. */
export function readInwonersCsv(file: string): [string, number][] {
  return fs
    .readFileSync(file, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [naam, inwoners] = line.split(",");
      return [naam, Number(inwoners)];
    });
}
