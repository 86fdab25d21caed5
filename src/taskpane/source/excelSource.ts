import type { Finding } from "../../berap";
import { readOpenWorkbook, selectCell } from "../../workbook/office";
import { insertAtSelection } from "../../workbook/officeInsert";
import { markFindings, removeMarking } from "../../workbook/officeMarking";
import { readSelectedKey, readSelectedNumber } from "../../workbook/officeSelection";
import { writeReportSheet } from "../../workbook/officeReport";
import { writeDecisionStore } from "../../workbook/officeStore";
import { readWorkbookSetting, writeWorkbookSetting } from "../../workbook/officeSettings";
import { WorkbookSource } from "./workbookSource";

/** The open workbook in Excel, through the Office.js adapters. */
export const excelSource: WorkbookSource = {
  kind: "excel",
  label: "de open werkmap",
  read: () => Excel.run((context) => readOpenWorkbook(context)),
  select: (f: Finding) => Excel.run((context) => selectCell(context, f.blad, f.cel)),
  mark: (findings) =>
    Excel.run((context) =>
      markFindings(
        context,
        findings
          .filter((f) => f.cel)
          .map((f) => ({ sheet: f.blad, address: f.cel, ernst: f.ernst }))
      )
    ),
  unmark: () => Excel.run((context) => removeMarking(context)),
  writeReport: (findings, presentation, besloten) =>
    Excel.run((context) => writeReportSheet(context, findings, presentation, besloten)),
  writeDecisions: (decisions) => Excel.run((context) => writeDecisionStore(context, decisions)),
  readSetting: (key) => Excel.run((context) => readWorkbookSetting(context, key)),
  writeSetting: (key, value) => Excel.run((context) => writeWorkbookSetting(context, key, value)),
  selectedNumber: () => Excel.run((context) => readSelectedNumber(context)),
  selectedKey: () => Excel.run((context) => readSelectedKey(context)),
  insertAtSelection: (values, formulas, confirm) =>
    Excel.run((context) => insertAtSelection(context, values, formulas, confirm)),
};
