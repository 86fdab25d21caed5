/**
 * Why a calculation could not be made.
 *
 * - `ongeldig`: an argument is of the wrong kind or out of range (Excel shows #WAARDE! / #VALUE!).
 * - `niet-gevonden`: a lookup found nothing, such as an unknown municipality or year (Excel shows #N/B / #N/A).
 *
 * The message is Dutch and meant for the controller, because it ends up in Excel's error tooltip and in the
 * task pane unchanged.
 */
export type CalcErrorCode = "ongeldig" | "niet-gevonden";

export class CalcError extends Error {
  readonly code: CalcErrorCode;

  constructor(message: string, code: CalcErrorCode = "ongeldig") {
    super(message);
    this.name = "CalcError";
    this.code = code;
  }
}
