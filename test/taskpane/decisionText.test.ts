import type { DecidedFinding, Finding } from "../../src/berap";
import { decide } from "../../src/berap";
import { copyName } from "../../src/taskpane/source/fileSource";
import {
  decidedSummary,
  decisionAnnouncement,
  dutchDate,
  expiredText,
  today,
  withDecided,
} from "../../src/taskpane/check/decisions/text";

/** The pane's words for decisions: the overview line, the dates, the announcement, the copy's name. */
const finding: Finding = {
  regel: "begroting-saldo",
  ernst: "fout",
  blad: "Begroting",
  cel: "D24",
  bericht: "saldo",
  verwacht: 436,
  gevonden: 438,
};
const decided = (besluit: "geaccepteerd" | "genegeerd"): DecidedFinding => ({
  bevinding: finding,
  besluit: decide(finding, besluit, "", "2026-11-25"),
});

describe("decision texts", () => {
  it("adds what is decided to the overview line, and nothing when nothing is", () => {
    const overview = "1 fout, 21 afrondingsverschillen, 18 info";
    expect(withDecided(overview, [])).toBe(overview);
    expect(withDecided(overview, [decided("geaccepteerd"), decided("geaccepteerd")])).toBe(
      `${overview} · 2 geaccepteerd`
    );
    expect(decidedSummary([decided("genegeerd"), decided("geaccepteerd")])).toBe(
      "1 geaccepteerd, 1 genegeerd"
    );
  });

  it("writes dates the Dutch way and keeps today's date in local time", () => {
    expect(dutchDate("2026-11-25")).toBe("25-11-2026");
    expect(dutchDate("gisteren")).toBe("gisteren");
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  it("announces a decision with its place, and counts expired decisions in the singular for one", () => {
    expect(decisionAnnouncement(finding, "genegeerd")).toBe("Begroting D24 genegeerd.");
    expect(decisionAnnouncement(finding, "geaccepteerd")).toBe(
      "Begroting D24 geaccepteerd als afrondingsverschil."
    );
    expect(expiredText(1)).toMatch(/^1 eerder besluit geldt niet meer/);
    expect(expiredText(3)).toMatch(/^3 eerdere besluiten gelden niet meer/);
  });

  it("names the saved copy after the file, once", () => {
    expect(copyName("Berap 2025-2.xlsx")).toBe("Berap 2025-2 (met besluiten).xlsx");
    expect(copyName("Berap 2025-2 (met besluiten).xlsx")).toBe("Berap 2025-2 (met besluiten).xlsx");
    expect(copyName("macro.xlsm")).toBe("macro (met besluiten).xlsm");
  });
});
