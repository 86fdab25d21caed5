import { Badge, Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ReactNode } from "react";
import type { Ernst, Finding } from "../../berap";
import { useLayout } from "../layout";
import { ERNST_ORDER, groupBySheet } from "./present";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Scrolled to with the first finding of its sheet: kept clear of the tab list and the toolbar above.
  sheetHeading: {
    margin: 0,
    scrollMarginTop: "calc(var(--berap-tabs-h, 0px) + var(--berap-toolbar-h, 0px) + 8px)",
  },
});

export const HEADINGS: Record<Ernst, string> = {
  fout: "Fouten",
  waarschuwing: "Waarschuwingen",
  info: "Info",
};

/** The shown findings: fouten first, each severity under its heading, grouped by sheet; info folded. */
export function SeverityGroups(props: {
  filtered: readonly Finding[];
  shown: ReadonlySet<Ernst>;
  infoOpen: boolean;
  onInfoToggle(): void;
  item(f: Finding): ReactNode;
}) {
  const { filtered, infoOpen } = props;
  const styles = useStyles();
  const layout = useLayout();
  return (
    <>
      {ERNST_ORDER.filter((e) => props.shown.has(e)).map((ernst) => {
        const ofSeverity = filtered.filter((f) => f.ernst === ernst);
        if (ofSeverity.length === 0) return null;
        const folded = ernst === "info" && !infoOpen;
        return (
          <section key={ernst} className={styles.group} aria-labelledby={`kop-${ernst}`}>
            <Subtitle2 as="h3" id={`kop-${ernst}`}>
              {HEADINGS[ernst]} <Badge appearance="outline">{ofSeverity.length}</Badge>
            </Subtitle2>
            {ernst === "info" && (
              <div>
                <Button aria-expanded={infoOpen} onClick={props.onInfoToggle}>
                  {infoOpen ? "Info verbergen" : `Info tonen (${ofSeverity.length})`}
                </Button>
              </div>
            )}
            {!folded &&
              groupBySheet(ofSeverity).map(({ blad, findings }) => (
                <section key={blad} aria-label={`${HEADINGS[ernst]} op ${blad || "de werkmap"}`}>
                  <h4 className={styles.sheetHeading}>
                    <Body1>
                      <strong>{blad || "Werkmap"}</strong> ({findings.length})
                    </Body1>
                  </h4>
                  <ul className={layout.list}>{findings.map((f) => props.item(f))}</ul>
                </section>
              ))}
          </section>
        );
      })}
    </>
  );
}
