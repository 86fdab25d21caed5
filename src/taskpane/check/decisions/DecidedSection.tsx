import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DecidedFinding } from "../../../berap";
import { useLayout } from "../../layout";
import { CellLookup, figuresLine, place } from "../present";
import { formatOf, severityLabel } from "../FindingItem";
import { DECIDED_LABEL, dutchDate } from "./text";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  toggle: { height: "auto", textAlign: "left", justifyContent: "flex-start", minWidth: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface DecidedSectionProps {
  besloten: readonly DecidedFinding[];
  cells: CellLookup;
  /** How many decisions are stored in all, also those whose figures changed: "Alle besluiten verwijderen". */
  stored: number;
  onRevoke(decided: DecidedFinding): void;
  onRemoveAll(): void;
}

/**
 * "Geaccepteerd en genegeerd (n)": the decided findings, folded by default, each with its decision, reason and
 * date and "Besluit intrekken"; below them "Alle besluiten verwijderen" (asked first).
 */
export function DecidedSection(props: DecidedSectionProps) {
  const { besloten, cells } = props;
  const styles = useStyles();
  const layout = useLayout();
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.section} aria-labelledby="kop-besloten">
      <Subtitle2 as="h3" className={styles.heading} id="kop-besloten">
        <Button
          appearance="subtle"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls="besloten-lijst"
          onClick={() => setOpen(!open)}
        >
          Geaccepteerd en genegeerd ({besloten.length})
        </Button>
      </Subtitle2>
      {open && (
        <div id="besloten-lijst" className={styles.section}>
          {besloten.length === 0 && <Body1>Geen bevinding is nu geaccepteerd of genegeerd.</Body1>}
          <ul className={layout.list}>
            {besloten.map((d) => {
              const f = d.bevinding;
              const figures = figuresLine(f, formatOf(f, cells));
              return (
                <li
                  key={`${d.besluit.regel}|${place(f)}|${d.besluit.verwacht}|${d.besluit.gevonden}|${d.besluit.bericht}`}
                  className={styles.item}
                  data-testid="besloten"
                >
                  <span>
                    <Badge appearance="outline">{severityLabel(f)}</Badge>{" "}
                    <strong>{place(f)}</strong>
                  </span>
                  <Body1>{figures ?? f.bericht}</Body1>
                  <Caption1>
                    {DECIDED_LABEL[d.besluit.besluit]} op {dutchDate(d.besluit.datum)}
                    {d.besluit.reden ? `. Reden: ${d.besluit.reden}` : ". Geen reden opgegeven."}
                  </Caption1>
                  <div>
                    <Button
                      size="small"
                      aria-label={`Besluit intrekken: ${severityLabel(f)} ${place(f)}`}
                      onClick={() => props.onRevoke(d)}
                    >
                      Besluit intrekken
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
          {props.stored > 0 && (
            <div>
              <Button onClick={props.onRemoveAll}>Alle besluiten verwijderen</Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
