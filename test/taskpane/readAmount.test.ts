import { readAmount, readAs } from "../../src/taskpane/distribute/readAmount";
import { readWholeNumber } from "../../src/taskpane/BoundedNumber";

describe("reading the amount to distribute", () => {
  it.each([
    ["295.000", "295000"],
    ["665000,50", "665000.5"],
    ["€ 1.000", "1000"],
    ["-/- 12.000", "-12000"],
    ["-665.000", "-665000"],
  ])("reads %s as %s", (typed, value) => {
    const r = readAmount(typed);
    expect(r.kind === "bedrag" && r.value.toString()).toBe(value);
  });

  it("asks about 665,000: 665 thousand (English) or 665 (Dutch)", () => {
    const r = readAmount("665,000");
    expect(r.kind).toBe("vraag");
    if (r.kind !== "vraag") return;
    expect(r.options).toEqual([
      { label: "€ 665.000,00", text: "665.000" },
      { label: "€ 665,00", text: "665" },
    ]);
    // Either answer is read without a new question.
    expect(r.options.map((o) => readAmount(o.text).kind)).toEqual(["bedrag", "bedrag"]);
  });

  it.each([
    ["665000.50", "komma, geen punt: 665000,50", "665000,50"],
    ["1,234,567", "Engels geschreven", "1.234.567"],
    ["abc", "'abc' is geen bedrag: typ cijfers", undefined],
    ["", "Typ een bedrag", undefined],
    ["1.2345", "een punt staat tussen groepen van drie cijfers", undefined],
    ["5%", "geen percentage", undefined],
  ])("names the mistake in %s", (typed, message, suggestion) => {
    const r = readAmount(typed);
    expect(r.kind).toBe("fout");
    if (r.kind !== "fout") return;
    expect(r.error).toContain(message);
    expect(r.suggestion).toBe(suggestion);
  });

  it("says how it read the amount, in euros and cents", () => {
    const r = readAmount("665.000");
    expect(r.kind === "bedrag" && readAs(r.value)).toBe("Gelezen als € 665.000,00");
    const cents = readAmount("12,125");
    expect(cents.kind).toBe("vraag"); // 12,125: 12 thousand 125, or 12 euro 12,5 cents
  });
});

describe("bounded whole numbers (Decimalen, Tolerantie)", () => {
  const bounds = { min: 0, max: 4 };
  it.each([
    ["-1", "Decimalen: kies 0 tot 4; -1 valt daarbuiten."],
    ["5", "Decimalen: kies 0 tot 4; 5 valt daarbuiten."],
    ["25", "Decimalen: kies 0 tot 4; 25 valt daarbuiten."],
    ["0,5", "Decimalen: alleen hele getallen (0 tot 4); '0,5' is geen heel getal."],
    ["x", "Decimalen: typ een heel getal van 0 tot 4."],
  ])("refuses %s with a message", (typed, error) => {
    expect(readWholeNumber(typed, bounds, "Decimalen")).toEqual({ error });
  });
  it("takes 0 to 4", () => {
    expect(["0", "2", "4"].map((t) => readWholeNumber(t, bounds, "Decimalen"))).toEqual([
      { value: 0 },
      { value: 2 },
      { value: 4 },
    ]);
  });
});
