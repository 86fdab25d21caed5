/* eslint-disable no-undef */
// Build of the add-in, after Microsoft's Excel-Custom-Functions-Shared and Office-Addin-TaskPane-React
// templates: one page (taskpane.html) hosts the task pane and the custom functions in one shared runtime.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";

/**
 * Where the add-in is hosted, for the manifest in dist/. `npm run build:release` (env.release) requires
 * BERAP_ADDIN_URL and refuses to run without it, so a release can never point at localhost; `npm run build`
 * uses it when set and otherwise keeps localhost:3000 and says so.
 */
/** Stops the build with one Dutch line (no stack trace: this is the user's mistake, not ours). */
function refuse(message) {
  console.error(`Build geweigerd: ${message}`);
  process.exit(1);
}

function addinUrl(release) {
  const raw = (process.env.BERAP_ADDIN_URL || "").trim();
  if (!raw) {
    if (release)
      refuse(
        "zet BERAP_ADDIN_URL op het https-adres waar de invoegtoepassing staat, bijvoorbeeld " +
          "BERAP_ADDIN_URL=https://addins.samentwente.nl/berap/ npm run build:release"
      );
    console.warn(
      "Let op: ontwikkelbuild, dist/manifest.xml wijst naar https://localhost:3000/. Voor een uitgave: npm run build:release met BERAP_ADDIN_URL."
    );
    return urlDev;
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    refuse(`BERAP_ADDIN_URL is geen geldig adres: ${raw}`);
  }
  if (url.protocol !== "https:") refuse(`BERAP_ADDIN_URL moet met https:// beginnen: ${raw}`);
  if (release && ["localhost", "127.0.0.1"].includes(url.hostname))
    refuse(`BERAP_ADDIN_URL wijst naar ${url.hostname}; geef het echte adres.`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest with every development URL replaced by `base` (which ends in "/"). */
function manifestFor(xml, base) {
  return xml.split(urlDev).join(base);
}

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const base = dev ? urlDev : addinUrl(Boolean(env && env.release));
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, (env && env.outputPath) || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ExcelJS's own browser build: its Node entry needs Node's streams, which webpack 5 does not polyfill.
      alias: { exceljs$: require.resolve("exceljs/dist/exceljs.min.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // The help page (the manifest's SupportUrl): static, Dutch, on the add-in's own origin.
          { from: "src/help/hulp.html", to: "hulp.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return manifestFor(content.toString(), base);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? {} : await getHttpsOptions() },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};

module.exports.manifestFor = manifestFor;
module.exports.addinUrl = addinUrl;
