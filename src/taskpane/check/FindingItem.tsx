import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Besluit, decisionKey, Finding } from "../../berap";
import { DecisionActions } from "./decisions/DecisionActions";
import {
  CellLookup,
  FigureFormat,
  figuresLine,
  place,
  relatedFindings,
  relationText,
  ruleExplanation,
  ruleName,
} from "./present";
import { findingFormat, severityLabel } from "../../workbook/reportRows";

export { SEVERITY_LABEL, severityLabel } from "../../workbook/reportRows";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    borderLeft: `4px solid transparent`,
    paddingLeft: tokens.spacingHorizontalXS,
    scrollMarginTop: "calc(var(--berap-tabs-h, 0px) + var(--berap-toolbar-h, 0px) + 8px)",
  },
  // The finding reached by Volgende: a bar in the brand colour (a background would cost text contrast).
  current: { borderLeftColor: tokens.colorBrandStroke1 },
  headline: {
    width: "100%",
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  actions: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  text: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  detail: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  cells: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
});

/** The figures' format: the finding's own cell decides, or a percentage in the message when the cell has none. */
export function formatOf(f: Finding, cells: CellLookup): FigureFormat {
  return findingFormat(f, cells.numFmt(f.blad, f.cel));
}

/** The message without its figures, which the headline already gives in words. */
function subject(f: Finding): string {
  return f.bericht.replace(/:\s*\S+ staat er, \S+ volgt uit de tabel \([^)]*\)\.?$/, "");
}

export interface FindingItemProps {
  finding: Finding;
  index: number;
  all: readonly Finding[];
  cells: CellLookup;
  current: boolean;
  open: boolean;
  onSelect(): void;
  onToggle(): void;
  /** Goes to a cell the relation uses: selects it in Excel, or says what it holds standalone. */
  onCell(cell: { blad: string; cel: string }): void;
  /** Accepts or ignores the finding (the pane checks again); absent where nothing can be stored. */
  onDecide?(besluit: Besluit, reden: string): Promise<void>;
}

/** One finding: a plain headline that selects its cell, and under "Waarom?" the rule, its cells and its relatives. */
export function FindingItem(props: FindingItemProps) {
  const { finding: f, index, all, cells, current, open } = props;
  const styles = useStyles();
  const format = formatOf(f, cells);
  const figures = figuresLine(f, format);
  const related = relatedFindings(f, all);
  const detailId = `waarom-${index}`;
  return (
    <li className={mergeClasses(styles.item, current && styles.current)} id={`item-${index}`}>
      <Button
        className={styles.headline}
        appearance="subtle"
        data-testid="bevinding"
        id={`bevinding-${index}`}
        aria-current={current ? "true" : undefined}
        data-besluit-key={decisionKey(f)}
        onClick={props.onSelect}
      >
        <span className={styles.text}>
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
              {severityLabel(f)}
            </Badge>{" "}
            <strong>{place(f)}</strong>
          </span>
          <Body1>{figures ?? f.bericht}</Body1>
          {figures && <Caption1>{subject(f)}</Caption1>}
        </span>
      </Button>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={open}
          aria-controls={detailId}
          onClick={props.onToggle}
        >
          Waarom?
        </Button>
        {props.onDecide && <DecisionActions finding={f} onDecide={props.onDecide} />}
      </div>
      {open && (
        <div className={styles.detail} id={detailId} data-testid="waarom">
          <Body1>
            <strong>{ruleName(f.regel)}.</strong> {ruleExplanation(f.regel)}
          </Body1>
          {figures && <Caption1>{f.bericht}</Caption1>}
          {f.tabel && (
            <Body1>
              Tabel: {f.tabel.titel} ({place({ blad: f.tabel.blad, cel: f.tabel.bereik })})
            </Body1>
          )}
          {f.cellen && f.cellen.length > 0 && (
            <>
              <Body1>Cellen die de controle gebruikt:</Body1>
              <ul className={styles.cells}>
                {f.cellen.map((c) => (
                  <li key={`${c.blad}!${c.cel}`}>
                    <Link as="button" onClick={() => props.onCell(c)}>
                      {place(c)}
                    </Link>{" "}
                    <Caption1>({cells.describe(c.blad, c.cel)})</Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
          {f.cel && !f.cellen && (
            <Caption1>
              {place(f)}: {cells.describe(f.blad, f.cel)}.
            </Caption1>
          )}
          {related.length > 0 && (
            <>
              <Body1>{relationText(f, related, format)}</Body1>
              <ul className={styles.cells}>
                {related.map((r, i) => (
                  <li key={i}>
                    <Caption1>
                      {severityLabel(r)}: {figuresLine(r, format) ?? r.bericht} ({subject(r)})
                    </Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </li>
  );
}
