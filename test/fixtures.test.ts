import * as fs from "fs";
import * as path from "path";
import { FIXTURES, SHARED_DOMEIN } from "./support/fixtures";

// The project keeps its own copies of the domain documents so that it builds and tests on its own; these
// copies must stay byte-identical to what the domain owners published in shared/domein.
describe("domain fixtures", () => {
  it.each(["berap-2025-2.json", "inwoners-2025.csv"])("%s equals shared/domein", (name) => {
    const ours = fs.readFileSync(path.join(FIXTURES, name), "utf8");
    const theirs = fs.readFileSync(path.join(SHARED_DOMEIN, name), "utf8");
    expect(ours).toBe(theirs);
  });
});
