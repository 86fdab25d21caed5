import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { listFiles, productionBuild, ROOT } from "./support/build";

/*
 * Offline checks of manifest.xml (Microsoft's online validator cannot be reached from here): Microsoft's own
 * XSDs through xmllint (../shared/office-schemas, see its README), then what the schemas cannot check: icon
 * sizes, https everywhere, one task pane, the shared runtime wiring, the help page.
 */
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const SCHEMA = path.join(ROOT, "..", "shared", "office-schemas", "OfficeAppManifestV1_1.xsd");
// webpack.config.js is CommonJS; its manifest rewrite is what build:release ships.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../webpack.config.js") as {
  manifestFor: (xml: string, base: string) => string;
};

/** xmllint's verdict on a manifest against Microsoft's schemas: "" when valid, else its messages. */
function schemaErrors(manifest: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
  fs.writeFileSync(file, manifest);
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint ontbreekt (Debian: libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? "" : run.stderr;
}
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

  it("validates against Microsoft's manifest schemas (xmllint --schema)", () => {
    expect(fs.existsSync(SCHEMA)).toBe(true);
    expect(schemaErrors(xml)).toBe("");
  });

  it("the schema check can fail: an empty <AppDomains/> is rejected", () => {
    const broken = xml.replace("<Hosts>", "<AppDomains/>\n  <Hosts>");
    expect(schemaErrors(broken)).toMatch(/AppDomains/);
  });

  it("keeps resource ids within 32 characters and strings within the short (125) and long (250) limits", () => {
    for (const id of attributeValues(doc, "@resid")) expect(id.length).toBeLessThanOrEqual(32);
    for (const [, text] of xml.matchAll(/<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/g))
      for (const [, v] of text.matchAll(/DefaultValue="([^"]*)"/g))
        expect(v.length).toBeLessThanOrEqual(125);
    for (const [, text] of xml.matchAll(/<bt:LongStrings>([\s\S]*?)<\/bt:LongStrings>/g))
      for (const [, v] of text.matchAll(/DefaultValue="([^"]*)"/g))
        expect(v.length).toBeLessThanOrEqual(250);
  });

  it("has one task pane, opened on the page the shared runtime runs", () => {
    expect([...xml.matchAll(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g)].map((m) => m[1])).toEqual([
      "BerapControle",
    ]);
    expect([...xml.matchAll(/xsi:type="ShowTaskpane"/g)]).toHaveLength(1);
    const ids = attributeValues(doc, "@id");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sends the user to the Dutch help page (SupportUrl and Meer informatie)", () => {
    expect(doc.OfficeApp[0].SupportUrl[0]["@DefaultValue"]).toBe(
      "https://localhost:3000/hulp.html"
    );
    expect(resources().get("GetStarted.LearnMoreUrl")).toBe("https://localhost:3000/hulp.html");
  });

  it("icons: IconUrl 32 px, HighResolutionIconUrl 64 px, each bt:Image its named size", () => {
    const size = (url: string) => {
      const bytes = fs.readFileSync(path.join(ROOT, new URL(url).pathname));
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    expect(size(doc.OfficeApp[0].IconUrl[0]["@DefaultValue"])).toEqual([32, 32]);
    expect(size(doc.OfficeApp[0].HighResolutionIconUrl[0]["@DefaultValue"])).toEqual([64, 64]);
    for (const [id, url] of resources()) {
      const named = /^Icon\.(\d+)x\1$/.exec(id);
      if (named) expect(size(url)).toEqual([Number(named[1]), Number(named[1])]);
    }
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

    it("validates against Microsoft's manifest schemas (xmllint --schema)", () => {
      expect(schemaErrors(builtManifest)).toBe("");
    });

    it("ships the help page: Dutch, no script, nothing from elsewhere", () => {
      const help = fs.readFileSync(path.join(productionBuild(), "hulp.html"), "utf8");
      // The production build minifies the page, quotes included.
      expect(help).toMatch(/<html lang="?nl"?>/);
      expect(help).toMatch(/Een bevinding lezen/);
      expect(help).not.toMatch(/<script|https?:\/\//i);
    });

    it("emits the page, both bundles, functions.json and the manifest", () => {
      for (const file of [
        "hulp.html",
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

  describe("release build", () => {
    const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });

    it("refuses to run without BERAP_ADDIN_URL, in one Dutch line, and writes nothing", () => {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "release-")), "dist");
      const run = spawnSync(
        process.execPath,
        [cli, "--mode", "production", "--env", "release", "--env", `outputPath=${out}`],
        { cwd: ROOT, encoding: "utf8", env: { ...process.env, BERAP_ADDIN_URL: "" } }
      );
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(/^Build geweigerd: zet BERAP_ADDIN_URL/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(out)).toBe(false);
    });

    it("refuses an http or localhost address", () => {
      for (const url of ["http://addins.example.nl/berap/", "https://localhost:3000/"]) {
        const run = spawnSync(process.execPath, [cli, "--mode", "production", "--env", "release"], {
          cwd: ROOT,
          encoding: "utf8",
          env: { ...process.env, BERAP_ADDIN_URL: url },
        });
        expect([run.status, run.stderr]).toEqual([1, expect.stringMatching(/^Build geweigerd/)]);
      }
    });

    it("writes the address into every URL of the manifest, which still validates", () => {
      const base = "https://addins.samentwente.nl/berap/";
      const released = manifestFor(xml, base);
      expect(released).not.toMatch(/localhost/);
      const urls = [...released.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) expect(url.startsWith(base)).toBe(true);
      expect(schemaErrors(released)).toBe("");
    });
  });

  it("npm run build:release is the release build", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts["build:release"]).toBe("webpack --mode production --env release");
  });
});
