import { useId, type FormEvent } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from "@fluentui/react-components";
import { forecastTotal } from "../../domain/calculate/calculate";
import type { Effect } from "../../domain/model/effect";
import type { EffectLists } from "../../domain/model/lists";
import type { RealisationPeriod } from "../../domain/model/realisation";
import { formatAmount } from "../../domain/model/format";
import type { SavedPeriods } from "../shared/confirmPeriods";
import { ErrorBar } from "../shared/ErrorBar";
import { FactList } from "../shared/FactList";
import { useViewStyles } from "../shared/styles";
import { realiseStrings as t, shellStrings } from "../strings.sv";
import { useRealiseForm } from "./useRealiseForm";

export interface RealiseFormProps {
  effect: Effect;
  lists: EffectLists;
  /** Every period in the workbook: the effect's sum follows from its own. */
  periods: readonly RealisationPeriod[];
  onSaved: (saved: SavedPeriods) => void;
  onCancel: () => void;
  /** Reads the registrations again (after a colleague's change); the form keeps its text. */
  onReload: () => void;
}

/** A month's realised amount, with the leakage after it shown while typing. */
export function RealiseForm(props: RealiseFormProps) {
  const { effect, lists, periods, onSaved, onCancel, onReload } = props;
  const styles = useViewStyles();
  const headingId = useId();
  const form = useRealiseForm(effect, lists, periods, onSaved);
  const { issues, error } = form;
  const reloadable = error?.kind === "staleEdit" || error?.kind === "notFound";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };

  return (
    <form className={styles.section} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <Subtitle2 as="h2" id={headingId} className={styles.flush}>
        {t.title}
      </Subtitle2>
      {issues && issues.other.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.otherIssues}
            <ul>
              {issues.other.map((issue) => (
                <li key={`${issue.field}-${issue.code}`}>{issue.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={t.amount}
        hint={t.amountHint}
        required
        validationState={issues?.amount ? "error" : "none"}
        validationMessage={issues?.amount}
      >
        <Input
          // The person just chose "Markera som realiserad": the amount is what they came to type.
          autoFocus
          inputMode="decimal"
          value={form.text.amount}
          onChange={(_, data) => form.change("amount", data.value)}
        />
      </Field>
      <Field
        label={t.month}
        hint={t.monthHint}
        required
        validationState={issues?.month ? "error" : "none"}
        validationMessage={issues?.month}
      >
        <Input value={form.text.month} onChange={(_, data) => form.change("month", data.value)} />
      </Field>
      <div aria-live="polite">
        <FactList
          facts={[
            { label: t.forecast, value: formatAmount(forecastTotal(effect)) },
            {
              label: t.leakage,
              value: form.leakage === null ? t.leakageUnknown : formatAmount(form.leakage),
            },
          ]}
        />
      </div>
      {error && (
        <ErrorBar
          error={error}
          retryLabel={reloadable ? shellStrings.reload : shellStrings.retry}
          onRetry={() => {
            if (!reloadable) return form.retry();
            form.clearError();
            onReload();
          }}
        />
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={form.saving}>
          {form.saving ? t.saving : t.save}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}
