import { Body1, Button, Link } from "@fluentui/react-components";
import { useLayout } from "../../layout";
import { WorkbookSource } from "../../source/workbookSource";
import { expiredText } from "./text";
import { Decisions } from "./useDecisions";

/**
 * Above the findings: how many earlier decisions no longer hold (their findings are back in the list), and
 * standalone "Kopie opslaan met besluiten", the only way to keep decisions made on a file opened in a browser.
 */
export function DecisionsBar(props: {
  source: WorkbookSource | undefined;
  expired: number;
  decisions: Decisions;
}) {
  const { source, expired, decisions } = props;
  const layout = useLayout();
  return (
    <>
      {expired > 0 && (
        <Body1 data-testid="vervallen">
          {expiredText(expired)}{" "}
          <Link as="button" onClick={() => void decisions.removeExpired()}>
            Vervallen besluiten verwijderen
          </Link>
        </Body1>
      )}
      {source?.saveCopy && (
        <div className={layout.row}>
          <Button onClick={() => void decisions.saveCopy()}>Kopie opslaan met besluiten</Button>
          {decisions.unsaved && (
            <Body1 data-testid="niet-bewaard">
              De besluiten staan nog niet in een bestand: sla een kopie op om ze te bewaren.
            </Body1>
          )}
        </div>
      )}
    </>
  );
}
