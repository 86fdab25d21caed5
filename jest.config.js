/** Unit and property tests run in Node; browser tests live in test/e2e and run through test/e2e/run.js. */
module.exports = {
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
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
