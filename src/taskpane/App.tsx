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
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { ConfirmProvider } from "./confirm";
import { ErrorBoundary } from "./ErrorBoundary";
import { HostInfo } from "./host";
import { excelSource } from "./source/excelSource";
import { fileSource } from "./source/fileSource";
import { WorkbookSource } from "./source/workbookSource";
import { useStickyHeight } from "./sticky";

// Each tab, with the engine and the calc module behind it, is its own chunk: the pane's frame (title, tabs)
// appears first and Controleren follows at once; the other two tabs are fetched while the browser is idle
// (prefetch), so switching to them does not wait. Made anew on "Opnieuw", so a chunk that failed to load is
// fetched again (React keeps a failed lazy component failed).
function lazyTabs() {
  return {
    controleren: lazy(() =>
      import(/* webpackChunkName: "tab-controleren" */ "./check/CheckTab").then((m) => ({
        default: m.CheckTab,
      }))
    ),
    verdelen: lazy(() =>
      import(
        /* webpackChunkName: "tab-verdelen", webpackPrefetch: true */ "./distribute/DistributeTab"
      ).then((m) => ({ default: m.DistributeTab }))
    ),
    functies: lazy(() =>
      import(
        /* webpackChunkName: "tab-functies", webpackPrefetch: true */ "./functions/FunctionsTab"
      ).then((m) => ({ default: m.FunctionsTab }))
    ),
  };
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
    // Long Dutch compounds (afrondingsverschillen) break at a syllable where the browser can hyphenate.
    hyphens: "auto",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalM,
  },
  // The tab list stays in view while the findings scroll; on a low window (large text) it scrolls along,
  // so that the sticky parts never take the whole height.
  tabs: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-height: 420px)": { position: "static" },
  },
  tabList: { flexWrap: "wrap" },
});

type TabId = "controleren" | "verdelen" | "functies";
const TABS: { id: TabId; label: string }[] = [
  { id: "controleren", label: "Controleren" },
  { id: "verdelen", label: "Verdelen" },
  { id: "functies", label: "Functies" },
];

/** Standalone, the pane follows the system's light or dark setting, also when it changes. */
function usePrefersDark(): boolean {
  const query =
    typeof window !== "undefined" ? window.matchMedia?.("(prefers-color-scheme: dark)") : undefined;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setDark(query.matches);
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, [query]);
  return dark;
}

/** The task pane: Controleren, Verdelen, Functies; in Excel on the open workbook, standalone on a chosen file. */
export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("controleren");
  const [file, setFile] = useState<WorkbookSource>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const tabs = useMemo(() => lazyTabs(), [attempt]);
  const fileInput = useRef<HTMLInputElement>(null);
  const tabsRef = useStickyHeight<HTMLDivElement>("--berap-tabs-h");
  const prefersDark = usePrefersDark();
  const dark = host.inExcel ? host.dark : prefersDark;
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
      // The reason says itself whether the file was unreadable or held no Berap table.
      setError(`${chosen.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setLoading(false);
    }
  }

  const Current = tabs[tab];
  const label = TABS.find((t) => t.id === tab)!.label;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <ConfirmProvider>
        <main className={styles.page}>
          <header className={styles.header}>
            <Title3 as="h1">Berap-controle</Title3>
            <Body1 as="p">
              Controles en berekeningen voor de Bestuursrapportage van SamenTwente.
            </Body1>
          </header>
          {!host.inExcel && (
            <MessageBar intent="info" layout="multiline">
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
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.tabs} ref={tabsRef}>
            <TabList
              className={styles.tabList}
              size="small"
              selectedValue={tab}
              onTabSelect={(_, d) => setTab(d.value as TabId)}
              aria-label="Onderdelen"
            >
              {TABS.map((t) => (
                <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`paneel-${t.id}`}>
                  {t.label}
                </Tab>
              ))}
            </TabList>
          </div>
          <div role="tabpanel" id={`paneel-${tab}`} aria-labelledby={`tab-${tab}`}>
            <ErrorBoundary
              key={`${tab}-${attempt}`}
              part={label}
              onRetry={() => setAttempt((a) => a + 1)}
            >
              <Suspense fallback={<Spinner size="tiny" label="Laden ..." />}>
                <Current key={tab === "controleren" ? source?.label : undefined} source={source} />
              </Suspense>
            </ErrorBoundary>
          </div>
        </main>
      </ConfirmProvider>
    </FluentProvider>
  );
}
