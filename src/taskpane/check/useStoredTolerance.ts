import { useEffect, useState } from "react";
import { readWholeNumber } from "../BoundedNumber";
import { WorkbookSource } from "../source/workbookSource";
import { TOLERANCE, TOLERANCE_SETTING } from "./tolerance";

/**
 * The tolerance as a setting of the workbook: read when the workbook (or file) is there, written when the
 * controller changes it. A workbook that cannot store it (read only) keeps the new value for this session.
 */
export function useStoredTolerance(source: WorkbookSource | undefined) {
  const [tolerance, setTolerance] = useState<number>(TOLERANCE.default);

  useEffect(() => {
    let live = true;
    source
      ?.readSetting(TOLERANCE_SETTING)
      .then((stored) => {
        if (!live || stored === undefined || stored === null) return;
        const read = readWholeNumber(String(stored), TOLERANCE, "Tolerantie");
        if ("value" in read) setTolerance(read.value);
      })
      .catch(() => undefined); // no stored tolerance: the default stays
    return () => {
      live = false;
    };
  }, [source]);

  async function storeTolerance(value: number) {
    setTolerance(value);
    try {
      await source?.writeSetting(TOLERANCE_SETTING, value);
    } catch {
      // Not stored (a read-only workbook): the tolerance still applies to this check.
    }
  }

  return { tolerance, storeTolerance };
}
