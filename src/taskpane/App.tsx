import {
  Body1,
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useRef, useState } from "react";
import { ConfirmProvider } from "./confirm";
import { HostInfo } from "./host";
import { excelSource } from "./source/excelSource";
import { fileSource } from "./source/fileSource";
import { WorkbookSource } from "./source/workbookSource";
// Each tab, with the engine and the calc module behind it, is its own chunk: the pane's frame (title, tabs)
// appears first and Controleren follows at once; the other two tabs are fetched while the browser is idle
// (prefetch), so switching to them does not wait.
const CheckTab = lazy(() =>
  import(/* webpackChunkName: "tab-controleren" */ "./tabs/CheckTab").then((m) => ({
    default: m.CheckTab,
  }))
);
const DistributeTab = lazy(() =>
  import(/* webpackChunkName: "tab-verdelen", webpackPrefetch: true */ "./tabs/DistributeTab").then(
    (m) => ({ default: m.DistributeTab })
  )
);
const FunctionsTab = lazy(() =>
  import(/* webpackChunkName: "tab-functies", webpackPrefetch: true */ "./tabs/FunctionsTab").then(
    (m) => ({ default: m.FunctionsTab })
  )
);

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

type TabId = "controleren" | "verdelen" | "functies";

/** The task pane: Controleren, Verdelen, Functies; in Excel on the open workbook, standalone on a chosen file. */
export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("controleren");
  const [file, setFile] = useState<WorkbookSource>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const source = host.inExcel ? excelSource : file;

  async function openFile(files: FileList | null) {
    const chosen = files?.[0];
    if (!chosen) return;
    setLoading(true);
    setError(undefined);
    try {
      setFile(await fileSource(chosen));
      setTab("controleren");
    } catch (e) {
      setError(`${chosen.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setLoading(false);
    }
  }

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
      <ConfirmProvider>
        <main className={styles.page}>
          <header className={styles.header}>
            <Title3 as="h1">Berap-controle</Title3>
            <Body1 as="p">
              Controles en berekeningen voor de Bestuursrapportage van SamenTwente.
            </Body1>
          </header>
          {!host.inExcel && (
            <MessageBar intent="info">
              <MessageBarBody>
                Deze pagina is buiten Excel geopend. Open een Excel-bestand om het te controleren;
                het blijft op deze computer, er wordt niets verstuurd.
              </MessageBarBody>
              <MessageBarActions>
                <Button appearance="primary" onClick={() => fileInput.current?.click()}>
                  Open een Excel-bestand
                </Button>
                {/* The browser's own file field speaks the browser's language ("Choose File"); the
                    Dutch button above opens it instead. Cleared after each choice, so the same file can
                    be opened again after it changed. */}
                <input
                  ref={fileInput}
                  type="file"
                  accept=".xlsx"
                  hidden
                  onChange={(e) => {
                    void openFile(e.target.files);
                    e.target.value = "";
                  }}
                />
              </MessageBarActions>
            </MessageBar>
          )}
          {loading && <Spinner size="tiny" label="Bestand wordt gelezen ..." />}
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            aria-label="Onderdelen"
          >
            <Tab value="controleren">Controleren</Tab>
            <Tab value="verdelen">Verdelen</Tab>
            <Tab value="functies">Functies</Tab>
          </TabList>
          <Suspense fallback={<Spinner size="tiny" label="Laden ..." />}>
            {tab === "controleren" && <CheckTab key={source?.label} source={source} />}
            {tab === "verdelen" && <DistributeTab source={source} />}
            {tab === "functies" && <FunctionsTab source={source} />}
          </Suspense>
        </main>
      </ConfirmProvider>
    </FluentProvider>
  );
}
