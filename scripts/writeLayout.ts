import ExcelJS from "exceljs";
import { LayoutCell, LayoutSheet, Value } from "./berapLayout";

/** Writes laid-out sheets into an ExcelJS workbook: values, number formats, bold labels and column widths. */
export function writeLayout(sheets: LayoutSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Berap-controle";
  // A fixed date keeps the generated file byte-for-byte reproducible.
  workbook.created = new Date(Date.UTC(2025, 10, 12));
  workbook.modified = workbook.created;
  // Formulas are written without results: Excel and LibreOffice calculate them when the file is opened.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const layout of sheets) {
    const ws = workbook.addWorksheet(layout.name);
    layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    layout.rows.forEach((row, r) => {
      row.forEach((item, c) => {
        if (item === undefined || item === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        const layoutCell: LayoutCell = typeof item === "object" ? item : { value: item as Value };
        if (layoutCell.formula)
          cell.value = { formula: layoutCell.formula } as ExcelJS.CellFormulaValue;
        else if (layoutCell.value === null) return;
        else cell.value = layoutCell.value;
        if (layoutCell.numFmt) cell.numFmt = layoutCell.numFmt;
        if (layoutCell.bold) cell.font = { bold: true };
      });
    });
  }
  return workbook;
}
