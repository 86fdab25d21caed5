import { validateWorkbook } from "../../src/berap";
import { Finding } from "../../src/berap/findings";
import { Workbook } from "../../src/berap/model/workbook";
import { sheet, TestCell, workbook } from "../support/ruleTester";

/*
 * Layouts by other hands: workbooks a tester built independently of our example, each reduced to the
 * layout feature that once raised false fouten. Every case states its figures by hand; a consistent table
 * must give no fout, a slip exactly the fout the hand calculation predicts.
 */

/** Fouten and waarschuwingen as [cel, ernst, verwacht, gevonden]: info is no claim about a figure. */
function claims(
  wb: Workbook
): [string, Finding["ernst"], Finding["verwacht"], Finding["gevonden"]][] {
  return validateWorkbook(wb)
    .bevindingen.filter((f) => f.ernst !== "info")
    .map((f) => [f.cel, f.ernst, f.verwacht, f.gevonden]);
}

function messages(wb: Workbook): string[] {
  return validateWorkbook(wb).bevindingen.map((f) => f.bericht);
}

/*
 * 1. The Resultaat per financiering matrix beside the two lists, on the same header row, with a code column
 *    and a description column ("" | "Financiering" | Incidenteel (I) | ...), and "€" over the list amounts.
 *    The matrix's "Financiering" header is not the negative list's financing column.
 *
 *    By hand (OZJT, 2e Berap 2025): positief 44 + 9 = 53; negatief -215 - 31 = -246;
 *    bedrijfsresultaat 53 - 246 = -193. Matrix, all codes (G), all incidenteel: G|I 44 + 9 - 215 - 31 = -193,
 *    Totaal -193; R and P nil; bottom row -193 | - | - | -193.
 */
function matrixBeside(result: TestCell = -193): Workbook {
  return workbook(
    sheet("OZJT", [
      ["Financiële update OZJT"],
      ["bedragen x € 1.000"],
      [
        "Positieve ontwikkelingen",
        ,
        ,
        "Negatieve ontwikkelingen",
        ,
        ,
        ,
        "Resultaat per financiering",
      ],
      [
        "Soort",
        "Omschrijving",
        "€",
        "Soort",
        "Omschrijving",
        "€",
        ,
        "",
        "Financiering",
        "Incidenteel (I)",
        "Meerjarig (M)",
        "Structureel (S)",
        "Totaal",
      ],
      [
        "I",
        "Voordeel in kind afrekening (G)",
        44,
        "I",
        "Extra lasten als gevolg van ziekte managers (G)",
        -215,
        ,
        "R",
        "Rijksbijdragen",
        "-",
        "-",
        "-",
        "-",
      ],
      [
        "I",
        "Overig (G)",
        9,
        "I",
        "Andere invulling formatie (G)",
        -31,
        ,
        "P",
        "Projecten",
        "-",
        "-",
        "-",
        "-",
      ],
      ["", "Totaal", 53, "", "Totaal", -246, , "G", "Gemeentelijke bijdrage", -193, "-", "-", -193],
      [
        "Verwacht bedrijfsresultaat",
        ,
        ,
        ,
        ,
        result,
        ,
        "",
        "Verwacht bedrijfsresultaat",
        -193,
        "-",
        "-",
        -193,
      ],
    ])
  );
}

describe("1. the financing matrix beside the lists, on their header row", () => {
  it("reads the negative list (its amounts under '€') and finds no fout on the consistent table", () => {
    expect(claims(matrixBeside())).toEqual([]);
    expect(messages(matrixBeside()).join("\n")).not.toMatch(/geen kolom met bedragen/);
  });

  it("finds a slip in the result line: -139 typed where 53 - 246 = -193", () => {
    // The lists give -193 against the line's -139; the matrix's bottom-right -193 is compared with the line.
    expect(claims(matrixBeside(-139))).toEqual([
      ["F8", "fout", -193, -139],
      ["M8", "fout", -139, -193],
    ]);
  });
});
