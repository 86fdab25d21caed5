/* eslint-disable no-undef */
// `npm test` calls this first. The tests need three Debian programs: LibreOffice (recalculates the
// Berap-sjabloon: a real spreadsheet engine), Chromium (runs the task pane in the browser tests) and xmllint
// (validates manifest.xml against Microsoft's XSDs).
// Missing ones are installed when apt-get can be used (root, as on CI and the team's machines);
// elsewhere it says what to install and stops.
const { execSync } = require("child_process");
const fs = require("fs");

const TOOLS = [
  {
    name: "LibreOffice",
    pkg: "libreoffice-calc-nogui",
    paths: ["/usr/bin/soffice", "/usr/local/bin/soffice"],
  },
  { name: "Chromium", pkg: "chromium", paths: ["/usr/bin/chromium"] },
  { name: "xmllint", pkg: "libxml2-utils", paths: ["/usr/bin/xmllint", "/usr/local/bin/xmllint"] },
];
const missing = TOOLS.filter((t) => !t.paths.some((p) => fs.existsSync(p)));
if (missing.length === 0) process.exit(0);

const packages = missing.map((t) => t.pkg).join(" ");
// "LibreOffice", "LibreOffice en xmllint", "LibreOffice, Chromium en xmllint".
const names = missing.map((t) => t.name);
const listed =
  names.length > 1 ? `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}` : names[0];
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
  console.log(
    `${listed} ${names.length > 1 ? "ontbreken" : "ontbreekt"}: ${packages} ${names.length > 1 ? "worden" : "wordt"} geïnstalleerd (eenmalig, enkele minuten) ...`
  );
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`,
    {
      stdio: "inherit",
    }
  );
  process.exit(0);
}
console.error(`De tests hebben ${listed} nodig. Installeer: ${packages} (Debian/Ubuntu).`);
process.exit(1);
