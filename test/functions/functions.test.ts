import * as f from "../../src/functions/functions";
import { berap2025, programma, matrixRow, Regel } from "../support/fixtures";

/*
 * The functions as Excel calls them: numbers, 2-D arrays for ranges, null for an omitted optional argument.
 * Expected figures come from the published 2e Berap 2025 and the domain brief.
 */
const col = (values: unknown[]) => values.map((v) => [v]);
// Excel date serials: 1 April 2025 = 45748, 1 October 2025 = 45931 (days since 30 December 1899).
const APRIL_1_2025 = 45748;
const OCTOBER_1_2025 = 45931;
const cao2025 = [
  [APRIL_1_2025, 0.02],
  [OCTOBER_1_2025, 0.0185],
];

describe("VERDEEL_INWONERS", () => {
  const { Almelo, Totaal } = berap2025.frictiekosten_verdeling as Record<string, number[]>;

  it.each([1, 2, 3, 4])("per_regel reproduces Almelo's published frictiekosten column %p", (c) => {
    const shares = f.verdeelInwoners(
      Totaal[c],
      null as never,
      null as never,
      "per_regel",
      null as never
    );
    expect(shares).toHaveLength(14);
    expect(shares[0]).toEqual([Almelo[c]]);
  });

  it.each([665000, -100000, -270000, 295000])("sluitend (the default) closes on %p", (amount) => {
    const shares = f.verdeelInwoners(
      amount,
      null as never,
      null as never,
      null as never,
      null as never
    );
    expect(shares.reduce((a, [s]) => a + s, 0)).toBe(amount);
  });

  it("takes names, numbers, or name and number pairs", () => {
    // Kennispunt Twente's municipal founders: Almelo 74.164, Enschede 161.852, Hengelo 83.087 (total 319.103).
    // 100.000 x 74.164 / 319.103 = 23.241,4; x 161.852 / 319.103 = 50.721,0; x 83.087 / 319.103 = 26.037,6.
    const byName = f.verdeelInwoners(100000, col(["Almelo", "enschede", "Hengelo"]));
    expect(byName).toEqual([[23241], [50721], [26038]]);
    expect(f.verdeelInwoners(100000, col([74164, 161852, 83087]))).toEqual(byName);
    expect(
      f.verdeelInwoners(100000, [
        ["Almelo", 74164],
        ["Enschede", 161852],
        ["Hengelo", 83087],
      ])
    ).toEqual(byName);
  });
});

describe("VERDEEL", () => {
  it("spills one share per key row, with decimals", () => {
    expect(f.verdeel(100, col([1, 1, 1]), 2, null as never)).toEqual([[33.34], [33.33], [33.33]]);
    expect(f.verdeel(100, col([1, 1, 1]), null as never, "per_regel")).toEqual([[33], [33], [33]]);
    expect(f.verdeel(100, col([1, 1, 1]), null as never, "Per regel")).toEqual([[33], [33], [33]]);
  });

  it("accepts a key typed as a row", () => {
    expect(f.verdeel(10, [[1, 2, 3, 4]])).toEqual([[1], [2], [3], [4]]);
  });
});

describe("INWONERS and GEMEENTEN", () => {
  it("looks up a municipality forgivingly", () => {
    expect(f.inwoners("Rijssen Holten")).toBe(38681);
    expect(f.inwoners("hof van twente", 2025)).toBe(35439);
    expect(f.inwoners("Hof v. Twente")).toBe(35439);
    expect(f.inwoners("Gemeente Hof van Twente")).toBe(35439);
  });

  it("GEMEENTEN spills 14 x 2 in the published order", () => {
    const table = f.gemeenten(null as never);
    expect(table).toHaveLength(14);
    expect(table[0]).toEqual(["Almelo", 74164]);
    expect(table[13]).toEqual(["Wierden", 24935]);
  });
});

describe("CAO_GEMIDDELDE, CAO_STRUCTUREEL, CAO_OVERSCHOT", () => {
  it("the cao 2025 average is 1,96% (0,019625)", () => {
    expect(f.caoGemiddelde(cao2025)).toBe(0.019625);
    expect(f.caoGemiddelde(cao2025, true)).toBe(0.0197175);
  });

  it("ignores empty rows in a generous selection", () => {
    expect(f.caoGemiddelde([...cao2025, ["", ""], [null, null]])).toBe(0.019625);
  });

  it("the structural level is 3,887%", () => {
    expect(f.caoStructureel(cao2025)).toBe(0.03887);
  });

  it("overschot from a fraction or from the stijgingen range", () => {
    // 1.000.000 x (0,053 - (0,0196 + 0,006)) = 27.400
    expect(f.caoOverschot(1000000, 0.053, [[0.0196]], 0.006)).toBe(27400);
    // 1.000.000 x (0,053 - (0,019625 + 0,006)) = 27.375
    expect(f.caoOverschot(1000000, 0.053, cao2025, 0.006)).toBe(27375);
    expect(f.caoOverschot(1000, 0.02, [[0.03]])).toBe(-10);
  });
});

describe("WEERSTAND_RATIO, WEERSTAND_OORDEEL, WEERSTAND_KLASSE", () => {
  type Rij = [string, number | null, number | null, string];
  const rijen = berap2025.weerstandsvermogen.rijen as Rij[];

  it("the 2025 total: 2.835 / 2.856 = 0,9926, published as 1,0, within the band, class D", () => {
    const totaal = rijen.find(([label]) => label === "Totaal") as Rij;
    const ratio = f.weerstandRatio([[totaal[2]]], [[totaal[1]]]);
    expect(ratio.toFixed(1)).toBe("1.0");
    expect(f.weerstandOordeel(ratio)).toBe("binnen bandbreedte");
    expect(f.weerstandKlasse(ratio)).toBe("D matig");
  });

  it("sums ranges: the five reserves give the subtotal 3.179 / 2.856 = 1,1", () => {
    const reserves = rijen.slice(0, 5);
    const ratio = f.weerstandRatio(col(reserves.map((r) => r[2])), col(reserves.map((r) => r[1])));
    expect(ratio).toBeCloseTo(3179 / 2856, 12);
  });

  it("a dash in a range counts as nil", () => {
    expect(f.weerstandRatio(col([100, "-"]), col([50, ""]))).toBe(2);
  });
});

describe("RESULTAAT_FINANCIERING", () => {
  it.each(["GGD Twente", "Veilig Thuis Twente", "Bestuur & Ondersteuning"])(
    "reproduces the %s matrix from its list",
    (naam) => {
      const p = programma(naam);
      const regels: Regel[] = p.blokken.flatMap((b) => [...b.positief, ...b.negatief]);
      const soorten = col(regels.map((r) => r[0]));
      // Financing as a controller's sheet has it: the Omschrijving ending in the code in brackets.
      const financieringen = col(regels.map((r) => `${r[1]} (${r[2]})`));
      // Nil as the report prints it: a dash.
      const bedragen = col(regels.map((r) => r[3] ?? "-"));
      expect(f.resultaatFinanciering(soorten, financieringen, bedragen)).toEqual([
        matrixRow(p, "R"),
        matrixRow(p, "P"),
        matrixRow(p, "G"),
        matrixRow(p, "Verwacht"),
      ]);
    }
  );

  it("skips empty spacer rows", () => {
    expect(
      f.resultaatFinanciering(col(["I", "", "S"]), col(["R", "", "G"]), col([5, "", -3]))
    ).toEqual([
      [5, 0, 0, 5],
      [0, 0, 0, 0],
      [0, 0, -3, -3],
      [5, 0, -3, 2],
    ]);
  });
});

describe("CONTROLE_SOM", () => {
  it("klopt, afrondingsverschil and fout, with the difference", () => {
    expect(f.controleSom(1413, col([174, 92, "-", 50, 83, 163, 213, 76, 562]))).toBe(
      "klopt: verschil 0"
    );
    expect(f.controleSom(928, col([554, 50, 149, 174]))).toBe("afrondingsverschil: verschil 1");
    expect(
      f.controleSom(438, col([12, null, -151, -2, -238, 365, null, null, 12, null, 688, -250]))
    ).toBe("fout: verschil 2");
    expect(f.controleSom(928, col([554, 50, 149, 174]), 0)).toBe("fout: verschil 1");
  });
});
