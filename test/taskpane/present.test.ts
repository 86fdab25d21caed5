import type { Finding } from "../../src/berap";
import { Sheet } from "../../src/berap";
import {
  cellLookup,
  figureFormat,
  figuresLine,
  groupBySheet,
  orderForDisplay,
  overviewText,
  ruleName,
  showFigure,
  splitNotRecalculated,
} from "../../src/taskpane/check/present";

const f = (over: Partial<Finding>): Finding => ({
  regel: "lijst-totaal",
  ernst: "waarschuwing",
  blad: "A",
  cel: "B2",
  bericht: "x (afrondingsverschil).",
  messageId: "afrondingsverschil",
  verwacht: 1,
  gevonden: 2,
  ...over,
});

describe("presenting findings", () => {
  it("orders by severity, then the workbook's sheet order, then row and column", () => {
    const list = [
      f({ ernst: "info", blad: "A", cel: "A1" }),
      f({ blad: "B", cel: "A1" }),
      f({ blad: "A", cel: "C10" }),
      f({ blad: "A", cel: "B10" }),
      f({ ernst: "fout", blad: "B", cel: "Z99" }),
      f({ blad: "A", cel: "A2" }),
    ];
    const ordered = orderForDisplay(list, ["A", "B"]);
    expect(ordered.map((x) => `${x.ernst} ${x.blad}!${x.cel}`)).toEqual([
      "fout B!Z99",
      "waarschuwing A!A2",
      "waarschuwing A!B10",
      "waarschuwing A!C10",
      "waarschuwing B!A1",
      "info A!A1",
    ]);
    expect(groupBySheet(ordered.slice(1, 5)).map((g) => [g.blad, g.findings.length])).toEqual([
      ["A", 3],
      ["B", 1],
    ]);
  });

  it("counts fouten, afrondingsverschillen, other warnings and info in one line", () => {
    expect(
      overviewText([
        f({ ernst: "fout", bericht: "verschil 2", messageId: "bedragKloptNiet" }),
        f({}),
        f({}),
        f({ bericht: "tabel niet gelezen", regel: "tabel-niet-herkend", messageId: "nietGelezen" }),
        f({ ernst: "info" }),
      ])
    ).toBe("1 fout, 2 afrondingsverschillen, 1 waarschuwing, 1 info");
    // A distribution whose per-row rounded shares cannot add up to its Totaal is a rounding difference too.
    expect(
      overviewText([f({ regel: "verdeling-gemeenten", messageId: "perRegelNietSluitend" })])
    ).toBe("0 fouten, 1 afrondingsverschil, 0 info");
    expect(overviewText([])).toBe("0 fouten, 0 afrondingsverschillen, 0 info");
  });

  it("shows figures as their cells do: thousands, decimals, percentages", () => {
    expect(figureFormat("#,##0")).toEqual({ percent: false, decimals: 0 });
    expect(figureFormat("0.0%")).toEqual({ percent: true, decimals: 1 });
    expect(figureFormat('#,##0.00;[Red]-#,##0.00;"-"')).toEqual({ percent: false, decimals: 2 });
    expect(showFigure(-1377, figureFormat("#,##0"))).toBe("-1.377");
    expect(showFigure(0.071, figureFormat("0.0%"))).toBe("7,1%");
    expect(showFigure(0.5, figureFormat(undefined))).toBe("0,5");
    // 438 staat er, 436 volgt: verschil 438 - 436 = 2.
    expect(
      figuresLine(
        f({ ernst: "fout", bericht: "", verwacht: 436, gevonden: 438 }),
        figureFormat("#,##0")
      )
    ).toBe("Er staat 438, volgens de tabel 436: verschil 2.");
    expect(
      figuresLine(f({ ernst: "info", verwacht: null, gevonden: 3 }), figureFormat(undefined))
    ).toBeUndefined();
  });

  it("names rules plainly, never by their id", () => {
    expect(ruleName("totaal-zonder-formule")).toBe("Totaal ingetypt");
    expect(ruleName("een-nieuwe-regel")).toBe("Controle");
  });

  it("sets apart what follows from formulas without a calculated value", () => {
    const sheet = new Sheet("P");
    sheet.set(5, 3, { value: null, formula: "SUM(C1:C4)" }); // C5: no value
    sheet.set(6, 3, { value: 7 });
    const cells = cellLookup({ sheets: [sheet] });
    const notice = f({
      regel: "tabel-niet-herkend",
      blad: "P",
      cel: "",
      bericht: "1 formule heeft geen berekende waarde; open ...",
    });
    const onIt = f({ ernst: "fout", blad: "P", cel: "C5", verwacht: 12, gevonden: 0 });
    const usesIt = f({
      ernst: "fout",
      blad: "P",
      cel: "C6",
      verwacht: 3,
      gevonden: 7,
      cellen: [
        { blad: "P", cel: "C6" },
        { blad: "P", cel: "C5" },
      ],
    });
    const zeroElsewhere = f({ ernst: "fout", blad: "P", cel: "C7", verwacht: 0, gevonden: 665 });
    const real = f({ ernst: "fout", blad: "P", cel: "C6", verwacht: 3, gevonden: 7 });
    const split = splitNotRecalculated([notice, onIt, usesIt, zeroElsewhere, real], cells);
    expect(split.notices).toEqual([notice]);
    expect(split.suppressed).toEqual([onIt, usesIt, zeroElsewhere]);
    expect(split.rest).toEqual([real]);
    // Without a notice nothing is set apart.
    expect(splitNotRecalculated([onIt], cells).rest).toEqual([onIt]);
  });
});
