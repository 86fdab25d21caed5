import { Workbook } from "../../../src/berap/model/workbook";
import { RuleExample } from "../../../src/berap/rules/rule";
import { sheet, workbook } from "../../support/ruleTester";

/** A rule's example (meta.voorbeelden) as a workbook: each sheet's rows from A1. */
export function exampleWorkbook(example: RuleExample): Workbook {
  return workbook(
    ...Object.entries(example.bladen).map(([name, rows]) =>
      sheet(
        name,
        rows.map((r) => [...r])
      )
    )
  );
}
