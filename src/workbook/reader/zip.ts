import { Inflate } from "fflate";
import { WorkbookReadError } from "./errors";
import { Deadline, megabytes, ReadLimits } from "./limits";

/**
 * A zip archive read from its central directory, with every size checked before anything is inflated:
 * a zip bomb is refused from its declared sizes, and a lying entry is stopped as soon as it inflates past
 * what it declared or past the cap.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 100_000;
/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032x, so 4 MB per step. */
const STEP = 4 * 1024;

function corrupt(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    "beschadigd",
    "het bestand is beschadigd of onvolledig en kan niet worden gelezen",
    detail
  );
}

/** Entry names as found in the archive, normalised: no leading slash, forward slashes, lower case. */
export function entryKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEocd(view);
    if (eocd < 0) throw corrupt("geen centrale map (end of central directory) gevonden");
    let count = view.getUint16(eocd + 10, true);
    let offset = view.getUint32(eocd + 16, true);
    if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20) {
      const locator = eocd - 20;
      if (view.getUint32(locator, true) === ZIP64_LOCATOR) {
        const at = readUint64(view, locator + 8);
        if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD)
          throw corrupt("zip64-kop ontbreekt");
        count = readUint64(view, at + 32);
        offset = readUint64(view, at + 48);
      }
    }
    if (count > MAX_ENTRIES)
      throw new WorkbookReadError(
        "te-groot",
        `het bestand bevat te veel onderdelen (meer dan ${MAX_ENTRIES.toLocaleString("nl-NL")})`,
        `${count} zip-onderdelen`
      );
    for (let i = 0, at = offset; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
        throw corrupt(`centrale map afgebroken bij onderdeel ${i + 1} van ${count}`);
      const entry = readCentralEntry(view, bytes, at);
      // Names differing only in case: the first one counts, as in Excel.
      if (!this.entries.has(entryKey(entry.name))) this.entries.set(entryKey(entry.name), entry);
      at +=
        46 +
        view.getUint16(at + 28, true) +
        view.getUint16(at + 30, true) +
        view.getUint16(at + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(entryKey(name));
  }

  get names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /**
   * Inflates one entry in steps, handing each piece of output to `onChunk`; refuses before inflating when the
   * declared size is over a cap, and stops when the real output passes the declared size or a cap.
   */
  read(name: string, onChunk: (chunk: Uint8Array) => void, deadline: Deadline): void {
    const entry = this.entries.get(entryKey(name));
    if (!entry) throw corrupt(`onderdeel ${name} ontbreekt`);
    if (entry.encrypted)
      throw new WorkbookReadError("versleuteld", "het bestand is met een wachtwoord beveiligd");
    this.checkSize(entry.size, entry.name);
    const data = this.entryData(entry);
    if (entry.method === 0) {
      this.count(data.length, entry);
      onChunk(data);
      return;
    }
    if (entry.method !== 8)
      throw corrupt(`onderdeel ${entry.name} gebruikt compressiemethode ${entry.method}`);
    let produced = 0;
    const inflate = new Inflate((chunk) => {
      produced += chunk.length;
      this.count(produced, entry, chunk.length);
      onChunk(chunk);
    });
    try {
      for (let at = 0; at < data.length; at += STEP) {
        if (deadline.expired) throw tooSlow(deadline);
        inflate.push(data.subarray(at, Math.min(at + STEP, data.length)), at + STEP >= data.length);
      }
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw corrupt(
        `onderdeel ${entry.name}: ${error instanceof Error ? error.message : String(error)}`
      );
    }
  }

  private checkSize(size: number, name: string): void {
    if (size > this.limits.maxEntryBytes)
      throw new WorkbookReadError(
        "te-groot",
        `het bestand is te groot: een onderdeel is uitgepakt groter dan ${megabytes(this.limits.maxEntryBytes)}`,
        `${name}: ${megabytes(size)}`
      );
    if (this.inflated + size > this.limits.maxTotalBytes)
      throw new WorkbookReadError(
        "te-groot",
        `het bestand is te groot: uitgepakt samen groter dan ${megabytes(this.limits.maxTotalBytes)}`,
        `${name}: ${megabytes(size)} na ${megabytes(this.inflated)}`
      );
  }

  /** Counts inflated bytes; `produced` is the entry's output so far, `added` what this step added. */
  private count(produced: number, entry: ZipEntry, added = produced): void {
    if (produced > entry.size)
      throw corrupt(`onderdeel ${entry.name} pakt groter uit dan opgegeven (${entry.size} bytes)`);
    this.inflated += added;
  }

  private entryData(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL)
      throw corrupt(`lokale kop van ${entry.name} ontbreekt`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw corrupt(`onderdeel ${entry.name} is afgebroken`);
    return this.bytes.subarray(start, end);
  }
}

function tooSlow(deadline: Deadline): WorkbookReadError {
  return new WorkbookReadError(
    "te-groot",
    `het bestand is te groot: lezen duurt langer dan ${deadline.seconds} seconden`
  );
}

function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--)
    if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

function readUint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function readCentralEntry(view: DataView, bytes: Uint8Array, at: number): ZipEntry {
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  if (at + 46 + nameLength + extraLength > bytes.length) throw corrupt("centrale map afgebroken");
  const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
  let compressedSize = view.getUint32(at + 20, true);
  let size = view.getUint32(at + 24, true);
  let localHeaderOffset = view.getUint32(at + 42, true);
  // Zip64: the real sizes and offset sit in extra field 0x0001, in this order, for each one that is maxed out.
  for (let x = at + 46 + nameLength, end = x + extraLength; x + 4 <= end;) {
    const id = view.getUint16(x, true);
    const length = view.getUint16(x + 2, true);
    if (id === 0x0001) {
      let p = x + 4;
      if (size === 0xffffffff) ((size = readUint64(view, p)), (p += 8));
      if (compressedSize === 0xffffffff) ((compressedSize = readUint64(view, p)), (p += 8));
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = readUint64(view, p);
    }
    x += 4 + length;
  }
  return {
    name,
    method: view.getUint16(at + 10, true),
    compressedSize,
    size,
    localHeaderOffset,
    encrypted: (view.getUint16(at + 8, true) & 1) === 1,
  };
}
