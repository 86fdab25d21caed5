/**
 * The hard bounds the reader keeps on any file, so that a hostile or broken file costs at most a few hundred
 * megabytes and a few seconds before it is refused with a reason. A legitimate Berap is a few hundred
 * kilobytes; the bounds leave room for a 2.000.000-cell workbook.
 */
export interface ReadLimits {
  /** Largest uncompressed size of one zip entry (a sheet's XML), in bytes. */
  readonly maxEntryBytes: number;
  /** Largest uncompressed size of all entries the reader inflates together, in bytes. */
  readonly maxTotalBytes: number;
  /** Largest number of filled cells in the whole workbook. */
  readonly maxCells: number;
  /** Largest number of sheets. */
  readonly maxSheets: number;
  /** Largest number of merged ranges in one sheet (each one is kept as a rectangle, never expanded). */
  readonly maxMergesPerSheet: number;
  /** Time the reader may take for one file, in milliseconds. */
  readonly timeBudgetMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  maxCells: 2_000_000,
  maxSheets: 1_000,
  maxMergesPerSheet: 100_000,
  timeBudgetMs: 10_000,
};

/** "300 MB", "2.000.000": numbers as the controllers write them. */
export function megabytes(bytes: number): string {
  return `${dutchInteger(Math.round(bytes / (1024 * 1024)))} MB`;
}

export function dutchInteger(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Throws once the time budget of a read is spent; checked between chunks, so a file never hangs the reader. */
export class Deadline {
  private readonly end: number;

  constructor(private readonly budgetMs: number) {
    this.end = Date.now() + budgetMs;
  }

  get expired(): boolean {
    return Date.now() > this.end;
  }

  get seconds(): number {
    return Math.round(this.budgetMs / 1000);
  }
}
