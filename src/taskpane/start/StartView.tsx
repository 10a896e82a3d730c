import { useState } from "react";
import { Button, Spinner, Text } from "@fluentui/react-components";
import { rowsToFixFigures } from "../../domain/calculate/rowsToFix";
import { awaitsVerification } from "../../domain/trust/review";
import { importStrings } from "../invoices/strings.sv";
import { reviewStrings } from "../review/strings.sv";
import { RefreshOutcomeView } from "../summary/RefreshOutcomeView";
import { useSummaryRefresh } from "../summary/useSummaryRefresh";
import type { View } from "../shared/navigation";
import { ErrorBar } from "../shared/ErrorBar";
import { Loading } from "../shared/Loading";
import { Notice } from "../shared/Notice";
import { useViewStyles } from "../shared/styles";
import { todayIso } from "../shared/today";
import { ViewHeader } from "../shared/ViewHeader";
import { shellStrings, startStrings as t } from "../strings.sv";
import { IdentityLine } from "./IdentityLine";
import { useStartData } from "./useStartData";
import { WorkbookStatus } from "./WorkbookStatus";
import { StartFigures } from "./StartFigures";

export interface StartViewProps {
  onNavigate: (view: View) => void;
  /** @default false */
  focusOnMount?: boolean;
}

/** Where the pane opens: the workbook's state, the actions, and the figures at a glance. */
export function StartView({ onNavigate, focusOnMount = false }: StartViewProps) {
  const styles = useViewStyles();
  const { inspection, reading } = useStartData();
  const [today] = useState(todayIso);
  const ready = inspection.value?.ready === true;
  const invalidRows = reading.value?.invalidRows ?? [];
  const invalidPeriodRows = reading.value?.invalidPeriodRows.length ?? 0;
  // Every row to fix, whatever a summary's filter: what the sheet's formulas add for them.
  const toFix = rowsToFixFigures(invalidRows, { includeReportedElsewhere: true });
  const waiting = reading.value?.effects.filter(awaitsVerification).length ?? 0;
  // Refreshes with the remembered filter, as the ribbon's command does; the filter is one step
  // away (Välj urval).
  const refresh = useSummaryRefresh();
  const refreshing = refresh.outcome.kind === "busy";

  return (
    <main className={styles.view}>
      <ViewHeader title={shellStrings.appTitle} focusOnMount={focusOnMount} />
      <Text as="p" className={styles.flush}>
        {t.purpose}
      </Text>
      <IdentityLine />
      <WorkbookStatus inspection={inspection} />
      {(toFix.count > 0 || invalidPeriodRows > 0) && (
        <Notice
          intent="warning"
          action={{
            label: t.showInvalidRows,
            onClick: () => onNavigate({ name: "registrations", showInvalid: true }),
          }}
        >
          {toFix.count > 0 && t.invalidRows(toFix.count, toFix.forecast)}
          {toFix.count > 0 && invalidPeriodRows > 0 && " "}
          {invalidPeriodRows > 0 && t.invalidPeriodRows(invalidPeriodRows)}
        </Notice>
      )}
      <nav aria-label={t.actionsLabel} className={styles.section}>
        <Button
          appearance={ready ? "primary" : "secondary"}
          size="large"
          onClick={() => onNavigate({ name: "new" })}
        >
          {shellStrings.views.new}
        </Button>
        <Button onClick={() => onNavigate({ name: "registrations" })}>
          {shellStrings.views.registrations}
        </Button>
        <Button onClick={() => onNavigate({ name: "review" })}>
          {reviewStrings.startAction(waiting)}
        </Button>
        <Button
          disabledFocusable={refreshing}
          icon={refreshing ? <Spinner size="tiny" aria-hidden /> : undefined}
          onClick={() => refresh.run()}
        >
          {refreshing ? shellStrings.refreshingSummary : shellStrings.refreshSummary}
        </Button>
        <Button appearance="subtle" onClick={() => onNavigate({ name: "summary" })}>
          {shellStrings.chooseSummaryFilter}
        </Button>
        <Button onClick={() => onNavigate({ name: "invoices" })}>{importStrings.title}</Button>
        <Button onClick={() => onNavigate({ name: "lists" })}>{shellStrings.views.lists}</Button>
      </nav>
      <RefreshOutcomeView outcome={refresh.outcome} onRetry={refresh.retry} />
      {ready && reading.error && <ErrorBar error={reading.error} onRetry={reading.reload} />}
      {ready && !reading.value && !reading.error && <Loading />}
      {reading.value && (
        <StartFigures
          effects={reading.value.effects}
          periods={reading.value.periods}
          invalidPeriodRows={reading.value.invalidPeriodRows}
          today={today}
          onFollowUp={() => onNavigate({ name: "followUp" })}
        />
      )}
    </main>
  );
}
