import {
  Checkbox,
  Field,
  FieldContextProvider,
  makeStyles,
  Switch,
} from "@fluentui/react-components";
import type { SummaryFilter } from "../../workbook/port";
import { EXCLUDABLE_BASELINES } from "../../workbook/port";
import { summaryStrings as t } from "./strings.sv";

const useStyles = makeStyles({
  checkboxes: { display: "flex", flexDirection: "column" },
});

export interface SelectionFieldsProps {
  filter: SummaryFilter;
  onChange: (filter: SummaryFilter) => void;
  disabled: boolean;
}

/**
 * Which effects the figures count besides year and Förvaltning: the baselines (a controller
 * can leave estimates out) and whether effects also reported by someone else are included.
 */
export function SelectionFields({ filter, onChange, disabled }: SelectionFieldsProps) {
  const styles = useStyles();
  const excluded = filter.excludedBaselines;
  const setCounted = (baseline: string, counted: boolean) =>
    onChange({
      ...filter,
      // In the list's order, so the same choice is always saved (and written) the same way.
      excludedBaselines: EXCLUDABLE_BASELINES.filter((b) =>
        b === baseline ? !counted : excluded.includes(b)
      ),
    });
  const noneCounted = EXCLUDABLE_BASELINES.every((b) => excluded.includes(b));

  return (
    <>
      <Field
        label={t.baselines}
        hint={t.baselinesHint}
        {...(noneCounted
          ? { validationState: "warning" as const, validationMessage: t.noBaselineCounted }
          : {})}
      >
        {/* The field labels and describes the group; each checkbox keeps its own label. */}
        {(control) => (
          <div role="group" {...control} className={styles.checkboxes}>
            <FieldContextProvider value={undefined}>
              {EXCLUDABLE_BASELINES.map((baseline) => (
                <Checkbox
                  key={baseline}
                  label={baseline === "" ? t.noBaseline : baseline}
                  checked={!excluded.includes(baseline)}
                  disabled={disabled}
                  onChange={(_, data) => setCounted(baseline, data.checked === true)}
                />
              ))}
            </FieldContextProvider>
          </div>
        )}
      </Field>
      <Field hint={t.reportedElsewhereHint}>
        <Switch
          label={t.reportedElsewhere}
          checked={filter.includeReportedElsewhere}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...filter, includeReportedElsewhere: data.checked })}
        />
      </Field>
    </>
  );
}
