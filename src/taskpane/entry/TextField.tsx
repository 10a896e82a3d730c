import { Field, Input, Textarea } from "@fluentui/react-components";
import type { EntryField } from "../../domain/entryForm/entryForm";
import { isRequired, labelOf, validationOf } from "./fieldState";
import { hints } from "./strings.sv";
import type { EntryFormApi } from "./useEntryForm";

export interface TextFieldProps {
  form: EntryFormApi;
  field: EntryField;
  /** @default the field's hint in strings.sv.ts */
  hint?: string;
  placeholder?: string;
  /** A Textarea instead of an Input. @default false */
  multiline?: boolean;
}

/** One text field of the form: the typed text as is, its issues once it has been left. */
export function TextField({
  form,
  field,
  hint = hints[field],
  placeholder,
  multiline = false,
}: TextFieldProps) {
  const control = {
    name: field,
    value: form.state.values[field],
    placeholder,
    onChange: (_: unknown, data: { value: string }) =>
      form.dispatch({ type: "fieldChanged", field, value: data.value }),
    onBlur: () => form.dispatch({ type: "fieldBlurred", field }),
  };
  return (
    <Field
      label={labelOf(form, field)}
      hint={hint}
      required={isRequired(form, field)}
      {...validationOf(form, field)}
    >
      {multiline ? (
        <Textarea {...control} resize="vertical" />
      ) : (
        <Input {...control} autoComplete="off" />
      )}
    </Field>
  );
}
