import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { Besluit, Finding } from "../../../berap";
import { MAX_REASON_LENGTH } from "../../../berap/decisions";
import { useLayout } from "../../layout";
import { isRoundingDifference, place } from "../present";
import { severityLabel } from "../../../workbook/reportRows";
import { ACTION_LABEL } from "./text";

const useStyles = makeStyles({
  // A textarea is as wide as its 20 columns unless told otherwise: at 200% text it must fit 160 px.
  reason: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  reasonText: { minWidth: 0, width: "100%" },
  form: {
    minWidth: 0,
    alignSelf: "stretch",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface DecisionActionsProps {
  finding: Finding;
  /** Records the decision; resolves when it is stored and the list checked again. */
  onDecide(besluit: Besluit, reden: string): Promise<void>;
}

/**
 * "Accepteren (afrondingsverschil)" (only for an afrondingsverschil) and "Negeren", each opening a small form
 * with an optional reason: Opslaan stores the decision, Annuleren or Escape closes it and gives focus back to
 * the button that opened it. Inline rather than a dialog, so it stays next to the finding at 320 px.
 */
export function DecisionActions({ finding: f, onDecide }: DecisionActionsProps) {
  const styles = useStyles();
  const layout = useLayout();
  const [open, setOpen] = useState<Besluit>();
  const [reden, setReden] = useState("");
  const [saving, setSaving] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<Record<Besluit, HTMLElement | null>>({
    geaccepteerd: null,
    genegeerd: null,
  });
  const formId = useId();

  useEffect(() => {
    if (open) reasonRef.current?.focus();
  }, [open]);

  function close() {
    const was = open;
    setOpen(undefined);
    setReden("");
    if (was) requestAnimationFrame(() => opener.current[was]?.focus());
  }

  async function save() {
    if (!open || saving) return;
    setSaving(true);
    try {
      await onDecide(open, reden);
    } finally {
      setSaving(false);
    }
  }

  const actions: Besluit[] = isRoundingDifference(f)
    ? ["geaccepteerd", "genegeerd"]
    : ["genegeerd"];
  return (
    <>
      <div className={layout.row}>
        {actions.map((besluit) => (
          <Button
            key={besluit}
            size="small"
            ref={(e) => {
              opener.current[besluit] = e;
            }}
            aria-label={`${ACTION_LABEL[besluit]}: ${severityLabel(f)} ${place(f)}`}
            aria-expanded={open === besluit}
            aria-controls={open === besluit ? formId : undefined}
            onClick={() => {
              setOpen(open === besluit ? undefined : besluit);
              setReden("");
            }}
          >
            {ACTION_LABEL[besluit]}
          </Button>
        ))}
      </div>
      {open && (
        <form
          id={formId}
          className={styles.form}
          aria-label={`${ACTION_LABEL[open]}: ${severityLabel(f)} ${place(f)}`}
          data-testid="besluit-formulier"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        >
          <Field
            label="Reden (niet verplicht)"
            hint={`Ten hoogste ${MAX_REASON_LENGTH} tekens. Het besluit en de reden worden in de werkmap bewaard; ze gelden zolang de cijfers niet veranderen.`}
          >
            <Textarea
              className={styles.reason}
              textarea={{ className: styles.reasonText }}
              ref={reasonRef}
              value={reden}
              maxLength={MAX_REASON_LENGTH}
              resize="vertical"
              onChange={(_, d) => setReden(d.value.slice(0, MAX_REASON_LENGTH))}
            />
          </Field>
          <div className={layout.row}>
            <Button type="submit" appearance="primary" disabled={saving}>
              Opslaan
            </Button>
            <Button type="button" onClick={close}>
              Annuleren
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
