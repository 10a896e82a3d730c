import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookInspection } from "../../workbook/port";
import { ErrorBar } from "../shared/ErrorBar";
import { Loading } from "../shared/Loading";
import { Notice } from "../shared/Notice";
import type { AsyncState } from "../shared/useAsync";
import { useWorkbookAction } from "../shared/useWorkbookAction";
import { startStrings } from "../strings.sv";

const useStyles = makeStyles({
  ready: { color: tokens.colorPaletteGreenForeground1 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  repair: { alignSelf: "flex-start" },
});

/** Whether the workbook has what the add-in needs, and the repair when it has not. */
export function WorkbookStatus({ inspection }: { inspection: AsyncState<WorkbookInspection> }) {
  const styles = useStyles();
  const { value, setValue } = inspection;
  const repair = useWorkbookAction((workbook) => workbook.ensureStructure(), setValue);
  const repaired = repair.result !== undefined;

  if (!value) {
    if (inspection.error) return <ErrorBar error={inspection.error} onRetry={inspection.reload} />;
    return <Loading label={startStrings.checking} />;
  }
  if (value.ready) {
    return repaired ? (
      <Notice>{startStrings.repaired}</Notice>
    ) : (
      <Text className={styles.ready}>
        <span aria-hidden="true">✓ </span>
        {startStrings.ready}
      </Text>
    );
  }
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {repaired ? startStrings.stillProblems : startStrings.problemsTitle}
          </MessageBarTitle>
          <ul className={styles.problems}>
            {value.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {repair.error && <ErrorBar error={repair.error} onRetry={repair.retry} />}
      <Button
        appearance="primary"
        className={styles.repair}
        disabledFocusable={repair.busy}
        onClick={() => void repair.run()}
      >
        {repair.busy ? startStrings.repairing : startStrings.repair}
      </Button>
    </>
  );
}
