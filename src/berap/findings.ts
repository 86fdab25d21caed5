import { parseA1 } from "./model/workbook";

/** How serious a finding is: a real error, a rounding difference or something worth knowing. */
export type Ernst = "fout" | "waarschuwing" | "info";

/**
 * One thing the engine found. Field names are Dutch because this is the engine's public output: the task
 * pane shows them and `berap-check --json` prints them as they are.
 */
export interface Finding {
  /** The id of the rule that found it, e.g. "lijst-totaal". */
  readonly regel: string;
  readonly ernst: Ernst;
  readonly blad: string;
  /** A1 address of the cell to look at; "" when the finding concerns a whole sheet or workbook. */
  readonly cel: string;
  readonly bericht: string;
  readonly verwacht: number | string | null;
  readonly gevonden: number | string | null;
  /** The message id of the rule (ESLint-style), e.g. "totaalKloptNiet"; with `data` it names the finding without its sentence. */
  readonly messageId?: string;
  /** The figures and names the message is built from. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Every cell the relation uses, the finding's own cell first. */
  readonly cellen?: readonly { readonly blad: string; readonly cel: string }[];
  /** The table the finding is about, as recognised: its title and range. */
  readonly tabel?: { readonly titel: string; readonly blad: string; readonly bereik: string };
}

export const ERNST_ORDER: Record<Ernst, number> = { fout: 0, waarschuwing: 1, info: 2 };

/** Sheet order of the workbook, then row, then column, then severity: the order a controller reads in. */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const order = new Map<string, number>();
  sheetOrder.forEach((name, i) => order.has(name) || order.set(name, i));
  const sheetIndex = (name: string) => order.get(name) ?? sheetOrder.length;
  const positions = new Map<string, [number, number]>();
  const position = (cel: string): [number, number] => {
    let p = positions.get(cel);
    if (!p) {
      const a1 = parseA1(cel);
      p = a1 ? [a1.row, a1.col] : [0, 0];
      positions.set(cel, p);
    }
    return p;
  };
  return [...findings].sort((a, b) => {
    const [ra, ca] = position(a.cel);
    const [rb, cb] = position(b.cel);
    return (
      sheetIndex(a.blad) - sheetIndex(b.blad) ||
      ra - rb ||
      ca - cb ||
      ERNST_ORDER[a.ernst] - ERNST_ORDER[b.ernst] ||
      a.regel.localeCompare(b.regel)
    );
  });
}

export interface Summary {
  readonly fouten: number;
  readonly waarschuwingen: number;
  readonly info: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  return {
    fouten: findings.filter((f) => f.ernst === "fout").length,
    waarschuwingen: findings.filter((f) => f.ernst === "waarschuwing").length,
    info: findings.filter((f) => f.ernst === "info").length,
  };
}
