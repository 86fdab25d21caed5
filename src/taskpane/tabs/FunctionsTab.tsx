import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { FUNCTION_CATALOG } from "../../functions/catalog";
import { useConfirm } from "../confirm";
import { WorkbookSource } from "../source/workbookSource";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** Functies: every ST function with its description and an example that can be put into the selected cell. */
export function FunctionsTab({ source }: { source?: WorkbookSource }) {
  const styles = useStyles();
  const confirm = useConfirm();
  const [message, setMessage] = useState<string>();
  return (
    <section aria-label="Functies">
      <Body1 as="p">
        De ST-functies werken in elke cel, bijvoorbeeld =ST.VERDEEL_INWONERS(295000).
      </Body1>
      {message && (
        <MessageBar intent="success">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {FUNCTION_CATALOG.map((f) => (
          <li key={f.name}>
            <Card size="small">
              <CardHeader
                header={<span className={styles.code}>{f.syntax}</span>}
                description={<Caption1>{f.description}</Caption1>}
              />
              <Caption1>
                Voorbeeld: <span className={styles.code}>{f.example}</span> geeft {f.result}
              </Caption1>
              {source?.insertAtSelection && (
                <Button
                  size="small"
                  aria-label={`${f.name} invoegen in cel`}
                  onClick={async () => {
                    const ok = await source.insertAtSelection!([[f.formula]], [[f.formula]], () =>
                      confirm("De geselecteerde cel is niet leeg. Wilt u haar overschrijven?")
                    );
                    setMessage(ok ? `${f.name} ingevoegd.` : undefined);
                  }}
                >
                  Invoegen in cel
                </Button>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
