import { Button } from "@fluentui/react-components";
import type { DecidedFinding, Finding } from "../../berap";
import { markingUnavailable } from "../../workbook/officeMarking";
import type { ReportPresentation } from "../../workbook/reportRows";
import { useLayout } from "../layout";
import { WorkbookSource } from "../source/workbookSource";

/**
 * In Excel: mark the shown findings' cells, remove the marking, or write them to a report sheet, with the
 * accepted and ignored findings apart.
 */
export function ExcelActions(props: {
  source: WorkbookSource;
  filtered: readonly Finding[];
  besloten: readonly DecidedFinding[];
  presentation: ReportPresentation;
  act(what: () => Promise<string>): Promise<void>;
}) {
  const { source, filtered, besloten, presentation, act } = props;
  const layout = useLayout();
  return (
    <div className={layout.row}>
      {markingUnavailable() ?? (
        <>
          <Button
            onClick={() => act(async () => `${await source.mark!(filtered)} cellen gemarkeerd.`)}
          >
            Markeer in werkmap
          </Button>
          <Button
            onClick={() =>
              act(async () => `Markering verwijderd van ${await source.unmark!()} cellen.`)
            }
          >
            Markering verwijderen
          </Button>
        </>
      )}
      <Button
        onClick={() =>
          act(
            async () =>
              `Rapport met ${filtered.length} bevindingen geschreven op blad '${await source.writeReport!(filtered, presentation, besloten)}'.`
          )
        }
      >
        Rapport op nieuw blad
      </Button>
    </div>
  );
}
