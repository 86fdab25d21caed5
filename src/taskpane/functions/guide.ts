/**
 * The Functies tab's guide to the ST functions: grouped as a controller looks for them, each argument with
 * the values it takes, an example in Dutch Excel (";" between arguments, "," before decimals) to copy, and
 * the formula "Invoegen in cel" writes. That formula is readable: figures where the example has figures, and
 * the argument's name as a placeholder where a range belongs (Excel shows #NAAM? until the controller puts
 * in the range), never an array constant such as {45748,0.02;...}. Office.js writes formulas in English
 * notation (",", "."); Excel shows them in the user's own.
 */
export interface ArgumentGuide {
  readonly name: string;
  readonly optional?: boolean;
  /** What it is and which values it takes. */
  readonly uitleg: string;
}

export interface FunctionGuide {
  readonly name: string;
  readonly args: readonly ArgumentGuide[];
  /** The example as a controller types it in Dutch Excel. */
  readonly voorbeeld: string;
  /** What the example needs around it, when it uses a range. */
  readonly bij?: string;
  /** What "Invoegen in cel" writes (English notation, as Office.js wants it). */
  readonly invoegen: string;
}

export interface FunctionGroup {
  readonly group: "Verdelen" | "Cao" | "Weerstand" | "Controle";
  readonly uitleg: string;
  readonly functions: readonly FunctionGuide[];
}

const BEDRAG: ArgumentGuide = {
  name: "bedrag",
  uitleg: "Het te verdelen bedrag, een getal (negatief mag: dan het spiegelbeeld).",
};
const DECIMALEN: ArgumentGuide = {
  name: "decimalen",
  optional: true,
  uitleg:
    "Decimalen van elk aandeel: standaard 0 (hele euro's), 2 voor centen, -3 voor duizendtallen (van -9 tot 10).",
};
const METHODE: ArgumentGuide = {
  name: "methode",
  optional: true,
  uitleg:
    '"sluitend" (standaard: de aandelen tellen precies op tot het bedrag) of "per_regel" (elk aandeel apart afgerond, zoals de gepubliceerde tabellen).',
};
const JAAR: ArgumentGuide = {
  name: "jaar",
  optional: true,
  uitleg: "Het begrotingsjaar van de inwonertallen (standaard het nieuwste bekende jaar, 2025).",
};
const RATIO: ArgumentGuide = {
  name: "ratio",
  uitleg:
    "De ratio weerstandsvermogen, een getal (0,9926), bijvoorbeeld de uitkomst van ST.WEERSTAND_RATIO.",
};
const STIJGINGEN: ArgumentGuide = {
  name: "stijgingen",
  uitleg:
    "Een bereik van twee kolommen: ingangsdatum en percentage (2% of 0,02), alle datums in één kalenderjaar.",
};

export const FUNCTION_GROUPS: readonly FunctionGroup[] = [
  {
    group: "Verdelen",
    uitleg: "Een bedrag verdelen over de gemeenten of naar een eigen sleutel.",
    functions: [
      {
        name: "VERDEEL",
        args: [
          BEDRAG,
          {
            name: "sleutel",
            uitleg: "Een kolom met de verdeelsleutel: getallen van 0 of meer, één per rij.",
          },
          DECIMALEN,
          METHODE,
        ],
        voorbeeld: '=ST.VERDEEL(100; B2:B4; 0; "sluitend")',
        bij: "met 1, 1 en 1 in B2:B4",
        invoegen: '=ST.VERDEEL(100,sleutel,0,"sluitend")',
      },
      {
        name: "VERDEEL_INWONERS",
        args: [
          BEDRAG,
          {
            name: "gemeenten",
            optional: true,
            uitleg:
              "Leeg (de 14 gemeenten), een kolom met namen of met inwonertallen, of twee kolommen naam en inwoners.",
          },
          DECIMALEN,
          METHODE,
          JAAR,
        ],
        voorbeeld: '=ST.VERDEEL_INWONERS(665000; ; 0; "per_regel")',
        invoegen: '=ST.VERDEEL_INWONERS(665000,,0,"per_regel")',
      },
      {
        name: "INWONERS",
        args: [
          {
            name: "gemeente",
            uitleg:
              "De naam van een Twentse gemeente, tussen aanhalingstekens; hoofdletters en koppeltekens tellen niet.",
          },
          JAAR,
        ],
        voorbeeld: '=ST.INWONERS("Rijssen-Holten")',
        invoegen: '=ST.INWONERS("Rijssen-Holten")',
      },
      {
        name: "GEMEENTEN",
        args: [JAAR],
        voorbeeld: "=ST.GEMEENTEN(2025)",
        invoegen: "=ST.GEMEENTEN(2025)",
      },
    ],
  },
  {
    group: "Cao",
    uitleg: "Cao-verhogingen in een jaar: het gemiddelde, het structurele niveau, het overschot.",
    functions: [
      {
        name: "CAO_GEMIDDELDE",
        args: [
          STIJGINGEN,
          {
            name: "samengesteld",
            optional: true,
            uitleg: "WAAR: de verhogingen stapelen op elkaar; ONWAAR (standaard): ze tellen op.",
          },
        ],
        voorbeeld: "=ST.CAO_GEMIDDELDE(A2:B3)",
        bij: "met 1-4-2025 en 2% in A2:B2, 1-10-2025 en 1,85% in A3:B3",
        invoegen: "=ST.CAO_GEMIDDELDE(stijgingen)",
      },
      {
        name: "CAO_STRUCTUREEL",
        args: [STIJGINGEN],
        voorbeeld: "=ST.CAO_STRUCTUREEL(A2:B3)",
        bij: "met dezelfde stijgingen in A2:B3",
        invoegen: "=ST.CAO_STRUCTUREEL(stijgingen)",
      },
      {
        name: "CAO_OVERSCHOT",
        args: [
          { name: "loonsom", uitleg: "De loonsom waarover de stijging gaat, in euro's." },
          {
            name: "begrote_stijging",
            uitleg: "De begrote stijging (looncompensatie) als percentage: 5,3%.",
          },
          {
            name: "werkelijke_stijging",
            uitleg:
              "De werkelijke stijging als percentage (1,96%), of een bereik met stijgingen (ingangsdatum, percentage).",
          },
          {
            name: "werkgeverslasten",
            optional: true,
            uitleg: "Extra stijging van de werkgeverslasten als percentage (standaard 0%).",
          },
        ],
        voorbeeld: "=ST.CAO_OVERSCHOT(1000000; 5,3%; 1,96%; 0,6%)",
        invoegen: "=ST.CAO_OVERSCHOT(1000000,5.3%,1.96%,0.6%)",
      },
    ],
  },
  {
    group: "Weerstand",
    uitleg: "De ratio weerstandsvermogen, het oordeel tegen de bandbreedte en de klasse.",
    functions: [
      {
        name: "WEERSTAND_RATIO",
        args: [
          {
            name: "beschikbaar",
            uitleg: "De beschikbare weerstandscapaciteit, een bedrag van 0 of meer.",
          },
          {
            name: "benodigd",
            uitleg: "De benodigde weerstandscapaciteit, een bedrag groter dan 0.",
          },
        ],
        voorbeeld: "=ST.WEERSTAND_RATIO(2835; 2856)",
        invoegen: "=ST.WEERSTAND_RATIO(2835,2856)",
      },
      {
        name: "WEERSTAND_OORDEEL",
        args: [
          RATIO,
          {
            name: "ondergrens",
            optional: true,
            uitleg: "Onderkant van de bandbreedte (standaard 0,8).",
          },
          {
            name: "bovengrens",
            optional: true,
            uitleg: "Bovenkant van de bandbreedte (standaard 1,0).",
          },
        ],
        voorbeeld: "=ST.WEERSTAND_OORDEEL(0,9926)",
        invoegen: "=ST.WEERSTAND_OORDEEL(0.9926)",
      },
      {
        name: "WEERSTAND_KLASSE",
        args: [RATIO],
        voorbeeld: "=ST.WEERSTAND_KLASSE(1,1)",
        invoegen: "=ST.WEERSTAND_KLASSE(1.1)",
      },
    ],
  },
  {
    group: "Controle",
    uitleg: "Tabellen opstellen en totalen narekenen.",
    functions: [
      {
        name: "RESULTAAT_FINANCIERING",
        args: [
          { name: "soorten", uitleg: "Kolom met de soort van elke ontwikkeling: I, M of S." },
          {
            name: "financieringen",
            uitleg: "Kolom met de financiering: R, P of G (of de omschrijving met (R)).",
          },
          { name: "bedragen", uitleg: "Kolom met de bedragen, even lang als de andere twee." },
        ],
        voorbeeld: "=ST.RESULTAAT_FINANCIERING(A5:A21; B5:B21; C5:C21)",
        invoegen: "=ST.RESULTAAT_FINANCIERING(soorten,financieringen,bedragen)",
      },
      {
        name: "CONTROLE_SOM",
        args: [
          { name: "totaal", uitleg: "Het totaal zoals het in de tabel staat." },
          { name: "delen", uitleg: "Het bereik met de delen die samen het totaal moeten zijn." },
          {
            name: "tolerantie",
            optional: true,
            uitleg: "Het grootste verschil dat een afrondingsverschil is (standaard 1).",
          },
        ],
        voorbeeld: "=ST.CONTROLE_SOM(B10; B5:B9)",
        invoegen: "=ST.CONTROLE_SOM(totaal,delen)",
      },
    ],
  },
];
