// Lint setup for `npm run lint` (office-addin-lint picks this file up): Microsoft's office-addins rules for
// React, applied to .ts and .tsx alike, plus the layering of the project as import restrictions, so that a
// change that makes calc depend on Excel, or the engine on Office.js, fails the build.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

// A sibling layer at any depth: "../workbook/x" from src/berap, "../../workbook/x" from src/berap/rules, ...
// (a pattern like "**/workbook" would also forbid the engine's own model/workbook).
const layers = (...names) =>
  names.flatMap((name) =>
    ["../", "../../", "../../../", "../../../../"].flatMap((up) => [`${up}${name}`, `${up}${name}/*`])
  );

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
    ],
  },
});

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    rules: {
      "no-undef": "off", // TypeScript checks names; the browser and Office globals are typed.
      "no-unused-vars": "off", // the TypeScript rule below understands type signatures
      "@typescript-eslint/no-unused-vars": "error",
      "no-eval": "error",
      "no-new-func": "error",
      "react/react-in-jsx-scope": "off",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
    },
  },
  layer(
    ["src/calc/**"],
    ["../*", "!./*"],
    "src/calc is pure arithmetic: it imports nothing outside src/calc."
  ),
  layer(
    ["src/berap/**"],
    [
      ...layers("functions", "workbook", "taskpane", "cli"),
      "react",
      "react-dom",
      "@fluentui/*",
      "exceljs",
      "office-js",
      "@microsoft/office-js",
    ],
    "src/berap is the engine: it knows the workbook model and calc, not Office.js, files or React."
  ),
  layer(
    ["src/functions/**"],
    [
      ...layers("berap", "workbook", "taskpane", "cli"),
      "react",
      "@fluentui/*",
    ],
    "Custom functions only coerce arguments and call calc."
  ),
  layer(
    ["src/workbook/**"],
    [...layers("taskpane", "cli"), "react", "@fluentui/*"],
    "src/workbook adapts files and Office.js to the model; the pane and the command line use it, not the other way round."
  ),
];
