import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Finding } from "../../berap";

/**
 * One banner at the top when formulas have no calculated value (the engine's per-sheet notices in one), with
 * the findings that only follow from the missing values set apart: shown on request, never as fouten.
 */
export function NotRecalculatedBanner(props: {
  notices: readonly Finding[];
  suppressed: number;
  shown: boolean;
  onToggle(): void;
}) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="niet-herberekend">
      <MessageBarBody>
        <MessageBarTitle>Formules zonder berekende waarde</MessageBarTitle>
        {notRecalculatedText(props.notices, props.suppressed)}
      </MessageBarBody>
      {props.suppressed > 0 && (
        <MessageBarActions>
          <Button onClick={props.onToggle}>
            {props.shown ? "Verberg die bevindingen" : "Toon ze toch"}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function notRecalculatedText(notices: readonly Finding[], hidden: number): string {
  const count = notices.reduce((n, f) => n + (Number(/^(\d+)/.exec(f.bericht)?.[1]) || 0), 0);
  const sheets = [...new Set(notices.map((f) => f.blad).filter(Boolean))];
  return (
    `${count} ${count === 1 ? "formule heeft" : "formules hebben"} geen berekende waarde, op ` +
    `${sheets.length === 1 ? "het blad" : `${sheets.length} bladen:`} ${sheets.join(", ")}. De werkmap is ` +
    "opgeslagen zonder dat Excel haar heeft doorgerekend. Open haar in Excel (of LibreOffice), laat " +
    "alles herberekenen (Ctrl+Alt+F9), sla op en controleer opnieuw." +
    (hidden > 0
      ? ` ${hidden} ${hidden === 1 ? "bevinding volgt" : "bevindingen volgen"} alleen uit die ontbrekende waarden en ${hidden === 1 ? "wordt" : "worden"} niet als fout getoond.`
      : "")
  );
}
