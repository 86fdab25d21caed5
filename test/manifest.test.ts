import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { listFiles, productionBuild, ROOT } from "./support/build";

/*
 * Offline checks of manifest.xml (Microsoft's online validator cannot be reached from here): the things that
 * make a manifest fail to sideload or load the wrong thing.
 */
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc: any = parser.parse(xml);

/** Every value of attribute `name` anywhere in the document. */
function attributeValues(node: unknown, name: string, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributeValues(n, name, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === name && typeof value === "string") found.push(value);
      else attributeValues(value, name, found);
    }
  }
  return found;
}

/** The resources, by id: bt:Image, bt:Url and bt:String elements. */
function resources(): Map<string, string> {
  const map = new Map<string, string>();
  const walk = (node: unknown, tag: string) => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, tag));
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (["bt:Image", "bt:Url", "bt:String"].includes(key)) {
          for (const el of value as Record<string, string>[])
            if (el["@id"]) map.set(el["@id"], el["@DefaultValue"]);
        }
        walk(value, key);
      }
    }
  };
  walk(doc, "");
  return map;
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("has a GUID as Id", () => {
    const id = doc.OfficeApp[0].Id[0];
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
    );
  });

  it("defines every resid it references, and references every resource it defines", () => {
    const defined = resources();
    const referenced = new Set(attributeValues(doc, "@resid"));
    expect([...referenced].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined.keys()].filter((id) => !referenced.has(id))).toEqual([]);
  });

  it("uses the namespace ST and a long-lived shared runtime on the task pane page", () => {
    const defined = resources();
    expect(defined.get("Functions.Namespace")).toBe("ST");
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Page>/);
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  });

  it("has the icons 16, 32, 64 and 80 in assets/ as PNG", () => {
    for (const size of [16, 32, 64, 80]) {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
      // Width and height are the two big-endian words after the IHDR chunk type.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  describe("against the production build", () => {
    let emitted: Set<string>;
    let builtManifest: string;
    beforeAll(() => {
      const out = productionBuild();
      emitted = new Set(listFiles(out));
      builtManifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    }, 180_000);

    it("every URL is https and names a file the build emits", () => {
      const urls = [
        ...builtManifest.matchAll(/(?:DefaultValue|SourceLocation DefaultValue)="(https?:[^"]+)"/g),
      ].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) {
        const parsed = new URL(url);
        expect(parsed.protocol).toBe("https:");
        expect(emitted).toContain(parsed.pathname.replace(/^\//, ""));
      }
    });

    it("emits the page, both bundles, functions.json and the manifest", () => {
      for (const file of [
        "taskpane.html",
        "taskpane.js",
        "functions.js",
        "functions.json",
        "manifest.xml",
      ]) {
        expect(emitted).toContain(file);
      }
    });
  });
});
