/**
 * Why a file could not be checked. Every reason is one Dutch sentence for the controller; `detail` holds the
 * technical cause (shown in parentheses after the reason, in full with --uitgebreid) and is never shown alone.
 */
export type ReadFailureKind =
  "ontbreekt" | "geen-werkmap" | "versleuteld" | "niet-ondersteund" | "beschadigd" | "te-groot";

export class WorkbookReadError extends Error {
  readonly kind: ReadFailureKind;
  /** The technical cause, for `--uitgebreid`; undefined when the Dutch reason says it all. */
  readonly detail?: string;

  constructor(kind: ReadFailureKind, message: string, detail?: string) {
    super(message);
    this.name = "WorkbookReadError";
    this.kind = kind;
    this.detail = detail;
  }
}
