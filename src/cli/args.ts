/** The command line of berap-check, parsed. */
export interface CliOptions {
  readonly files: string[];
  readonly json: boolean;
  readonly tolerantie: number;
  readonly alleenFouten: boolean;
  readonly help: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const files: string[] = [];
  let json = false;
  let tolerantie = 1;
  let alleenFouten = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--alleen-fouten") alleenFouten = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--tolerantie" || arg.startsWith("--tolerantie=")) {
      const text = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      const n = Number(String(text ?? "").replace(",", "."));
      if (text === undefined || !Number.isFinite(n) || n < 0)
        throw new UsageError(`--tolerantie verwacht een getal van 0 of meer, niet '${text ?? ""}'`);
      tolerantie = n;
    } else if (arg.startsWith("--")) throw new UsageError(`onbekende optie ${arg}`);
    else files.push(arg);
  }
  return { files, json, tolerantie, alleenFouten, help };
}

export const USAGE = `Gebruik: berap-check [bestand.xlsx ...] [--json] [--tolerantie N] [--alleen-fouten]

Controleert Berap-werkmappen van SamenTwente: totalen, matrices, cao, weerstandsvermogen,
begroting en verdelingen. Zonder bestand wordt het meegeleverde voorbeeld (2e Berap 2025) gecontroleerd.

  --json            één JSON-document (bij meer bestanden een lijst)
  --tolerantie N    grootste verschil, in eenheden van de getoonde precisie, dat als
                    afrondingsverschil geldt (standaard 1)
  --alleen-fouten   laat waarschuwingen en info weg

Afsluitcode: 0 zonder fouten, 1 met fouten, 2 als een bestand niet te lezen is.`;
