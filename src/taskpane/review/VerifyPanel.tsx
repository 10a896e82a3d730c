import { useId, type FormEvent } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import { stageToVerify } from "../../domain/trust/review";
import { StatusBadge } from "../registrations/StatusBadge";
import { ErrorBar } from "../shared/ErrorBar";
import { FactList } from "../shared/FactList";
import { useViewStyles } from "../shared/styles";
import { shellStrings } from "../strings.sv";
import { reviewStrings as t } from "./strings.sv";
import { useVerify } from "./useVerify";
import { verifyFacts } from "./verifyFacts";

export interface VerifyPanelProps {
  effect: Effect;
  onVerified: (effect: Effect) => void;
  onCancel: () => void;
  /** Reads the table again (after a colleague's change); the typed evidence stays. */
  onReload: () => void;
}

/** What is being verified, its figures, the evidence, and "Verifiera". */
export function VerifyPanel({ effect, onVerified, onCancel, onReload }: VerifyPanelProps) {
  const styles = useViewStyles();
  const headingId = useId();
  const refusalId = useId();
  const form = useVerify(effect, onVerified);
  const stage = stageToVerify(effect);
  // A refusal from the workbook means the row is not what was read: read it again.
  const reloadable =
    form.error?.kind === "staleEdit" ||
    form.error?.kind === "notFound" ||
    form.error?.kind === "refused";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.refusal === null) void form.submit();
  };

  return (
    <form className={styles.section} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <Subtitle2 as="h2" id={headingId} className={styles.flush}>
        {t.verifyingStage(stage)}
      </Subtitle2>
      <div className={styles.actions}>
        <StatusBadge effect={effect} />
      </div>
      <Text>{t.verifyIntro(stage)}</Text>
      <FactList facts={verifyFacts(effect)} />
      <Field
        label={t.evidence}
        hint={t.evidenceHint}
        required
        validationState={form.evidenceMessage ? "error" : "none"}
        validationMessage={form.evidenceMessage}
      >
        <Input value={form.evidence} onChange={(_, data) => form.setEvidence(data.value)} />
      </Field>
      {form.refusal && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody id={refusalId}>{form.refusal}</MessageBarBody>
        </MessageBar>
      )}
      {form.error && (
        <ErrorBar
          error={form.error}
          retryLabel={reloadable ? shellStrings.reload : shellStrings.retry}
          onRetry={() => {
            if (!reloadable) return form.retry();
            form.clearError();
            onReload();
          }}
        />
      )}
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={form.refusal !== null || form.busy}
          aria-describedby={form.refusal ? refusalId : undefined}
        >
          {form.busy ? t.verifying : t.verify}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}
