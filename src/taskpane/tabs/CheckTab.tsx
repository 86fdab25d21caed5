import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SpinButton,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { Ernst, Finding, RULES, validateWorkbook, ValidationResult } from "../../berap";
import { WorkbookSource } from "../source/workbookSource";
import { markingUnavailable } from "../../workbook/officeMarking";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  finding: {
    width: "100%",
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  findingText: { display: "flex", flexDirection: "column", rowGap: "2px" },
});

const ERNST: { ernst: Ernst; label: string; color: "danger" | "warning" | "informative" }[] = [
  { ernst: "fout", label: "Fouten", color: "danger" },
  { ernst: "waarschuwing", label: "Waarschuwingen", color: "warning" },
  { ernst: "info", label: "Info", color: "informative" },
];
const describe = new Map(RULES.map((r) => [r.id, r.beschrijving]));
const show = (v: Finding["verwacht"]) =>
  v === null ? "-" : typeof v === "number" ? v.toLocaleString("nl-NL") : v;

/** Controleren: run the engine on the workbook, list the findings per sheet, jump to their cells. */
export function CheckTab({ source }: { source?: WorkbookSource }) {
  const styles = useStyles();
  const [tolerance, setTolerance] = useState(1);
  const [shown, setShown] = useState<Set<Ernst>>(new Set(["fout", "waarschuwing", "info"]));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ValidationResult>();
  const [message, setMessage] = useState<{ intent: "success" | "error" | "info"; text: string }>();

  async function check() {
    if (!source) return;
    setBusy(true);
    setMessage(undefined);
    try {
      const workbook = await source.read();
      setResult(validateWorkbook(workbook, { tolerantie: tolerance }));
    } catch (e) {
      setMessage({
        intent: "error",
        text: `De werkmap kon niet worden gelezen: ${e instanceof Error ? e.message : String(e)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  async function act(what: () => Promise<string>) {
    try {
      setMessage({ intent: "success", text: await what() });
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    }
  }

  const findings = result?.bevindingen.filter((f) => shown.has(f.ernst)) ?? [];
  const sheets = [...new Set(findings.map((f) => f.blad))];

  return (
    <section className={styles.column} aria-label="Controleren">
      <Body1>
        Controleer {source?.label ?? "een werkmap"} op totalen, matrices en verwijzingen tussen
        tabellen.
      </Body1>
      <div className={styles.row}>
        <Button appearance="primary" onClick={check} disabled={!source || busy}>
          Controleer werkmap
        </Button>
        <Field
          label="Tolerantie (eenheden)"
          orientation="horizontal"
          hint="Verschil dat als afrondingsverschil telt"
        >
          <SpinButton
            value={tolerance}
            min={0}
            max={100}
            onChange={(_, d) => setTolerance(Number(d.value ?? d.displayValue ?? 1) || 0)}
          />
        </Field>
      </div>
      {busy && <Spinner size="tiny" label="Bezig met controleren ..." />}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <div className={styles.row} role="group" aria-label="Toon ernst">
            {ERNST.map(({ ernst, label, color }) => (
              <Checkbox
                key={ernst}
                checked={shown.has(ernst)}
                onChange={(_, d) => {
                  const next = new Set(shown);
                  if (d.checked) next.add(ernst);
                  else next.delete(ernst);
                  setShown(next);
                }}
                label={
                  <span>
                    {label}{" "}
                    <Badge color={color} appearance="filled">
                      {
                        result.samenvatting[
                          ernst === "fout"
                            ? "fouten"
                            : ernst === "waarschuwing"
                              ? "waarschuwingen"
                              : "info"
                        ]
                      }
                    </Badge>
                  </span>
                }
              />
            ))}
          </div>
          {source?.kind === "excel" && (
            <div className={styles.row}>
              {markingUnavailable() ?? (
                <>
                  <Button
                    onClick={() =>
                      act(async () => `${await source.mark!(findings)} cellen gemarkeerd.`)
                    }
                  >
                    Markeer in werkmap
                  </Button>
                  <Button
                    onClick={() =>
                      act(async () => `Markering verwijderd van ${await source.unmark!()} cellen.`)
                    }
                  >
                    Markering verwijderen
                  </Button>
                </>
              )}
              <Button
                onClick={() =>
                  act(
                    async () =>
                      `Rapport geschreven op blad '${await source.writeReport!(result.bevindingen)}'.`
                  )
                }
              >
                Rapport op nieuw blad
              </Button>
            </div>
          )}
          {findings.length === 0 && <Body1>Geen bevindingen om te tonen.</Body1>}
          {sheets.map((sheet) => (
            <section key={sheet} aria-label={`Blad ${sheet || "(werkmap)"}`}>
              <Subtitle2 as="h3">
                {sheet || "(werkmap)"} ({findings.filter((f) => f.blad === sheet).length})
              </Subtitle2>
              <ul className={styles.list}>
                {findings
                  .filter((f) => f.blad === sheet)
                  .map((f, i) => (
                    <li key={`${f.cel}-${f.regel}-${i}`}>
                      <Button
                        className={styles.finding}
                        appearance="subtle"
                        data-testid="bevinding"
                        onClick={() =>
                          source?.select
                            ? source.select(f)
                            : setMessage({ intent: "info", text: `Cel ${f.blad}!${f.cel}` })
                        }
                      >
                        <span className={styles.findingText}>
                          <span>
                            <Badge
                              color={
                                f.ernst === "fout"
                                  ? "danger"
                                  : f.ernst === "waarschuwing"
                                    ? "warning"
                                    : "informative"
                              }
                            >
                              {f.ernst}
                            </Badge>{" "}
                            <strong>{f.cel || "-"}</strong> {f.bericht}
                          </span>
                          <Caption1>
                            Verwacht {show(f.verwacht)}, gevonden {show(f.gevonden)}.{" "}
                            {describe.get(f.regel)}
                          </Caption1>
                        </span>
                      </Button>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
