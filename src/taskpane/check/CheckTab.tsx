import {
  Body1,
  Button,
  Checkbox,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useLayout } from "../layout";
import { useEffect, useMemo, useState } from "react";
import {
  DecidedFinding,
  Decision,
  decisionKey,
  Ernst,
  Finding,
  validateWorkbook,
} from "../../berap";
import { BoundedNumber } from "../BoundedNumber";
import { WorkbookSource } from "../source/workbookSource";
import { reportPresentation } from "../../workbook/reportRows";
import { useStickyHeight } from "../sticky";
import { FindingItem } from "./FindingItem";
import { ExcelActions } from "./ExcelActions";
import { DecidedSection } from "./decisions/DecidedSection";
import { DecisionsBar } from "./decisions/DecisionsBar";
import { withDecided } from "./decisions/text";
import { SeverityGroups } from "./SeverityGroups";
import { useDecisions } from "./decisions/useDecisions";
import { NotRecalculatedBanner } from "./NotRecalculatedBanner";
import {
  CellLookup,
  cellLookup,
  ERNST_ORDER,
  orderForDisplay,
  overviewText,
  place,
  splitNotRecalculated,
} from "./present";
import { TOLERANCE, TOLERANCE_HINT, toleranceUsed } from "./tolerance";
import { useStoredTolerance } from "./useStoredTolerance";

const useStyles = makeStyles({
  // Overview, filters and Vorige/Volgende stay in view under the tab list.
  toolbar: {
    position: "sticky",
    top: "var(--berap-tabs-h, 0px)",
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-height: 420px)": { position: "static" },
  },
});

const FILTERS: { ernst: Ernst; label: string }[] = [
  { ernst: "fout", label: "Fouten" },
  { ernst: "waarschuwing", label: "Waarschuwingen" },
  { ernst: "info", label: "Info" },
];

interface Checked {
  readonly findings: Finding[];
  readonly notices: Finding[];
  readonly suppressed: Finding[];
  readonly cells: CellLookup;
  readonly tolerance: number;
  /** Accepted and ignored findings, apart from the list, and decisions whose figures changed. */
  readonly besloten: DecidedFinding[];
  readonly vervallen: Decision[];
}

/** Controleren: run the engine, fouten first, step through the findings, mark them or write a report. */
export function CheckTab({ source }: { source?: WorkbookSource }) {
  const styles = useStyles();
  const layout = useLayout();
  const toolbarRef = useStickyHeight<HTMLDivElement>("--berap-toolbar-h");
  const { tolerance, storeTolerance } = useStoredTolerance(source);
  const [shown, setShown] = useState<Set<Ernst>>(new Set(ERNST_ORDER));
  const [infoOpen, setInfoOpen] = useState(false);
  const [showSuppressed, setShowSuppressed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked>();
  const [current, setCurrent] = useState<Finding>();
  const [open, setOpen] = useState<Set<Finding>>(new Set());
  const [message, setMessage] = useState<{ intent: "success" | "error" | "info"; text: string }>();
  /** Standalone there is no cell to select: what the cell holds is shown in the toolbar instead. */
  const [cellShown, setCellShown] = useState<string>();

  async function check(tol = tolerance) {
    if (!source) return;
    setBusy(true);
    setMessage(undefined);
    try {
      const workbook = await source.read();
      const cells = cellLookup(workbook);
      const result = validateWorkbook(workbook, {
        tolerantie: tol,
        besluiten: source.decisions?.(),
      });
      const { notices, suppressed, rest } = splitNotRecalculated(result.bevindingen, cells);
      setChecked({
        findings: orderForDisplay(rest, cells.sheetOrder),
        notices,
        suppressed: orderForDisplay(suppressed, cells.sheetOrder),
        cells,
        tolerance: tol,
        besloten: result.besloten,
        vervallen: result.vervallen,
      });
      setCurrent(undefined);
      setCellShown(undefined);
      setOpen(new Set());
    } catch (e) {
      setMessage({
        intent: "error",
        text: `De werkmap kon niet worden gelezen: ${e instanceof Error ? e.message : String(e)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  async function changeTolerance(value: number) {
    await storeTolerance(value);
    if (checked) await check(value);
  }

  async function act(what: () => Promise<string>) {
    try {
      setMessage({ intent: "success", text: await what() });
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    }
  }

  const all = useMemo(
    () =>
      checked
        ? showSuppressed
          ? orderForDisplay([...checked.findings, ...checked.suppressed], checked.cells.sheetOrder)
          : checked.findings
        : [],
    [checked, showSuppressed]
  );
  // The filter (as Markeer and the report use it) and what is visible (info may be folded in).
  const filtered = all.filter((f) => shown.has(f.ernst));
  const visible = filtered.filter((f) => f.ernst !== "info" || infoOpen);
  const position = current ? visible.indexOf(current) : -1;

  async function go(f: Finding | undefined) {
    if (!f || !checked) return;
    setCurrent(f);
    const index = all.indexOf(f);
    // Standalone, showing the cell adds a line to the sticky toolbar at once: scroll after the toolbar has its
    // new height (two frames: the ResizeObserver updates --berap-toolbar-h after the first one's layout).
    const shown = showCell(f);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const button = document.getElementById(`bevinding-${index}`);
        button?.focus({ preventScroll: true });
        const item = document.getElementById(`item-${index}`);
        item?.scrollIntoView({ block: "nearest" });
        // The first finding of a sheet brings its sheet's heading into view as well, below the sticky bars.
        if (item && !item.previousElementSibling)
          item.closest("section")?.querySelector("h4")?.scrollIntoView({ block: "nearest" });
      })
    );
    await shown;
  }

  async function showCell(c: { blad: string; cel: string }) {
    if (!checked) return;
    if (source?.select && c.cel) {
      try {
        await source.select(c as Finding);
      } catch (e) {
        setMessage({
          intent: "error",
          text: `Cel ${place(c)} kon niet worden geselecteerd: ${e instanceof Error ? e.message : String(e)}`,
        });
      }
    } else if (!source?.select) {
      setCellShown(c.cel ? `${place(c)}: ${checked.cells.describe(c.blad, c.cel)}` : place(c));
    }
  }

  function step(delta: 1 | -1) {
    if (visible.length === 0) return;
    const next =
      position < 0
        ? delta > 0
          ? 0
          : visible.length - 1
        : (position + delta + visible.length) % visible.length;
    void go(visible[next]);
  }

  // F8 and Shift+F8 step through the findings, as in Excel's Foutcontrole "Volgende".
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "F8" || !checked) return;
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  const decisions = useDecisions(source, checked, () => check(), setMessage);
  const overview = checked ? withDecided(overviewText(all), checked.besloten) : "";
  const firstFout = visible.find((f) => f.ernst === "fout");
  const presentation = checked && reportPresentation(checked.cells.numFmt);

  return (
    <section className={layout.column} aria-labelledby="controleren-kop">
      <Subtitle1 as="h2" id="controleren-kop">
        Werkmap controleren
      </Subtitle1>
      <Body1>
        Controleer {source?.label ?? "een werkmap"} op totalen, matrices en verwijzingen tussen
        tabellen.
      </Body1>
      <div className={layout.row}>
        <Button appearance="primary" onClick={() => check()} disabled={!source || busy}>
          Controleer werkmap
        </Button>
      </div>
      <Body1>Vorige en Volgende (ook Shift+F8 en F8) lopen de getoonde bevindingen langs.</Body1>
      <BoundedNumber
        label="Tolerantie"
        hint={TOLERANCE_HINT}
        value={tolerance}
        bounds={TOLERANCE}
        onChange={(v) => void changeTolerance(v)}
      />
      {busy && <Spinner size="tiny" label="Bezig met controleren ..." />}
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {checked && checked.notices.length > 0 && (
        <NotRecalculatedBanner
          notices={checked.notices}
          suppressed={checked.suppressed.length}
          shown={showSuppressed}
          onToggle={() => setShowSuppressed(!showSuppressed)}
        />
      )}
      <div className={styles.toolbar} ref={checked ? toolbarRef : undefined} hidden={!checked}>
        {/* Announced when a check is done; also there (empty) before, so screen readers hear the change. */}
        <Body1 role="status" aria-live="polite" data-testid="overzicht">
          {checked && <strong>{overview}</strong>}
        </Body1>
        <Body1 role="status" aria-live="polite" data-testid="besluit-melding">
          {checked && decisions.announcement}
        </Body1>
        {checked && (
          <>
            {firstFout && (
              <Link as="button" onClick={() => void go(firstFout)}>
                Naar de eerste fout
              </Link>
            )}
            {!firstFout && (
              <Body1>
                Geen fouten{filtered.length > 0 ? "; Volgende (F8) loopt de rest langs." : "."}
              </Body1>
            )}
            <div className={layout.row} role="group" aria-label="Toon">
              {FILTERS.map(({ ernst, label }) => (
                <Checkbox
                  key={ernst}
                  checked={shown.has(ernst)}
                  label={`${label} ${all.filter((f) => f.ernst === ernst).length}`}
                  onChange={(_, d) => {
                    const next = new Set(shown);
                    if (d.checked) next.add(ernst);
                    else next.delete(ernst);
                    setShown(next);
                  }}
                />
              ))}
            </div>
            <div className={layout.row}>
              <Button
                onClick={() => step(-1)}
                disabled={visible.length === 0}
                aria-keyshortcuts="Shift+F8"
              >
                Vorige
              </Button>
              <Button
                onClick={() => step(1)}
                disabled={visible.length === 0}
                aria-keyshortcuts="F8"
              >
                Volgende
              </Button>
              <Body1 data-testid="positie">
                {position >= 0
                  ? `${position + 1} van ${visible.length}`
                  : `${visible.length} getoond`}
              </Body1>
            </div>
            {cellShown && <Body1 data-testid="cel">Cel {cellShown}</Body1>}
          </>
        )}
      </div>
      {checked && (
        <>
          <Body1 data-testid="tolerantie-gebruikt">{toleranceUsed(checked.tolerance)}</Body1>
          {source?.kind === "excel" && presentation && (
            <ExcelActions
              source={source}
              filtered={filtered}
              besloten={checked.besloten}
              presentation={presentation}
              act={act}
            />
          )}
          <DecisionsBar source={source} expired={checked.vervallen.length} decisions={decisions} />
          {filtered.length === 0 && <Body1>Geen bevindingen om te tonen.</Body1>}
          <SeverityGroups
            filtered={filtered}
            shown={shown}
            infoOpen={infoOpen}
            onInfoToggle={() => setInfoOpen(!infoOpen)}
            item={(f) => {
              const index = all.indexOf(f);
              return (
                <FindingItem
                  key={`${index}:${decisionKey(f)}`}
                  finding={f}
                  index={index}
                  all={all}
                  cells={checked.cells}
                  current={f === current}
                  open={open.has(f)}
                  onSelect={() => void go(f)}
                  onToggle={() => {
                    const next = new Set(open);
                    if (!next.delete(f)) next.add(f);
                    setOpen(next);
                  }}
                  onCell={(c) => void showCell(c)}
                  onDecide={(besluit, reden) => {
                    const at = visible.indexOf(f);
                    return decisions.decideOn(
                      f,
                      besluit,
                      reden,
                      visible[at + 1] ?? visible[at - 1]
                    );
                  }}
                />
              );
            }}
          />
          {(checked.besloten.length > 0 || checked.vervallen.length > 0) && (
            <DecidedSection
              besloten={checked.besloten}
              cells={checked.cells}
              stored={checked.besloten.length + checked.vervallen.length}
              onRevoke={(d) => void decisions.revoke(d)}
              onRemoveAll={() => void decisions.removeAll()}
            />
          )}
        </>
      )}
    </section>
  );
}
