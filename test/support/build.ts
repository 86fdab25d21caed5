import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");

/** The folder the production build of this test run was emitted to (see globalSetup.js). */
export function productionBuild(): string {
  const dir = process.env.BERAP_BUILD_DIR;
  if (!dir || !fs.existsSync(dir))
    throw new Error("De productiebuild ontbreekt: draai de tests met `npm test`.");
  return dir;
}

/** Every file below `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
  });
}
