/**
 * The documentation page of a rule, generated from its meta (docs/regels/<id>.md). `npm run regels`
 * writes them; test/berap/ruleContract.test.ts fails when a page is missing or out of date.
 */
import { Rule } from "../src/berap/rules/rule";

const ERNST: Record<string, string> = {
  fout: "fout (een afrondingsverschil binnen de tolerantie is een waarschuwing)",
  waarschuwing: "waarschuwing",
  info: "info",
};

export function ruleDoc(rule: Rule): string {
  const { meta } = rule;
  const lines = [
    `# ${meta.naam} (\`${meta.id}\`)`,
    "",
    meta.beschrijving,
    "",
    `- **Ernst:** ${ERNST[meta.ernst] ?? meta.ernst}`,
    `- **Bron:** \`src/berap/rules/${meta.id}.ts\``,
    "",
  ];
  const options = Object.entries(meta.opties ?? {});
  lines.push("## Opties", "");
  lines.push(
    "- `tolerantie` (standaard 1): het grootste verschil, in eenheden van de getoonde precisie, dat een afrondingsverschil is (voor alle regels; `berap-check --tolerantie`).",
    ...options.map(([name, o]) => `- \`${name}\` (standaard ${o.standaard}): ${o.beschrijving}`),
    ""
  );
  lines.push("## Berichten", "", "| messageId | bericht |", "|---|---|");
  for (const [id, text] of Object.entries(meta.messages))
    lines.push(`| \`${id}\` | ${text.replace(/\|/g, "\\|")} |`);
  lines.push(
    "",
    "Elk bericht komt met `data` (de namen en bedragen waaruit het is opgebouwd), `cellen` (de cellen van de relatie, de eigen cel eerst) en `tabel` (titel, blad en bereik van de tabel zoals herkend).",
    ""
  );
  return lines.join("\n");
}
