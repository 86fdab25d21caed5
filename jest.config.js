/** Unit, property and browser tests (test/e2e drives the production build in headless Chromium). */
module.exports = {
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" },
        diagnostics: { warnOnly: false },
      },
    ],
  },
};
