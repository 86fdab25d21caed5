import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { FUNCTION_CATALOG } from "../functions/catalog";
import { HostInfo } from "./host";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** The task pane. This first version lists the ST functions; checking and distributing come next. */
export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      <main className={styles.page}>
        <header>
          <Title3 as="h1">Berap-controle</Title3>
          <Body1 as="p">Functies en controles voor de Bestuursrapportage van SamenTwente.</Body1>
        </header>
        {!host.inExcel && (
          <MessageBar intent="info">
            <MessageBarBody>
              Deze pagina is buiten Excel geopend. De ST-functies werken alleen in Excel.
            </MessageBarBody>
          </MessageBar>
        )}
        <section aria-labelledby="functies-kop">
          <Subtitle2 as="h2" id="functies-kop">
            Functies
          </Subtitle2>
          <ul className={styles.list}>
            {FUNCTION_CATALOG.map((f) => (
              <li key={f.name} style={{ listStyle: "none" }}>
                <Card size="small">
                  <CardHeader
                    header={<span className={styles.code}>{f.syntax}</span>}
                    description={<Caption1>{f.description}</Caption1>}
                  />
                  <Caption1>
                    Voorbeeld: <span className={styles.code}>{f.example}</span> geeft {f.result}
                  </Caption1>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </FluentProvider>
  );
}
