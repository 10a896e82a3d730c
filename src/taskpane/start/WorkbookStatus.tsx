import { useState } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import { asWorkbookError, type WorkbookError } from "../../workbook/port";
import type { WorkbookInspection } from "../../workbook/port";
import { ErrorBar } from "../shared/ErrorBar";
import { Loading } from "../shared/Loading";
import { Notice } from "../shared/Notice";
import type { AsyncState } from "../shared/useAsync";
import { startStrings } from "../strings.sv";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  ready: { color: tokens.colorPaletteGreenForeground1 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  repair: { alignSelf: "flex-start" },
});

/** Whether the workbook has what the add-in needs, and the repair when it has not. */
export function WorkbookStatus({ inspection }: { inspection: AsyncState<WorkbookInspection> }) {
  const styles = useStyles();
  const workbook = useWorkbook();
  const [repair, setRepair] = useState<"idle" | "running" | "done">("idle");
  const [error, setError] = useState<WorkbookError | null>(null);
  const { value, setValue } = inspection;

  const createTemplate = async () => {
    setRepair("running");
    setError(null);
    try {
      setValue(await workbook.ensureStructure());
      setRepair("done");
    } catch (caught) {
      setError(asWorkbookError(caught));
      setRepair("idle");
    }
  };

  if (!value) {
    if (inspection.error) return <ErrorBar error={inspection.error} onRetry={inspection.reload} />;
    return <Loading label={startStrings.checking} />;
  }
  if (value.ready) {
    return repair === "done" ? (
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
            {repair === "done" ? startStrings.stillProblems : startStrings.problemsTitle}
          </MessageBarTitle>
          <ul className={styles.problems}>
            {value.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      {error && <ErrorBar error={error} onRetry={createTemplate} />}
      <Button
        appearance="primary"
        className={styles.repair}
        disabledFocusable={repair === "running"}
        onClick={createTemplate}
      >
        {repair === "running" ? startStrings.repairing : startStrings.repair}
      </Button>
    </>
  );
}
