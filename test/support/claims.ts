import { validateWorkbook } from "../../src/berap";
import { Finding } from "../../src/berap/findings";
import { Workbook } from "../../src/berap/model/workbook";

/** Fouten and waarschuwingen as [cel, ernst, verwacht, gevonden]: info is no claim about a figure. */
export function claims(
  wb: Workbook
): [string, Finding["ernst"], Finding["verwacht"], Finding["gevonden"]][] {
  return validateWorkbook(wb)
    .bevindingen.filter((f) => f.ernst !== "info")
    .map((f) => [f.cel, f.ernst, f.verwacht, f.gevonden]);
}
