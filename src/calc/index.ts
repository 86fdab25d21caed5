/**
 * The calculation module: SamenTwente's arithmetic, exact (decimal.js and BigInt, never floats for money),
 * with no knowledge of Excel, Office or the DOM. One concern per file; every function documents a worked
 * example from the domain brief.
 */
export { Decimal, sameDecimal, sum } from "./decimal";
export type { DecimalInput } from "./decimal";
export { CalcError } from "./errors";
export type { CalcErrorCode } from "./errors";
export { addSafeIntegers } from "./safeInteger";
export { round, assertDecimals, MIN_DECIMALS, MAX_DECIMALS } from "./round";
export {
  distribute,
  distributeToNumbers,
  distributeUnits,
  DISTRIBUTION_METHODS,
} from "./distribute";
export type { DistributionMethod, DistributionOptions, DistributionUnits } from "./distribute";
export {
  gemeenten,
  findGemeente,
  lookupGemeente,
  inwonersYears,
  latestInwonersYear,
} from "./inwoners";
export type { Gemeente } from "./inwoners";
export { normalizeMunicipalityName, suggestMunicipality } from "./municipalityName";
export { sortCaoSteps, yearFraction, daysInMonth } from "./caoSteps";
export type { CaoStep, CalendarDate } from "./caoSteps";
export { caoAverage } from "./caoAverage";
export { caoStructural } from "./caoStructural";
export { caoSurplus } from "./caoSurplus";
export { shareByKey, keyOfShare, roundingBand } from "./shareByKey";
export { weightedAverage } from "./weightedAverage";
export type { ShareByKey } from "./shareByKey";
export { weerstandRatio } from "./weerstandRatio";
export { weerstandOordeel, BANDBREEDTE_SAMENTWENTE } from "./weerstandOordeel";
export type { WeerstandOordeel } from "./weerstandOordeel";
export { weerstandKlasse } from "./weerstandKlasse";
export type { WeerstandKlasse } from "./weerstandKlasse";
export {
  parseSoort,
  parseFinanciering,
  parseFinancieringCode,
  SOORTEN,
  FINANCIERINGEN,
  SOORT_NAMEN,
  FINANCIERING_NAMEN,
} from "./soortFinanciering";
export type { Soort, Financiering } from "./soortFinanciering";
export { resultaatPerFinanciering } from "./resultaatPerFinanciering";
export type { Ontwikkeling } from "./resultaatPerFinanciering";
export { controleSom, classifyDifference, controleTekst, DEFAULT_TOLERANTIE } from "./controleSom";
export type { ControleResultaat, ControleStatus } from "./controleSom";
export { formatDutchNumber, formatDutchPercentage, parseDutchNumber } from "./dutchNumber";
export type { ParsedDutchNumber } from "./dutchNumber";
