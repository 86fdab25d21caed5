import { recognizeBerap, validateWorkbook } from "../../src/berap";
import { sheet, workbook } from "../support/ruleTester";
import { technisch, TITLE } from "./rules/begrotingswijzigingTable";

/*
 * A technische begrotingswijziging of our own, in whole euros, written from the domain brief: lasten, baten
 * and saldo (gemeentelijke bijdrage) per programme before the change, the change (with a Verklaring) and
 * after it, the group named in the header row above ("Begroting voor wijziging" over three columns).
 *
 * By hand:
 *   GGD Twente: 38.110.000 - 13.888.000 = 24.222.000; change 120.000 - 120.000 = 0; after 38.230.000,
 *     14.008.000, 24.222.000 (= before + change, and lasten - baten).
 *   OZJT: 3.539.000 - 578.000 = 2.961.000; change -45.000 - -45.000 = 0; after 3.494.000, 533.000, 2.961.000.
 *   Totaal: before 41.649.000, 14.466.000, 27.183.000; change 75.000, 75.000, 0; after lasten
 *     38.230.000 + 3.494.000 = 41.724.000, typed 41.724.001 (a one-euro slip), baten 14.541.000, saldo 27.183.000.
 *   So the slip shows three times, each an afrondingsverschil of 1 euro:
 *     H8 na-lasten = voor + wijziging: 41.649.000 + 75.000 = 41.724.000 (rol-relatie);
 *     H8 Totaal = sum of the programmes: 41.724.000 (tabel-totalen);
 *     J8 na-saldo = lasten - baten: 41.724.001 - 14.541.000 = 27.183.001, typed 27.183.000 (rol-relatie).
 */
const wijziging = (naLastenTotaal: number) =>
  workbook(
    sheet("Begrotingswijziging", [
      ["Technische begrotingswijziging 2025"],
      ["Bedragen in hele euro's"],
      [],
      [, "Begroting voor wijziging", , , "Wijziging", , , "Begroting na wijziging"],
      [
        "Programma",
        "Lasten",
        "Baten",
        "Saldo",
        "Lasten",
        "Baten",
        "Saldo",
        "Lasten",
        "Baten",
        "Saldo",
        "Verklaring",
      ],
      [
        "GGD Twente",
        38110000,
        13888000,
        24222000,
        120000,
        120000,
        0,
        38230000,
        14008000,
        24222000,
        "Hogere subsidie SPUK",
      ],
      [
        "OZJT",
        3539000,
        578000,
        2961000,
        -45000,
        -45000,
        "-",
        3494000,
        533000,
        2961000,
        "Lagere bijdrage derden",
      ],
      ["Totaal", 41649000, 14466000, 27183000, 75000, 75000, 0, naLastenTotaal, 14541000, 27183000],
    ])
  );

describe("a technische begrotingswijziging in whole euros", () => {
  it("is recognised with a role per column, the Verklaring left unread", () => {
    const grid = recognizeBerap(wijziging(41724000)).grids[0];
    expect(grid.kind).toBe("begrotingswijziging");
    expect(grid.roles).toEqual([
      "voor-lasten",
      "voor-baten",
      "voor-saldo",
      "wijziging-lasten",
      "wijziging-baten",
      "wijziging-saldo",
      "na-lasten",
      "na-baten",
      "na-saldo",
    ]);
  });

  it("raises nothing on the consistent table", () => {
    const result = validateWorkbook(wijziging(41724000));
    expect(result.bevindingen.filter((f) => f.ernst !== "info")).toEqual([]);
    expect(result.tabellen).toBe(1);
  });

  it("finds the one-euro slip where worked out by hand", () => {
    // H8 is wrong by its row and by its column with the same figures: one finding.
    expect(
      validateWorkbook(wijziging(41724001))
        .bevindingen.filter((f) => f.ernst !== "info")
        .map((f) => [f.regel, f.cel, f.ernst, f.verwacht, f.gevonden])
    ).toEqual([
      ["rol-relatie", "H8", "waarschuwing", 41724000, 41724001],
      ["rol-relatie", "J8", "waarschuwing", 27183001, 27183000],
    ]);
  });
});

describe("the header of a begrotingswijziging", () => {
  it("takes the title from above the group row, and names each column with its group", () => {
    const grid = recognizeBerap(technisch(120000, { title: TITLE, group: "Technische wijziging" }))
      .grids[0];
    expect(grid.title).toBe(TITLE);
    expect(grid.headers.slice(2, 4)).toEqual([
      "Begroting voor wijziging Saldo",
      "Technische wijziging Lasten",
    ]);
  });
});
