/** The command line of berap-check, parsed. */
export interface CliOptions {
  readonly files: string[];
  readonly json: boolean;
  readonly tolerantie: number;
  readonly alleenFouten: boolean;
  /** List the findings the controller accepted or ignored (and the decisions that no longer hold). */
  readonly ookGeaccepteerd: boolean;
  /** Show the full technical detail of a file that could not be checked. */
  readonly uitgebreid: boolean;
  readonly help: boolean;
  /** Where to write the report (.xlsx), as the pane's "Rapport op nieuw blad"; never over an existing file. */
  readonly rapport?: string;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const files: string[] = [];
  let json = false;
  let tolerantie = 1;
  let alleenFouten = false;
  let ookGeaccepteerd = false;
  let help = false;
  let uitgebreid = false;
  let rapport: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--alleen-fouten") alleenFouten = true;
    else if (arg === "--ook-geaccepteerd") ookGeaccepteerd = true;
    else if (arg === "--uitgebreid") uitgebreid = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--tolerantie" || arg.startsWith("--tolerantie=")) {
      const text = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      const n = Number(String(text ?? "").replace(",", "."));
      if (text === undefined || !Number.isFinite(n) || n < 0)
        throw new UsageError(`--tolerantie verwacht een getal van 0 of meer, niet '${text ?? ""}'`);
      tolerantie = n;
    } else if (arg === "--rapport" || arg.startsWith("--rapport=")) {
      const text = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!text || text.startsWith("--"))
        throw new UsageError(
          "--rapport verwacht de naam van het rapport, bijvoorbeeld rapport.xlsx"
        );
      if (!/\.xlsx$/i.test(text))
        throw new UsageError(
          `het rapport is een Excel-bestand: geef een naam die eindigt op .xlsx, niet '${text}'`
        );
      rapport = text;
    } else if (arg.startsWith("--")) throw new UsageError(`onbekende optie ${arg}`);
    else files.push(arg);
  }
  if (rapport !== undefined && files.length > 1)
    throw new UsageError(
      "--rapport schrijft het rapport van één werkmap: geef één bestand op (of roep berap-check per werkmap aan)"
    );
  return { files, json, tolerantie, alleenFouten, ookGeaccepteerd, uitgebreid, help, rapport };
}

export const USAGE = `Gebruik: berap-check [bestand.xlsx ...] [--json] [--tolerantie N] [--alleen-fouten]
                     [--ook-geaccepteerd] [--uitgebreid]
       berap-check --rapport rapport.xlsx werkmap.xlsx

Controleert Berap-werkmappen van SamenTwente: totalen, matrices, cao, weerstandsvermogen,
begroting en verdelingen. Zonder bestand wordt het meegeleverde voorbeeld (2e Berap 2025) gecontroleerd.

  --json            één JSON-document (bij meer bestanden een lijst)
  --tolerantie N    grootste verschil, in eenheden van de getoonde precisie, dat als
                    afrondingsverschil geldt (standaard 1)
  --alleen-fouten   laat waarschuwingen en info weg (besluiten blijven apart staan)
  --ook-geaccepteerd
                    toon ook de bevindingen die in het taakvenster zijn geaccepteerd of
                    genegeerd (met besluit, reden en datum) en de besluiten die niet meer
                    gelden; zonder deze optie staat er alleen hoeveel het er zijn
  --rapport PAD     schrijf de bevindingen als Excel-rapport (zoals "Rapport op nieuw blad"), met
                    een koppeling naar elke cel in de gecontroleerde werkmap; één werkmap per
                    rapport, en een bestaand bestand wordt nooit overschreven
  --uitgebreid      toon bij een bestand dat niet gecontroleerd is de volledige technische oorzaak

Besluiten (geaccepteerd, genegeerd) staan in de werkmap zelf, op een verborgen blad dat het taakvenster
schrijft; een besluit geldt zolang de cijfers van de bevinding niet veranderd zijn. --json geeft ze altijd
(besloten, vervallen).

Elk bestand krijgt zijn eigen uitkomst. Afsluitcode (de ergste over alle bestanden): 0 zonder fouten,
1 met fouten, 2 als een bestand niet gecontroleerd is (niet te lezen, geen werkmap, versleuteld, te groot,
ander formaat, of niets gecontroleerd: geen Berap-tabel herkend en geen andere tabel met een Totaal-regel
om na te rekenen; een werkmap met alleen andere tabellen wordt op hun totalen gecontroleerd). Een geaccepteerde of genegeerde fout telt niet mee: wie de
enige fout negeert, krijgt 0.`;
