import * as f from "../../src/functions/functions";

/*
 * Bad input never throws a raw exception: every case below must end as the Excel error Excel shows (#VALUE!,
 * or #N/A for a lookup) with a Dutch message that names the argument and, where there is one, the row.
 * Only inputs Excel can send: an error value (#N/B, #DEEL/0!) never reaches a function whose metadata does
 * not set allowErrorForDataTypeAny (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors);
 * a cell holding a data type can arrive as an object
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts).
 */
const col = (values: unknown[]) => values.map((v) => [v]);
// A cell with a linked data type (Geografie) and one with a formatted number, as Excel's data types API
// describes them (Excel.EntityCellValue, Excel.FormattedNumberCellValue).
const geography = { type: "Entity", text: "Almelo", properties: {} };
const formattedNumber = { type: "FormattedNumber", basicValue: 5, numberFormat: "0,00 €" };
const cao = (rows: unknown[][]) => rows;
const N = null as never;

type Case = [string, () => unknown, "#VALUE!" | "#N/A", string];
const cases: Case[] = [
  [
    "text as amount",
    () => f.verdeel("veel", col([1, 2])),
    "#VALUE!",
    "bedrag: de tekst 'veel' is geen getal.",
  ],
  [
    "boolean as amount",
    () => f.verdeel(true, col([1, 2])),
    "#VALUE!",
    "bedrag: WAAR is geen getal.",
  ],
  [
    "data type as amount",
    () => f.verdeel(geography, col([1])),
    "#VALUE!",
    "bedrag: een cel met een gegevenstype ('Almelo') is geen getal.",
  ],
  [
    "key of empty cells only",
    () => f.verdeel(100, col(["", null, 0])),
    "#VALUE!",
    "De verdeelsleutel telt op tot 0: er is niets om naar rato van te verdelen.",
  ],
  [
    "text in key",
    () => f.verdeel(100, col([1, "twee"])),
    "#VALUE!",
    "sleutel, rij 2: de tekst 'twee' is geen getal.",
  ],
  [
    "formatted number in key",
    () => f.verdeel(100, col([1, formattedNumber])),
    "#VALUE!",
    "sleutel, rij 2: een cel met een gegevenstype ('5') is geen getal.",
  ],
  [
    "negative key",
    () => f.verdeel(100, col([1, -4])),
    "#VALUE!",
    "sleutel, rij 2: de sleutel mag niet negatief zijn (-4).",
  ],
  [
    "key summing to 0",
    () => f.verdeel(100, col([0, 0])),
    "#VALUE!",
    "De verdeelsleutel telt op tot 0: er is niets om naar rato van te verdelen.",
  ],
  [
    "two-column key",
    () =>
      f.verdeel(100, [
        [1, 2],
        [3, 4],
      ]),
    "#VALUE!",
    "sleutel: verwacht één kolom, maar het bereik is 2 kolommen breed.",
  ],
  [
    "fractional decimals",
    () => f.verdeel(100, col([1]), 1.5),
    "#VALUE!",
    "decimalen: moet een geheel getal van -9 tot en met 10 zijn, niet 1,5.",
  ],
  [
    "unknown method",
    () => f.verdeel(100, col([1]), N, "eerlijk"),
    "#VALUE!",
    'methode: de tekst \'eerlijk\' is geen methode; kies "sluitend" of "per_regel".',
  ],
  [
    "unknown municipality",
    () => f.verdeelInwoners(100, col(["Almeloo"])),
    "#N/A",
    "Onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?",
  ],
  [
    "number among names",
    () => f.verdeelInwoners(100, col(["Almelo", 5])),
    "#VALUE!",
    "gemeenten, rij 2: 5 is geen gemeentenaam.",
  ],
  [
    "unknown year",
    () => f.verdeelInwoners(100, N, N, N, 2019),
    "#N/A",
    "Geen inwonertallen voor 2019; beschikbaar: 2025.",
  ],
  [
    "INWONERS typo",
    () => f.inwoners("Almeloo"),
    "#N/A",
    "Onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?",
  ],
  [
    "INWONERS empty",
    () => f.inwoners(""),
    "#VALUE!",
    "gemeente: een lege cel is geen gemeentenaam.",
  ],
  [
    "GEMEENTEN unknown year",
    () => f.gemeenten(2030),
    "#N/A",
    "Geen inwonertallen voor 2030; beschikbaar: 2025.",
  ],
  [
    "GEMEENTEN year not whole",
    () => f.gemeenten(2025.5),
    "#VALUE!",
    "jaar: moet een geheel getal van 1900 tot en met 9999 zijn, niet 2025,5.",
  ],
  [
    "cao dates in two years",
    () =>
      f.caoGemiddelde(
        cao([
          [45748, 0.02],
          [46023, 0.01],
        ])
      ),
    "#VALUE!",
    "Alle loonstijgingen moeten in één kalenderjaar vallen; gevonden: 2025 en 2026.",
  ],
  [
    "cao text as date",
    () => f.caoGemiddelde(cao([["1 april", 0.02]])),
    "#VALUE!",
    "stijgingen, rij 1: de tekst '1 april' is geen datum.",
  ],
  [
    "cao one column",
    () => f.caoStructureel(col([45748])),
    "#VALUE!",
    "stijgingen: verwacht twee kolommen (ingangsdatum en percentage).",
  ],
  [
    "cao percentage typed as 2",
    () => f.caoGemiddelde(cao([[45748, 2]])),
    "#VALUE!",
    "stijgingen, rij 1: 2 is 200%; typ het percentage als 2% of 0,02.",
  ],
  [
    "cao text as percentage",
    () => f.caoStructureel(cao([[45748, "2%"]])),
    "#VALUE!",
    "stijgingen, rij 1: de tekst '2%' is geen getal.",
  ],
  [
    "cao empty range",
    () => f.caoGemiddelde(cao([["", ""]])),
    "#VALUE!",
    "stijgingen: er staan geen loonstijgingen in het bereik.",
  ],
  [
    "cao samengesteld text",
    () => f.caoGemiddelde(cao([[45748, 0.02]]), "ja" as never),
    "#VALUE!",
    "samengesteld: de tekst 'ja' is geen WAAR of ONWAAR.",
  ],
  [
    "overschot text wage base",
    () => f.caoOverschot("loon", 0.05, [[0.02]]),
    "#VALUE!",
    "loonsom: de tekst 'loon' is geen getal.",
  ],
  [
    "overschot bad stijgingen",
    () =>
      f.caoOverschot(1000, 0.05, [
        [45748, 0.02],
        [46023, 0.01],
      ]),
    "#VALUE!",
    "Alle loonstijgingen moeten in één kalenderjaar vallen; gevonden: 2025 en 2026.",
  ],
  [
    "ratio benodigd 0",
    () => f.weerstandRatio([[100]], [[0]]),
    "#VALUE!",
    "De benodigde weerstandscapaciteit moet groter zijn dan 0 (is 0).",
  ],
  [
    "ratio text in range",
    () => f.weerstandRatio(col([100, "veel"]), [[50]]),
    "#VALUE!",
    "beschikbaar, rij 2: de tekst 'veel' is geen bedrag.",
  ],
  [
    "oordeel text",
    () => f.weerstandOordeel("hoog"),
    "#VALUE!",
    "ratio: de tekst 'hoog' is geen getal.",
  ],
  [
    "oordeel band upside down",
    () => f.weerstandOordeel(1, 1.4, 1.0),
    "#VALUE!",
    "De ondergrens (1.4) ligt boven de bovengrens (1).",
  ],
  [
    "klasse data type",
    () => f.weerstandKlasse(geography),
    "#VALUE!",
    "ratio: een cel met een gegevenstype ('Almelo') is geen getal.",
  ],
  [
    "data type among names",
    () => f.verdeelInwoners(100, col(["Almelo", geography])),
    "#VALUE!",
    "gemeenten, rij 2: een cel met een gegevenstype ('Almelo') is geen gemeentenaam.",
  ],
  [
    "data type as stijging date",
    () => f.caoStructureel([[geography, 0.02]]),
    "#VALUE!",
    "stijgingen, rij 1: een cel met een gegevenstype ('Almelo') is geen datum.",
  ],
  [
    "matrix lengths differ",
    () => f.resultaatFinanciering(col(["I", "M"]), col(["R"]), col([1, 2])),
    "#VALUE!",
    "soorten, financieringen en bedragen moeten even lang zijn (nu 2, 1 en 2 rijen).",
  ],
  [
    "matrix soort outside I/M/S",
    () => f.resultaatFinanciering(col(["I", "X"]), col(["R", "G"]), col([1, 2])),
    "#VALUE!",
    "soorten, rij 2: de tekst 'X' is geen soort; gebruik I, M of S.",
  ],
  [
    "matrix financing outside R/P/G",
    () => f.resultaatFinanciering(col(["I"]), col(["Lagere kosten"]), col([1])),
    "#VALUE!",
    'financieringen, rij 1: de tekst \'Lagere kosten\' is geen financiering; gebruik R, P of G of eindig de omschrijving op "(R)", "(P)" of "(G)".',
  ],
  [
    "matrix text amount",
    () => f.resultaatFinanciering(col(["I"]), col(["R"]), col(["veel"])),
    "#VALUE!",
    "bedragen, rij 1: de tekst 'veel' is geen bedrag.",
  ],
  [
    "controle negative tolerance",
    () => f.controleSom(10, col([10]), -1),
    "#VALUE!",
    "tolerantie: mag niet negatief zijn.",
  ],
  [
    "controle text part",
    () => f.controleSom(10, col([5, "vijf"])),
    "#VALUE!",
    "delen, rij 2: de tekst 'vijf' is geen bedrag.",
  ],
];

describe("bad input becomes an Excel error with a Dutch message", () => {
  it.each(cases)("%s", (_name, call, code, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CustomFunctions.Error);
    expect(thrown).toMatchObject({ code, message });
  });
});
