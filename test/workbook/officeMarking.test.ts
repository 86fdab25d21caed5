import {
  markFindings,
  markingUnavailable,
  removeMarking,
  restoreMarking,
} from "../../src/workbook/officeMarking";
import { FakeContext } from "../support/fakeExcel";

/*
 * Removing the marking when the workbook's stored setting was not written by us (a workbook from elsewhere
 * can hold anything under our key), when the user coloured a marked cell since, and where ExcelApi 1.9 is
 * missing. Marking and restoring itself is tested in office.test.ts.
 */
function twentySheets(): FakeContext {
  const ctx = new FakeContext();
  for (let s = 1; s <= 20; s++) {
    const ws = ctx.addSheet(`Blad${s}`);
    ws.setCell(1, 1, { value: "Totaal" });
    ws.setCell(2, 2, { value: s * 200, formula: "B2*2" });
  }
  return ctx;
}

describe("Markering verwijderen trusts nothing it did not write", () => {
  it("Markering verwijderen restores only entries the add-in wrote and says what it ignored", async () => {
    const ctx = twentySheets();
    const ws = ctx.sheets[0];
    const green = {
      color: "#00B050",
      pattern: "Solid",
      patternColor: null,
      patternTintAndShade: 0,
      tintAndShade: 0,
    };
    const fill = (f: Record<string, unknown>) => [[{ format: { fill: f } }]];
    const marked = { ...green, color: "#FFC7CE" };
    // B1, C4 and D7 show the marking's red; the user has since coloured D8 yellow.
    for (const [r, c] of [
      [0, 1],
      [3, 2],
      [6, 3],
    ])
      ws.setCell(r, c, { fill: marked });
    ws.setCell(7, 3, { fill: { ...green, color: "#FFFF00" } });
    // A crafted workbook: genuine entries among entries the add-in never writes.
    ctx.settings.set(
      "berapControle.markering",
      JSON.stringify([
        { sheet: "Blad1", address: "B1", properties: fill(green) },
        { sheet: "Onbekend", address: "A1", properties: fill(green) },
        { sheet: "Blad1", address: "A1:Z1000", properties: fill(green) },
        { sheet: "Blad1", address: "C3", properties: fill({ ...green, color: "red" }) },
        {
          sheet: "Blad1",
          address: "C4",
          properties: [[{ format: { fill: green, font: { bold: true } } }]],
        },
        { sheet: "Blad1", address: "C5", properties: fill({ ...green, numberFormat: "@" }) },
        { sheet: "Blad1", address: "XFE1", properties: fill(green) },
        "B2",
        { sheet: "Blad1", address: "D8", properties: fill(green) },
      ])
    );
    const fills = () => new Map([...ws.cells.entries()].map(([k, c]) => [k, c.fill]));
    const before = fills();
    const result = await restoreMarking(ctx.excel);
    // C4's font is not restored, but its fill is of the known shape: only the fill is written back. D8 no
    // longer shows the marking, so the user's yellow stays.
    expect(result).toEqual({ restored: 2, ignored: 6, changed: 1 });
    expect([ws.cell(0, 1).fill, ws.cell(3, 2).fill, ws.cell(7, 3).fill?.color]).toEqual([
      green,
      green,
      "#FFFF00",
    ]);
    // No other cell's fill changed, and no cell got a fill it did not have.
    for (const [k, f] of fills()) if (k !== "0,1" && k !== "3,2") expect(f).toEqual(before.get(k));
    expect(ctx.settings.has("berapControle.markering")).toBe(false);
  });

  it("tells the controller when entries were ignored, and reads an unreadable setting as nothing to restore", async () => {
    const ctx = twentySheets();
    ctx.settings.set("berapControle.markering", "{niet: json");
    await expect(removeMarking(ctx.excel)).rejects.toThrow(
      "Markering verwijderd van 0 cellen. 1 opgeslagen regel is genegeerd: die komen niet van Berap-controle (onbekend blad, ongeldig adres of onbekende opmaak)."
    );
    // A marked cell the user coloured since is left alone, and the message says so.
    await markFindings(ctx.excel, [
      { sheet: "Blad1", address: "B1", ernst: "fout" },
      { sheet: "Blad1", address: "C5", ernst: "info" },
    ]);
    ctx.sheets[0].setCell(0, 1, { fill: { color: "#FFFF00", pattern: "Solid" } });
    await expect(removeMarking(ctx.excel)).rejects.toThrow(
      "Markering verwijderd van 1 cellen. 1 cel is niet teruggezet: de opvulling is sinds het markeren gewijzigd."
    );
    expect(ctx.sheets[0].cell(0, 1).fill?.color).toBe("#FFFF00");
    // Marking again after a crafted setting keeps only valid entries.
    ctx.settings.set(
      "berapControle.markering",
      JSON.stringify([{ sheet: "Weg", address: "A1", properties: [] }])
    );
    await markFindings(ctx.excel, [{ sheet: "Blad1", address: "B1", ernst: "fout" }]);
    expect(
      JSON.parse(String(ctx.settings.get("berapControle.markering"))).map(
        (e: { sheet: string }) => e.sheet
      )
    ).toEqual(["Blad1"]);
  });

  it("offers marking only where ExcelApi 1.9 is supported", () => {
    const g = globalThis as unknown as { Office?: unknown };
    expect(markingUnavailable()).toMatch(
      /^Markeren kan niet in deze versie van Excel \(ExcelApi 1\.9 ontbreekt\)/
    );
    const asked: string[] = [];
    const office = (supported: boolean) => ({
      context: {
        requirements: {
          isSetSupported: (set: string, v: string) => (asked.push(`${set} ${v}`), supported),
        },
      },
    });
    try {
      g.Office = office(true);
      expect(markingUnavailable()).toBeUndefined();
      g.Office = office(false);
      expect(markingUnavailable()).toMatch(/ExcelApi 1\.9 ontbreekt/);
      expect(asked).toEqual(["ExcelApi 1.9", "ExcelApi 1.9"]);
    } finally {
      delete g.Office;
    }
  });
});
