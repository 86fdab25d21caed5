// Runs the production build once for the whole test run (the manifest and functions.json tests read what it
// emits) and tells the test workers where it is.
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

module.exports = async function globalSetup() {
  const root = path.join(__dirname, "..", "..");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "berap-build-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  execFileSync(process.execPath, [cli, "--mode", "production", "--env", `outputPath=${out}`], {
    cwd: root,
    stdio: "pipe",
    env: { ...process.env, BERAP_ADDIN_URL: "" },
  });
  process.env.BERAP_BUILD_DIR = out;
};
