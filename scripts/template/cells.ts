/** Cell builders and constants shared by the sheets of the Berap-sjabloon. */
import { LayoutCell } from "../berapLayout";

export const N = 15; // rows per list of developments
export const THOUSANDS = "#,##0;-#,##0";
export const bold = (value: string): LayoutCell => ({ value, bold: true });
export const input = (v: number | null | undefined, numFmt = THOUSANDS): LayoutCell =>
  v === null || v === undefined ? { value: null } : { value: v, numFmt };
export const f = (formula: string, numFmt = THOUSANDS): LayoutCell => ({
  value: null,
  formula,
  numFmt,
});
export const ref = (sheet: string, address: string) => `'${sheet}'!${address}`;
export const PROGRAMMES = ["GGD Twente", "OZJT", "Veilig Thuis Twente", "Bestuur & Ondersteuning"];
export const BLOCKS: Record<string, (string | null)[]> = {
  "Bestuur & Ondersteuning": ["Bedrijfsvoering", "Concern"],
};
export const SOORT = ["I", "M", "S"];
export const FIN: [string, string][] = [
  ["R", "R Rijksbijdrage"],
  ["P", "P Projecten"],
  ["G", "G Gemeentelijke bijdrage"],
];
