/**
 * The documentation page of a rule, generated from its meta (docs/regels/<id>.md). `npm run regels`
 * writes them; test/berap/ruleContract.test.ts fails when a page is missing or out of date.
 */
import { formatDutchNumber, formatDutchPercentage } from "../src/calc";
import { validateWorkbook } from "../src/berap/engine";
import { Finding } from "../src/berap/findings";
import { readAmount } from "../src/berap/model/amount";
import { columnName, isErrorValue } from "../src/berap/model/workbook";
import { exampleCell, exampleWorkbook } from "../src/berap/rules/examples";
import { ExampleCell, Rule, RuleExample } from "../src/berap/rules/rule";

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
    lines.push(`| \`${id}\` | ${escape(text)} |`);
  lines.push(
    "",
    "Elk bericht komt met `data` (de namen en bedragen waaruit het is opgebouwd), `cellen` (de cellen van de relatie, de eigen cel eerst) en `tabel` (titel, blad en bereik van de tabel zoals herkend).",
    ""
  );
  if (meta.voorbeelden) {
    lines.push(...exampleSection("Voorbeeld: klopt", rule, meta.voorbeelden.klopt));
    lines.push(...exampleSection("Voorbeeld: klopt niet", rule, meta.voorbeelden.kloptNiet));
  }
  return lines.join("\n");
}

/** The findings of this rule alone on an example: what the page shows under it and the contract test runs. */
export function exampleFindings(rule: Rule, example: RuleExample): Finding[] {
  return validateWorkbook(exampleWorkbook(example), { rules: [rule] }).bevindingen.filter(
    (f) => f.regel === rule.id
  );
}

function exampleSection(title: string, rule: Rule, example: RuleExample): string[] {
  const lines = [`## ${title}`, ""];
  for (const [name, rows] of Object.entries(example.bladen))
    lines.push(`Blad *${escape(name)}*:`, "", ...sheetTable(rows), "");
  lines.push(example.uitleg, "");
  const findings = exampleFindings(rule, example);
  if (findings.length === 0) lines.push("Bevindingen van deze regel: geen.", "");
  else {
    lines.push("Bevindingen van deze regel:", "");
    for (const f of findings) {
      const where = [f.blad, f.cel].filter(Boolean).join("!");
      const id = f.messageId ? ` (\`${f.messageId}\`)` : "";
      lines.push(
        `- **${severity(f)}**${where ? ` in ${escape(where)}` : ""}${id}: ${escape(f.bericht)}`
      );
    }
    lines.push("");
  }
  return lines;
}

function severity(f: Finding): string {
  if (f.messageId === "afrondingsverschil") return "Afrondingsverschil";
  return { fout: "Fout", waarschuwing: "Waarschuwing", info: "Info" }[f.ernst];
}

/** A sheet as Excel shows it: column letters above, row numbers in front, figures the Dutch way. */
function sheetTable(rows: readonly (readonly ExampleCell[])[]): string[] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const letters = Array.from({ length: width }, (_, i) => columnName(i + 1));
  return [
    `|   | ${letters.join(" | ")} |`,
    `|---|${letters.map(() => "---").join("|")}|`,
    ...rows.map(
      (row, r) => `| ${r + 1} | ${letters.map((_, c) => escape(shown(row[c]))).join(" | ")} |`
    ),
  ];
}

function shown(c: ExampleCell | undefined): string {
  const cell = exampleCell(c);
  if (!cell) return "";
  const v = cell.value;
  let text: string;
  if (typeof v === "number") {
    const a = readAmount(cell);
    text =
      a.kind === "getal"
        ? a.percent
          ? formatDutchPercentage(a.value, Math.max(0, a.decimals - 2))
          : formatDutchNumber(a.value, a.decimals)
        : String(v);
  } else if (typeof v === "string") text = v.replace(/^ +/, (s) => "&nbsp;".repeat(s.length));
  else if (v === null) text = "";
  else if (isErrorValue(v)) text = v.error;
  else text = v ? "WAAR" : "ONWAAR";
  return cell.formula !== undefined ? `${text} (\`=${cell.formula}\`)` : text;
}

function escape(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");
}
