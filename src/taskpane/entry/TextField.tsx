import type { ReactNode } from "react";
import { Field, Input } from "@fluentui/react-components";
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
}

/** The value and handlers of a text control (Input, Textarea) for one field of the form. */
export function textControl(form: EntryFormApi, field: EntryField, placeholder?: string) {
  return {
    name: field,
    value: form.state.values[field],
    placeholder,
    onChange: (_: unknown, data: { value: string }) =>
      form.dispatch({ type: "fieldChanged", field, value: data.value }),
    onBlur: () => form.dispatch({ type: "fieldBlurred", field }),
  };
}

/** The frame of one field: its label, hint and whether it is required, its issues once left. */
export function FormField({
  form,
  field,
  hint = hints[field],
  children,
}: Omit<TextFieldProps, "placeholder"> & { children: ReactNode }) {
  return (
    <Field
      label={labelOf(form, field)}
      hint={hint}
      required={isRequired(form, field)}
      {...validationOf(form, field)}
    >
      {children}
    </Field>
  );
}

/** One text field of the form: the typed text as is, its issues once it has been left. */
export function TextField({ form, field, hint, placeholder }: TextFieldProps) {
  return (
    <FormField form={form} field={field} hint={hint}>
      <Input {...textControl(form, field, placeholder)} autoComplete="off" />
    </FormField>
  );
}
