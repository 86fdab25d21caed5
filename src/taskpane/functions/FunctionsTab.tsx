import {
  Body1,
  Button,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useLayout } from "../layout";
import { useState } from "react";
import { FUNCTION_CATALOG } from "../../functions/catalog";
import { useConfirm } from "../confirm";
import { WorkbookSource } from "../source/workbookSource";
import { FUNCTION_GROUPS, FunctionGuide } from "./guide";

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  args: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "4px",
  },
});

const DESCRIPTIONS = new Map(FUNCTION_CATALOG.map((f) => [f.name, f]));

/** Copies a text; where the browser refuses the clipboard API (some Office hosts), through a selection. */
async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok)
      throw new Error("Kopiëren is hier niet toegestaan; selecteer de formule en kopieer zelf.");
  }
}

/** Functies: the ST functions by group, each argument explained, an example to copy or insert. */
export function FunctionsTab({ source }: { source?: WorkbookSource }) {
  const styles = useStyles();
  const layout = useLayout();
  const confirm = useConfirm();
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string }>();

  async function run(what: () => Promise<string | undefined>) {
    try {
      const text = await what();
      setMessage(text ? { intent: "success", text } : undefined);
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    }
  }

  const card = (f: FunctionGuide) => {
    const info = DESCRIPTIONS.get(f.name);
    return (
      <li key={f.name}>
        <Card size="small">
          <Subtitle2 as="h4" className={styles.code}>
            {info?.syntax ?? `ST.${f.name}`}
          </Subtitle2>
          <Body1>{info?.description}</Body1>
          <ul className={styles.args} aria-label={`Argumenten van ST.${f.name}`}>
            {f.args.map((a) => (
              <li key={a.name}>
                <Caption1>
                  <strong>{a.name}</strong>
                  {a.optional ? " (mag leeg)" : ""}: {a.uitleg}
                </Caption1>
              </li>
            ))}
          </ul>
          <Caption1>
            Voorbeeld: <span className={styles.code}>{f.voorbeeld}</span>
            {f.bij ? ` ${f.bij}` : ""}
            {info ? `, geeft ${info.result}` : ""}.
          </Caption1>
          <div className={styles.actions}>
            <Button
              size="small"
              aria-label={`Kopieer het voorbeeld van ST.${f.name}`}
              onClick={() =>
                run(async () => (await copy(f.voorbeeld), `Gekopieerd: ${f.voorbeeld}`))
              }
            >
              Kopieer
            </Button>
            {source?.insertAtSelection && (
              <Button
                size="small"
                aria-label={`ST.${f.name} invoegen in cel`}
                onClick={() =>
                  run(async () => {
                    const ok = await source.insertAtSelection!([[f.invoegen]], [[f.invoegen]], () =>
                      confirm("De geselecteerde cel is niet leeg. Wilt u haar overschrijven?")
                    );
                    if (!ok) return undefined;
                    const placeholders = f.args.filter(
                      (a) => f.invoegen.includes(a.name) && !a.optional
                    );
                    return placeholders.length > 0
                      ? `ST.${f.name} ingevoegd. Vervang ${placeholders.map((a) => a.name).join(", ")} door het bereik in uw werkmap.`
                      : `ST.${f.name} ingevoegd.`;
                  })
                }
              >
                Invoegen in cel
              </Button>
            )}
          </div>
        </Card>
      </li>
    );
  };

  return (
    <section className={layout.column} aria-labelledby="functies-kop">
      <Subtitle1 as="h2" id="functies-kop">
        ST-functies
      </Subtitle1>
      <Body1 as="p">
        De ST-functies werken in elke cel. Voorbeelden staan zoals u ze in het Nederlandse Excel
        typt, met ; tussen de argumenten.
      </Body1>
      {message && (
        <MessageBar intent={message.intent} layout="multiline" aria-live="polite">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {FUNCTION_GROUPS.map((g) => (
        <section key={g.group} aria-labelledby={`groep-${g.group}`} className={layout.column}>
          <Subtitle2 as="h3" id={`groep-${g.group}`}>
            {g.group}
          </Subtitle2>
          <Caption1>{g.uitleg}</Caption1>
          <ul className={layout.list}>{g.functions.map(card)}</ul>
        </section>
      ))}
    </section>
  );
}
