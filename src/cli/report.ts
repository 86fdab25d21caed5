import { Finding, Summary } from "../berap";

/** The result for one file, in the shape `--json` prints. */
export interface FileReport {
  readonly bestand: string;
  readonly bevindingen: Finding[];
  readonly samenvatting: Summary;
}

const LABEL: Record<Finding["ernst"], string> = {
  fout: "FOUT",
  waarschuwing: "waarschuwing",
  info: "info",
};

/** Human-readable report: per sheet a heading with counts, then one line per finding. */
export function formatReport(report: FileReport): string {
  const lines: string[] = [`${report.bestand}`];
  const sheets = [...new Set(report.bevindingen.map((f) => f.blad))];
  for (const sheet of sheets) {
    const found = report.bevindingen.filter((f) => f.blad === sheet);
    const count = (e: Finding["ernst"]) => found.filter((f) => f.ernst === e).length;
    lines.push(
      "",
      `  ${sheet || "(werkmap)"}: ${count("fout")} fouten, ${count("waarschuwing")} waarschuwingen, ${count("info")} info`
    );
    for (const f of found)
      lines.push(
        `    ${(f.cel || "-").padEnd(6)} ${LABEL[f.ernst].padEnd(12)} ${f.bericht}  [${f.regel}]`
      );
  }
  const s = report.samenvatting;
  lines.push(
    "",
    `  Totaal: ${s.fouten} fouten, ${s.waarschuwingen} waarschuwingen, ${s.info} info`
  );
  return lines.join("\n");
}
