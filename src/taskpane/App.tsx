import {
  Body1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { ConfirmProvider } from "./confirm";
import { HostInfo } from "./host";
import { excelSource } from "./source/excelSource";
import { fileSource } from "./source/fileSource";
import { WorkbookSource } from "./source/workbookSource";
import { CheckTab } from "./tabs/CheckTab";
import { DistributeTab } from "./tabs/DistributeTab";
import { FunctionsTab } from "./tabs/FunctionsTab";

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
                het blijft op deze computer, er wordt niets verstuurd.{" "}
                <label>
                  <strong>Open een Excel-bestand</strong>{" "}
                  <input
                    type="file"
                    accept=".xlsx"
                    aria-label="Open een Excel-bestand"
                    onChange={(e) => openFile(e.target.files)}
                  />
                </label>
              </MessageBarBody>
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
          {tab === "controleren" && <CheckTab key={source?.label} source={source} />}
          {tab === "verdelen" && <DistributeTab source={source} />}
          {tab === "functies" && <FunctionsTab source={source} />}
        </main>
      </ConfirmProvider>
    </FluentProvider>
  );
}
