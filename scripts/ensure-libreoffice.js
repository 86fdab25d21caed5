/* eslint-disable no-undef */
// The sjabloon test recalculates workbooks with LibreOffice (a real spreadsheet engine). `npm test` calls this
// first: it installs Debian's libreoffice-calc-nogui when it is missing and apt-get can be used (root, as on
// CI and the team's machines); elsewhere it says what to install and stops.
const { execSync } = require("child_process");
const fs = require("fs");

const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"];
if (SOFFICE.some((p) => fs.existsSync(p))) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
  console.log(
    "LibreOffice ontbreekt: libreoffice-calc-nogui wordt geïnstalleerd (eenmalig, enkele minuten) ..."
  );
  execSync(
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui",
    {
      stdio: "inherit",
    }
  );
  process.exit(0);
}
console.error(
  "De tests hebben LibreOffice nodig (soffice). Installeer het pakket libreoffice-calc-nogui (Debian/Ubuntu) of LibreOffice."
);
process.exit(1);
