import * as fs from "fs";
import * as path from "path";
import * as functions from "../../src/functions/functions";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { productionBuild } from "../support/build";

/*
 * functions.json, as the production build emits it from the JSDoc in functions.ts, must describe exactly
 * the exported functions, in Dutch, with the optional parameters marked; the pane's catalog must match it.
 */
interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; optional?: boolean }[];
  }[];
}

const toExcelName = (camel: string) => camel.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
const EXPECTED = [
  "VERDEEL",
  "VERDEEL_INWONERS",
  "INWONERS",
  "GEMEENTEN",
  "CAO_GEMIDDELDE",
  "CAO_STRUCTUREEL",
  "CAO_OVERSCHOT",
  "WEERSTAND_RATIO",
  "WEERSTAND_OORDEEL",
  "WEERSTAND_KLASSE",
  "RESULTAAT_FINANCIERING",
  "CONTROLE_SOM",
];

describe("functions.json", () => {
  let metadata: Metadata;
  beforeAll(() => {
    metadata = JSON.parse(fs.readFileSync(path.join(productionBuild(), "functions.json"), "utf8"));
  }, 180_000);

  it("lists the twelve ST functions, one for every export of functions.ts", () => {
    const exported = Object.keys(functions).map(toExcelName).sort();
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual([...EXPECTED].sort());
    expect(ids).toEqual(exported);
  });

  it("describes every function and parameter in Dutch", () => {
    const dutch = /\b(de|het|een|van|en|of|als|met|per)\b/i;
    for (const f of metadata.functions) {
      expect(f.description).toMatch(dutch);
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(10);
    }
  });

  it("marks exactly the parameters in [brackets] of the catalog syntax as optional", () => {
    for (const info of FUNCTION_CATALOG) {
      const f = metadata.functions.find((m) => m.id === info.name);
      expect(f).toBeDefined();
      const args = info.syntax.slice(info.syntax.indexOf("(") + 1, -1).split("; ");
      expect(f!.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(
        args.filter((a) => a)
      );
    }
  });

  it("has the same descriptions as the task pane's catalog", () => {
    expect(FUNCTION_CATALOG.map((c) => [c.name, c.description])).toEqual(
      metadata.functions.map((f) => [f.id, f.description])
    );
  });
});
