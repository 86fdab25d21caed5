import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Finding } from "../../src/berap";
import { Sheet } from "../../src/berap";
import { FindingItem } from "../../src/taskpane/check/FindingItem";
import { cellLookup } from "../../src/taskpane/check/present";

/*
 * One finding's "Waarom?" as the pane renders it (server-side rendering of the component, no browser): what
 * the engine gives beyond the message (the cells of the relation, the table as recognised) is shown when it
 * is there, and nothing is made up when it is not.
 */
const sheet = new Sheet("Begroting");
sheet.set(24, 4, { value: 438, numFmt: "#,##0" });
sheet.set(12, 4, { value: 120, formula: "B12-C12", numFmt: "#,##0" });
const cells = cellLookup({ sheets: [sheet] });

const fout: Finding = {
  regel: "begroting-saldo",
  ernst: "fout",
  blad: "Begroting",
  cel: "D24",
  bericht:
    "Totaal, Saldo (som van de verklaring): 438 staat er, 436 volgt uit de tabel (verschil 2).",
  verwacht: 436,
  gevonden: 438,
};

function render(f: Finding, all: Finding[] = [f]): string {
  const noop = () => {};
  return renderToStaticMarkup(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(
        "ul",
        null,
        createElement(FindingItem, {
          finding: f,
          index: 0,
          all,
          cells,
          current: false,
          open: true,
          onSelect: noop,
          onToggle: noop,
          onCell: noop,
        })
      )
    )
  )
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

describe("a finding's Waarom?", () => {
  it("lists the cells of the relation and the table when the engine gives them", () => {
    const text = render({
      ...fout,
      cellen: [
        { blad: "Begroting", cel: "D24" },
        { blad: "Begroting", cel: "D12" },
      ],
      tabel: { titel: "Ontwikkeling begroting 2025", blad: "Begroting", bereik: "A5:D24" },
    });
    expect(text).toContain("Er staat 438, volgens de tabel 436: verschil 2.");
    expect(text).toContain("Tabel: Ontwikkeling begroting 2025 (Begroting A5:D24)");
    expect(text).toContain(
      "Cellen die de controle gebruikt: Begroting D24 (ingetypt: 438) Begroting D12 (formule =B12-C12, uitkomst 120)"
    );
  });

  it("without them, says what its own cell holds and invents no other cells", () => {
    const text = render(fout);
    expect(text).toContain("Begroting D24: ingetypt: 438.");
    expect(text).not.toContain("Cellen die de controle gebruikt");
    expect(text).not.toContain("Tabel:");
  });

  it("relates two checks of the same cell that expect different figures", () => {
    const other: Finding = {
      ...fout,
      ernst: "waarschuwing",
      verwacht: 437,
      messageId: "afrondingsverschil",
      bericht:
        "Totaal, saldo (lasten - baten): 438 staat er, 437 volgt uit de tabel (afrondingsverschil).",
    };
    const text = render(fout, [fout, other]);
    expect(text).toContain("Deze cel wordt op 2 manieren nagerekend en die geven 436 en 437");
    expect(text).toContain(
      "Afrondingsverschil: Er staat 438, volgens de tabel 437: afrondingsverschil 1. (Totaal, saldo (lasten - baten))"
    );
  });
});
