import { Field, Switch, Textarea } from "@fluentui/react-components";
import { MORE_FIELDS } from "../../../domain/entryForm/entryForm";
import { defaultBudgetAffecting } from "../../../domain/model/effect";
import { parseYesNo } from "../../../domain/parse/parse";
import { useEntryFormStyles } from "../EntryForm.styles";
import { labelOf, validationOf } from "../fieldState";
import { entryStrings as t, hints } from "../strings.sv";
import { FormField, TextField, textControl } from "../TextField";
import type { EntryFormApi } from "../useEntryForm";

/** The fields inside "Mer uppgifter", in a script of their own (moreFields.js). */
export function MoreFieldsBody({ form }: { form: EntryFormApi }) {
  const styles = useEntryFormStyles();
  const { values } = form.state;
  const stated = parseYesNo(values.budgetAffecting);
  const budget =
    stated.ok && stated.value !== null ? stated.value : defaultBudgetAffecting(values.type);
  return (
    <div className={styles.moreFields}>
      {MORE_FIELDS.map((field) =>
        field === "budgetAffecting" ? (
          <Field
            key={field}
            label={labelOf(form, field)}
            hint={hints.budgetAffecting}
            {...validationOf(form, field)}
          >
            <Switch
              checked={budget}
              label={budget ? t.yes : t.no}
              onChange={(_, data) =>
                form.dispatch({
                  type: "fieldChanged",
                  field,
                  value: data.checked ? t.yes : t.no,
                })
              }
            />
          </Field>
        ) : field === "comment" ? (
          // Only the comment may span lines (see validateFreeTexts).
          <FormField key={field} form={form} field={field}>
            <Textarea {...textControl(form, field)} resize="vertical" />
          </FormField>
        ) : (
          <TextField key={field} form={form} field={field} />
        )
      )}
    </div>
  );
}
