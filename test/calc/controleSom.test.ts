import { classifyDifference, controleSom, controleTekst } from "../../src/calc";

describe("controleSom", () => {
  it("klopt: GGD Twente positieve ontwikkelingen 174+92+0+50+83+163+213+76+562 = 1.413", () => {
    const r = controleSom(1413, [174, 92, 0, 50, 83, 163, 213, 76, 562]);
    expect([r.status, r.verschil.toNumber()]).toEqual(["klopt", 0]);
  });

  it("afrondingsverschil: cao table Subtotaal stijging 928 against 554+50+149+174 = 927", () => {
    const r = controleSom(928, [554, 50, 149, 174]);
    expect([r.status, r.verschil.toNumber()]).toEqual(["afrondingsverschil", 1]);
  });

  it("fout: ontwikkeling begroting saldo 438 against the explanations, which add up to 436", () => {
    const r = controleSom(438, [12, 0, -151, -2, -238, 365, 0, 0, 12, 0, 688, -250]);
    expect([r.status, r.verschil.toNumber()]).toEqual(["fout", 2]);
  });

  it("the tolerance decides what is rounding", () => {
    expect(classifyDifference(2, 2)).toBe("afrondingsverschil");
    expect(classifyDifference(-2, 2)).toBe("afrondingsverschil");
    expect(classifyDifference(2.01, 2)).toBe("fout");
    expect(classifyDifference(0.5, 0)).toBe("fout");
  });

  it("sums exactly: 0,1 + 0,2 against 0,3 klopt", () => {
    expect(controleSom(0.3, [0.1, 0.2]).status).toBe("klopt");
  });

  it("writes the check text with the difference in Dutch notation", () => {
    expect(controleTekst(controleSom(1413, [1413]))).toBe("klopt: verschil 0");
    expect(controleTekst(controleSom(10000, [8765.5]))).toBe("fout: verschil 1.234,5");
    expect(controleTekst(controleSom(-1, [0]))).toBe("afrondingsverschil: verschil -1");
  });
});
