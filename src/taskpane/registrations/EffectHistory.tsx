import { useCallback, useId, useState } from "react";
import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import type { LogLine } from "../../domain/trust/logSchema";
import { dateTimeText } from "../shared/dateTime";
import { ErrorBar } from "../shared/ErrorBar";
import { Loading } from "../shared/Loading";
import { useViewStyles } from "../shared/styles";
import { useAsync } from "../shared/useAsync";
import { historyStrings as t } from "../strings.sv";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  when: { color: tokens.colorNeutralForeground2 },
  open: { alignSelf: "flex-start" },
});

/**
 * The effect's audit trail from the Logg sheet, read when asked for (most visits do not need
 * it) and again whenever the effect is read anew, so it follows the person's own changes.
 */
export function EffectHistory({ effect }: { effect: Effect }) {
  const styles = useStyles();
  const view = useViewStyles();
  const workbook = useWorkbook();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const load = useCallback(
    async (): Promise<LogLine[] | null> => (open ? workbook.readHistory(effect.id) : null),
    [workbook, effect, open]
  );
  const history = useAsync(load);
  const lines = open ? history.value : undefined;

  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={view.flush}>
        {t.title}
      </Subtitle2>
      {/* One toggle that stays put: focus is never lost when the lines appear. */}
      <Button className={styles.open} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t.hide : t.show}
      </Button>
      {open && history.error && <ErrorBar error={history.error} onRetry={history.reload} />}
      {open && !lines && !history.error && <Loading label={t.loading} />}
      {lines && lines.length === 0 && <Text>{t.empty}</Text>}
      {lines && lines.length > 0 && (
        <ol className={view.plainList} aria-label={t.listLabel}>
          {lines.map((line, index) => (
            <li key={`${line.change}-${index}`} className={styles.line}>
              <Caption1 className={styles.when}>
                {dateTimeText(line.time)} · {line.by}
              </Caption1>
              <Text>
                <Text weight="semibold">{line.field}:</Text> {t.change(line.before, line.after)}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
