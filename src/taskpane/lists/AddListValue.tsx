import type { FormEvent } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { EffectLists } from "../../domain/model/lists";
import { ListValueConfirmationNote } from "../shared/ConfirmationNote";
import { ErrorBar } from "../shared/ErrorBar";
import { Notice } from "../shared/Notice";
import { listsStrings as t } from "../strings.sv";
import { useAddListValue, type EditableList } from "./useAddListValue";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

export interface AddListValueProps {
  list: EditableList;
  lists: EffectLists;
  onAdded: (lists: EffectLists) => void;
}

/** Input + "Lägg till" for one of the organisation's own lists. */
export function AddListValue({ list, lists, onAdded }: AddListValueProps) {
  const styles = useStyles();
  const form = useAddListValue(list, lists, onAdded);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.add();
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label={t.newValue[list]}
        validationState={form.problem ? "error" : "none"}
        validationMessage={form.problem ?? undefined}
      >
        <Input value={form.text} onChange={(_, data) => form.change(data.value)} />
      </Field>
      <Button type="submit" className={styles.button} disabledFocusable={form.adding}>
        {form.adding ? t.adding : t.add}
      </Button>
      {form.error && <ErrorBar error={form.error} onRetry={form.retry} />}
      {form.added && (
        <Notice>
          {form.added.message}
          <ListValueConfirmationNote list={list} value={form.added.value} />
        </Notice>
      )}
    </form>
  );
}
