/**
 * The ST functions as the task pane and the README present them: the Excel name, the arguments, the Dutch
 * description (the same text as the JSDoc in functions.ts, which a test keeps in step with functions.json)
 * and a worked example a controller can paste.
 */
export interface FunctionInfo {
  readonly name: string;
  readonly syntax: string;
  readonly description: string;
  readonly example: string;
  /** The example as Office.js writes it into a cell: English separators, whatever the user's locale. */
  readonly formula: string;
  readonly result: string;
}

export const FUNCTION_CATALOG: readonly FunctionInfo[] = [
  {
    name: "VERDEEL",
    syntax: "ST.VERDEEL(bedrag; sleutel; [decimalen]; [methode])",
    description:
      "Verdeelt een bedrag naar rato van een verdeelsleutel, één aandeel per rij van de sleutel.",
    example: '=ST.VERDEEL(100; {1;1;1}; 0; "sluitend")',
    formula: `=ST.VERDEEL(100,{1;1;1},0,"sluitend")`,
    result: "34, 33, 33 (telt op tot 100)",
  },
  {
    name: "VERDEEL_INWONERS",
    syntax: "ST.VERDEEL_INWONERS(bedrag; [gemeenten]; [decimalen]; [methode]; [jaar])",
    description:
      "Verdeelt een bedrag over gemeenten naar rato van het aantal inwoners (verdeelsleutel van SamenTwente).",
    example: '=ST.VERDEEL_INWONERS(665000; ; 0; "per_regel")',
    formula: `=ST.VERDEEL_INWONERS(665000,,0,"per_regel")`,
    result: "14 aandelen; Almelo 76.966",
  },
  {
    name: "INWONERS",
    syntax: "ST.INWONERS(gemeente; [jaar])",
    description:
      "Geeft het aantal inwoners van een gemeente volgens de verdeelsleutel van SamenTwente.",
    example: '=ST.INWONERS("Rijssen Holten")',
    formula: `=ST.INWONERS("Rijssen Holten")`,
    result: "38.681",
  },
  {
    name: "GEMEENTEN",
    syntax: "ST.GEMEENTEN([jaar])",
    description: "Geeft de 14 Twentse gemeenten met hun aantal inwoners (naam, inwoners).",
    example: "=ST.GEMEENTEN(2025)",
    formula: "=ST.GEMEENTEN(2025)",
    result: "tabel van 14 x 2; totaal 640.787 inwoners",
  },
  {
    name: "CAO_GEMIDDELDE",
    syntax: "ST.CAO_GEMIDDELDE(stijgingen; [samengesteld])",
    description:
      "Berekent de gemiddelde loonstijging over 12 maanden bij stapsgewijze cao-verhogingen.",
    example: "=ST.CAO_GEMIDDELDE(A2:B3)  met 1-4-2025 | 2% en 1-10-2025 | 1,85%",
    formula: "=ST.CAO_GEMIDDELDE({45748,0.02;45931,0.0185})",
    result: "0,019625 (1,96%)",
  },
  {
    name: "CAO_STRUCTUREEL",
    syntax: "ST.CAO_STRUCTUREEL(stijgingen)",
    description:
      "Berekent het niveau van de loonstijging aan het eind van het jaar: de structurele doorwerking naar volgend jaar.",
    example: "=ST.CAO_STRUCTUREEL(A2:B3)",
    formula: "=ST.CAO_STRUCTUREEL({45748,0.02;45931,0.0185})",
    result: "0,03887 (3,887%)",
  },
  {
    name: "CAO_OVERSCHOT",
    syntax: "ST.CAO_OVERSCHOT(loonsom; begrote_stijging; werkelijke_stijging; [werkgeverslasten])",
    description:
      "Berekent het overschot (positief) of tekort (negatief) op de cao-ontwikkeling ten opzichte van de looncompensatie.",
    example: "=ST.CAO_OVERSCHOT(1000000; 5,3%; 1,96%; 0,6%)",
    formula: "=ST.CAO_OVERSCHOT(1000000,5.3%,1.96%,0.6%)",
    result: "27.400 (overschot)",
  },
  {
    name: "WEERSTAND_RATIO",
    syntax: "ST.WEERSTAND_RATIO(beschikbaar; benodigd)",
    description:
      "Berekent de ratio weerstandsvermogen: beschikbare gedeeld door benodigde weerstandscapaciteit.",
    example: "=ST.WEERSTAND_RATIO(2835; 2856)",
    formula: "=ST.WEERSTAND_RATIO(2835,2856)",
    result: "0,9926 (afgerond 1,0)",
  },
  {
    name: "WEERSTAND_OORDEEL",
    syntax: "ST.WEERSTAND_OORDEEL(ratio; [ondergrens]; [bovengrens])",
    description:
      "Beoordeelt een ratio weerstandsvermogen tegen de bandbreedte (grenzen tellen als binnen).",
    example: "=ST.WEERSTAND_OORDEEL(0,9926)",
    formula: "=ST.WEERSTAND_OORDEEL(0.9926)",
    result: '"binnen bandbreedte"',
  },
  {
    name: "WEERSTAND_KLASSE",
    syntax: "ST.WEERSTAND_KLASSE(ratio)",
    description:
      "Geeft de klasse van een ratio weerstandsvermogen op de schaal van het NAR (A uitstekend tot F ruim onvoldoende).",
    example: "=ST.WEERSTAND_KLASSE(1,1)",
    formula: "=ST.WEERSTAND_KLASSE(1.1)",
    result: '"C voldoende"',
  },
  {
    name: "RESULTAAT_FINANCIERING",
    syntax: "ST.RESULTAAT_FINANCIERING(soorten; financieringen; bedragen)",
    description:
      "Stelt de tabel Resultaat per financiering op: rijen R, P, G en Totaal; kolommen I, M, S en Totaal.",
    example: "=ST.RESULTAAT_FINANCIERING(A5:A21; B5:B21; C5:C21)",
    formula: `=ST.RESULTAAT_FINANCIERING({"I";"M";"S"},{"R";"P";"G"},{50;83;-145})`,
    result: "matrix van 4 x 4; rechtsonder het verwacht bedrijfsresultaat",
  },
  {
    name: "CONTROLE_SOM",
    syntax: "ST.CONTROLE_SOM(totaal; delen; [tolerantie])",
    description:
      "Controleert een totaal tegen de som van zijn delen, met tolerantie voor afrondingsverschillen.",
    example: "=ST.CONTROLE_SOM(928; {554;50;149;174})",
    formula: "=ST.CONTROLE_SOM(928,{554;50;149;174})",
    result: '"afrondingsverschil: verschil 1"',
  },
];
