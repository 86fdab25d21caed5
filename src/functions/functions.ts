import * as calc from "../calc";
import {
  amountCell,
  Cell,
  describeCell,
  describeTextCell,
  distributionMethod,
  isBlank,
  isBlankOrZero,
  isBlankRow,
  keyList,
  optionalBoolean,
  optionalInteger,
  optionalNonZero,
  optionalNumber,
  requireNumber,
  toList,
  toRows,
} from "./coerce";
import { excelCall } from "./excelErrors";
import { readStijgingen } from "./stijgingen";

/*
 * The ST custom functions. Each one only coerces Excel's arguments, calls the calc module and returns what
 * Excel shows; the JSDoc below is what custom-functions-metadata turns into functions.json, so the
 * descriptions are Dutch and appear in Excel's formula autocomplete as written. How each argument shape
 * (web null, desktop 0, "", objects) is read is documented in coerce.ts; test/functions/shapes.test.ts holds
 * every function to the same answer for the desktop and the web shape of the same sheet.
 */

const column = (values: number[]): number[][] => values.map((v) => [v]);

/**
 * Distributes over a key that may be a whole column: the rows after the last non-zero key get 0 without
 * going through the calculation. The same result as distributing over all rows (a zero key has no
 * remainder, so the closing method never hands it a unit), in time for the filled rows only.
 */
function distributeColumn(
  amount: number,
  keys: number[],
  options: calc.DistributionOptions
): number[][] {
  let end = keys.length;
  while (end > 0 && keys[end - 1] === 0) end--;
  if (end === 0) return column(calc.distributeToNumbers(amount, keys, options));
  const shares = calc.distributeToNumbers(amount, keys.slice(0, end), options);
  const result = column(shares);
  for (let i = end; i < keys.length; i++) result.push([0]);
  return result;
}

function decimalsArgument(value: Cell): number {
  return optionalInteger(value, "decimalen", 0, calc.MIN_DECIMALS, calc.MAX_DECIMALS);
}

/** A year; empty or 0 (an empty cell on Windows desktop) is the latest built-in year. */
function yearArgument(value: Cell): number {
  return optionalInteger(value, "jaar", calc.latestInwonersYear(), 1900, 9999, true);
}

/**
 * Verdeelt een bedrag naar rato van een verdeelsleutel, één aandeel per rij van de sleutel.
 * @customfunction VERDEEL
 * @param bedrag Het te verdelen bedrag. Een negatief bedrag geeft het spiegelbeeld.
 * @param sleutel Eén kolom niet-negatieve getallen, bijvoorbeeld inwoners of jeugdigen per gemeente.
 * @param [decimalen] Aantal decimalen van elk aandeel; standaard 0 (hele euro's), -3 voor duizendtallen.
 * @param [methode] "sluitend" (standaard: de aandelen tellen precies op tot het bedrag) of "per_regel" (elk aandeel apart afgerond, zoals in de gepubliceerde tabellen).
 * @returns De aandelen, als kolom.
 */
export function verdeel(
  bedrag: any,
  sleutel: any[][],
  decimalen?: number,
  methode?: string
): number[][] {
  return excelCall(() => {
    const amount = requireNumber(bedrag, "bedrag");
    const keys = keyList(sleutel, "sleutel");
    const options = {
      decimals: decimalsArgument(decimalen),
      method: distributionMethod(methode, "methode"),
    };
    return distributeColumn(amount, keys, options);
  });
}

/**
 * Verdeelt een bedrag over gemeenten naar rato van het aantal inwoners (verdeelsleutel van SamenTwente).
 * @customfunction VERDEEL_INWONERS
 * @param bedrag Het te verdelen bedrag. Een negatief bedrag geeft het spiegelbeeld.
 * @param [gemeenten] Kolom met gemeentenamen, kolom met inwonertallen, of twee kolommen (naam, inwoners). Leeg: de 14 Twentse gemeenten.
 * @param [decimalen] Aantal decimalen van elk aandeel; standaard 0 (hele euro's).
 * @param [methode] "sluitend" (standaard: telt precies op tot het bedrag) of "per_regel" (elk aandeel apart afgerond).
 * @param [jaar] Begrotingsjaar van de inwonertallen; standaard het laatste ingebouwde jaar.
 * @returns Het aandeel per gemeente, als kolom.
 */
export function verdeelInwoners(
  bedrag: any,
  gemeenten?: any[][],
  decimalen?: number,
  methode?: string,
  jaar?: number
): number[][] {
  return excelCall(() => {
    const amount = requireNumber(bedrag, "bedrag");
    const options = {
      decimals: decimalsArgument(decimalen),
      method: distributionMethod(methode, "methode"),
    };
    const keys = inhabitantKeys(gemeenten, yearArgument(jaar));
    return distributeColumn(amount, keys, options);
  });
}

/**
 * The key of VERDEEL_INWONERS: the built-in table, names looked up, numbers, or (name, number) pairs. Omitted
 * (null) and a single empty cell (null on the web, 0 on desktop) mean the built-in table; an empty row in a
 * range gets 0, whatever the platform sends for it.
 */
function inhabitantKeys(range: Cell, year: number): number[] {
  if (!Array.isArray(range) && isBlankOrZero(range))
    return calc.gemeenten(year).map((g) => g.inwoners);
  const rows = toRows(range);
  if (rows.length > 0 && rows[0].length === 2)
    return keyList(
      rows.map((r) => [r[1]]),
      "gemeenten (inwoners)"
    );
  const cells = toList(range, "gemeenten");
  if (cells.every((c) => typeof c === "number" || isBlank(c))) return keyList(range, "gemeenten");
  return cells.map((cell, i) => {
    if (isBlankOrZero(cell)) return 0;
    if (typeof cell !== "string") {
      throw new calc.CalcError(
        `gemeenten, rij ${i + 1}: ${describeCell(cell)} is geen gemeentenaam.`
      );
    }
    return calc.findGemeente(cell, year).inwoners;
  });
}

/**
 * Geeft het aantal inwoners van een gemeente volgens de verdeelsleutel van SamenTwente.
 * @customfunction INWONERS
 * @param gemeente Naam van de gemeente, bijvoorbeeld "Hof van Twente" of "rijssen holten".
 * @param [jaar] Begrotingsjaar; standaard het laatste ingebouwde jaar.
 * @returns Aantal inwoners.
 */
export function inwoners(gemeente: string, jaar?: number): number {
  return excelCall(() => {
    if (typeof gemeente !== "string" || isBlank(gemeente)) {
      throw new calc.CalcError(`gemeente: ${describeTextCell(gemeente)} is geen gemeentenaam.`);
    }
    return calc.findGemeente(gemeente, yearArgument(jaar)).inwoners;
  });
}

/**
 * Geeft de 14 Twentse gemeenten met hun aantal inwoners (naam, inwoners).
 * @customfunction GEMEENTEN
 * @param [jaar] Begrotingsjaar; standaard het laatste ingebouwde jaar.
 * @returns Tabel van 14 rijen en 2 kolommen.
 */
export function gemeenten(jaar?: number): any[][] {
  return excelCall(() => calc.gemeenten(yearArgument(jaar)).map((g) => [g.naam, g.inwoners]));
}

/**
 * Berekent de gemiddelde loonstijging over 12 maanden bij stapsgewijze cao-verhogingen.
 * @customfunction CAO_GEMIDDELDE
 * @param stijgingen Twee kolommen: ingangsdatum en percentage (2% = 0,02), alle in één kalenderjaar.
 * @param [samengesteld] WAAR: de stappen worden op elkaar gestapeld; standaard ONWAAR (opgeteld, zoals in de Berap).
 * @returns Gemiddelde stijging als fractie (0,019625 = 1,96%).
 */
export function caoGemiddelde(stijgingen: any[][], samengesteld?: boolean): number {
  return excelCall(() => {
    const compound = optionalBoolean(samengesteld, "samengesteld", false);
    return calc.caoAverage(readStijgingen(stijgingen, "stijgingen"), { compound }).toNumber();
  });
}

/**
 * Berekent het niveau van de loonstijging aan het eind van het jaar: de structurele doorwerking naar volgend jaar.
 * @customfunction CAO_STRUCTUREEL
 * @param stijgingen Twee kolommen: ingangsdatum en percentage (2% = 0,02), alle in één kalenderjaar.
 * @returns Structurele stijging als fractie (0,03887 = 3,887%).
 */
export function caoStructureel(stijgingen: any[][]): number {
  return excelCall(() => calc.caoStructural(readStijgingen(stijgingen, "stijgingen")).toNumber());
}

/**
 * Berekent het overschot (positief) of tekort (negatief) op de cao-ontwikkeling ten opzichte van de looncompensatie.
 * @customfunction CAO_OVERSCHOT
 * @param loonsom De loonsom waarover de stijging wordt berekend.
 * @param begrote_stijging Begrote stijging (looncompensatie), als fractie: 5,3% = 0,053.
 * @param werkelijke_stijging Werkelijke stijging als fractie, of een bereik met stijgingen (ingangsdatum, percentage).
 * @param [werkgeverslasten] Extra werkgeverslasten als fractie; standaard 0.
 * @returns Overschot (positief) of tekort (negatief).
 */
export function caoOverschot(
  loonsom: any,
  begrote_stijging: any,
  werkelijke_stijging: any[][],
  werkgeverslasten?: any
): number {
  return excelCall(() => {
    const wageBase = requireNumber(loonsom, "loonsom");
    const budgeted = requireNumber(begrote_stijging, "begrote_stijging");
    const rows = toRows(werkelijke_stijging);
    const actual =
      rows.length === 1 && rows[0].length === 1
        ? requireNumber(rows[0][0], "werkelijke_stijging")
        : calc.caoAverage(readStijgingen(rows, "werkelijke_stijging"));
    const charges = optionalNumber(werkgeverslasten, "werkgeverslasten", 0);
    return calc.caoSurplus(wageBase, budgeted, actual, charges).toNumber();
  });
}

/** Sums a range of amounts (a dash or empty cell is nil); only non-zero cells reach the exact sum. */
function sumRange(range: Cell, argument: string): calc.Decimal {
  const values: number[] = [];
  toRows(range).forEach((row, i) =>
    row.forEach((cell) => {
      const amount = amountCell(cell, argument, i);
      if (amount !== 0) values.push(amount);
    })
  );
  return calc.sum(values);
}

/**
 * Berekent de ratio weerstandsvermogen: beschikbare gedeeld door benodigde weerstandscapaciteit.
 * @customfunction WEERSTAND_RATIO
 * @param beschikbaar Beschikbare weerstandscapaciteit (vrij besteedbare reserves); een bereik wordt opgeteld.
 * @param benodigd Benodigde weerstandscapaciteit uit de risico-inventarisatie; een bereik wordt opgeteld.
 * @returns De ratio, bijvoorbeeld 1,1.
 */
export function weerstandRatio(beschikbaar: any[][], benodigd: any[][]): number {
  return excelCall(() =>
    calc
      .weerstandRatio(sumRange(beschikbaar, "beschikbaar"), sumRange(benodigd, "benodigd"))
      .toNumber()
  );
}

/**
 * Beoordeelt een ratio weerstandsvermogen tegen de bandbreedte (grenzen tellen als binnen).
 * @customfunction WEERSTAND_OORDEEL
 * @param ratio De ratio weerstandsvermogen.
 * @param [ondergrens] Ondergrens van de bandbreedte; standaard (ook bij leeg of 0) 0,8, de norm van SamenTwente.
 * @param [bovengrens] Bovengrens van de bandbreedte; standaard (ook bij leeg of 0) 1,0, de norm van SamenTwente.
 * @returns "onder bandbreedte", "binnen bandbreedte" of "boven bandbreedte".
 */
export function weerstandOordeel(ratio: any, ondergrens?: any, bovengrens?: any): string {
  return excelCall(() =>
    calc.weerstandOordeel(
      requireNumber(ratio, "ratio"),
      // A band limit of 0 means nothing, so an empty cell (null on the web, 0 on desktop) is the norm.
      optionalNonZero(ondergrens, "ondergrens", calc.BANDBREEDTE_SAMENTWENTE.ondergrens),
      optionalNonZero(bovengrens, "bovengrens", calc.BANDBREEDTE_SAMENTWENTE.bovengrens)
    )
  );
}

/**
 * Geeft de klasse van een ratio weerstandsvermogen op de schaal van het NAR (A uitstekend tot F ruim onvoldoende).
 * @customfunction WEERSTAND_KLASSE
 * @param ratio De ratio weerstandsvermogen.
 * @returns Klasse en oordeel, bijvoorbeeld "C voldoende".
 */
export function weerstandKlasse(ratio: any): string {
  return excelCall(() => calc.weerstandKlasse(requireNumber(ratio, "ratio")));
}

/**
 * Stelt de tabel Resultaat per financiering op: rijen R, P, G en Totaal; kolommen I, M, S en Totaal.
 * @customfunction RESULTAAT_FINANCIERING
 * @param soorten Kolom met de soort per ontwikkeling: I, M of S.
 * @param financieringen Kolom met R, P of G, of de omschrijving die eindigt op "(R)", "(P)" of "(G)".
 * @param bedragen Kolom met de bedragen; leeg of "-" telt als 0.
 * @returns Matrix van 4 rijen en 4 kolommen.
 */
export function resultaatFinanciering(
  soorten: any[][],
  financieringen: any[][],
  bedragen: any[][]
): number[][] {
  return excelCall(() => {
    const s = toList(soorten, "soorten");
    const f = toList(financieringen, "financieringen");
    const b = toList(bedragen, "bedragen");
    if (s.length !== f.length || s.length !== b.length) {
      throw new calc.CalcError(
        `soorten, financieringen en bedragen moeten even lang zijn (nu ${s.length}, ${f.length} en ${b.length} rijen).`
      );
    }
    const ontwikkelingen: calc.Ontwikkeling[] = [];
    for (let i = 0; i < s.length; i++) {
      if (isBlankRow([s[i], f[i], b[i]])) continue;
      const soort = typeof s[i] === "string" ? calc.parseSoort(s[i] as string) : undefined;
      if (!soort)
        throw new calc.CalcError(
          `soorten, rij ${i + 1}: ${describeTextCell(s[i])} is geen soort; gebruik I, M of S.`
        );
      const financiering =
        typeof f[i] === "string" ? calc.parseFinanciering(f[i] as string) : undefined;
      if (!financiering) {
        throw new calc.CalcError(
          `financieringen, rij ${i + 1}: ${describeTextCell(f[i])} is geen financiering; gebruik R, P of G of eindig de omschrijving op "(R)", "(P)" of "(G)".`
        );
      }
      ontwikkelingen.push({ soort, financiering, bedrag: amountCell(b[i], "bedragen", i) });
    }
    return calc.resultaatPerFinanciering(ontwikkelingen).map((row) => row.map((v) => v.toNumber()));
  });
}

/**
 * Controleert een totaal tegen de som van zijn delen, met tolerantie voor afrondingsverschillen.
 * @customfunction CONTROLE_SOM
 * @param totaal Het totaal zoals het in de tabel staat.
 * @param delen De bedragen die samen het totaal vormen; leeg of "-" telt als 0.
 * @param [tolerantie] Grootste verschil dat als afrondingsverschil geldt; standaard 1.
 * @returns "klopt", "afrondingsverschil" of "fout", gevolgd door het verschil (totaal min som).
 */
export function controleSom(totaal: any, delen: any[][], tolerantie?: any): string {
  return excelCall(() => {
    const total = amountCell(totaal, "totaal");
    const tolerance = optionalNumber(tolerantie, "tolerantie", calc.DEFAULT_TOLERANTIE);
    if (tolerance < 0) throw new calc.CalcError("tolerantie: mag niet negatief zijn.");
    const result = calc.controleSom(total, [sumRange(delen, "delen")], tolerance);
    return calc.controleTekst(result);
  });
}
