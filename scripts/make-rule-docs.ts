/* Writes docs/regels/<id>.md for every rule, from its meta. Run with `npm run regels`. */
import * as fs from "fs";
import * as path from "path";
import { RULES } from "../src/berap/rules";
import { ruleDoc } from "./ruleDocs";

const dir = path.join(__dirname, "..", "..", "docs", "regels");
fs.mkdirSync(dir, { recursive: true });
for (const rule of RULES) fs.writeFileSync(path.join(dir, `${rule.id}.md`), ruleDoc(rule));
console.log(`${RULES.length} regels beschreven in docs/regels/`);
