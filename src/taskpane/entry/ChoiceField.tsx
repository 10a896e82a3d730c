import { useRef, useState } from "react";
import { Button, Combobox, Field, Option, type FieldProps } from "@fluentui/react-components";
import { foldText } from "../../domain/model/cells";
import { matchListValue, type EffectLists } from "../../domain/model/lists";
import { useEntryFormStyles } from "./EntryForm.styles";
import { entryStrings as t } from "./strings.sv";
import { ListValueConfirmationNote } from "../shared/ConfirmationNote";
import { useWorkbookAction } from "../shared/useWorkbookAction";

/** The option value of "Lägg till ”X” i listan"; no list value can contain NUL. */
const ADD = "\u0000add";

export interface ChoiceFieldProps extends Pick<
  FieldProps,
  "validationState" | "validationMessage"
> {
  label: string;
  /** The organisation's own list the value comes from, and is added to. */
  list: "categories" | "departments";
  lists: EffectLists;
  value: string;
  /** @default false */
  required?: boolean;
  /** Validation says the value is not in the list: offer to add it right here. @default false */
  unknown?: boolean;
  onChange(value: string): void;
  onBlur(): void;
  onListsChanged(lists: EffectLists): void;
}

/**
 * Förvaltning or Kategori: pick from the workbook's list or type a new value, which can be
 * added to the list (the Kategori sheet) without leaving the form.
 */
export function ChoiceField(props: ChoiceFieldProps) {
  const { label, list, lists, value, required = false, unknown = false } = props;
  const styles = useEntryFormStyles();
  // The value last added from here: its later confirmation shows below the field.
  const [added, setAdded] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const adding = useWorkbookAction(
    (workbook, value: string) => workbook.addListValue(list, value),
    (next, [value]) => {
      props.onListsChanged(next);
      setAdded(value);
      props.onChange(matchListValue(next[list], value) ?? value);
      // The add button goes away with the issue: keep the keyboard where the value is.
      input.current?.focus();
    }
  );
  const addError = adding.error?.message ?? null;
  const options = lists[list];
  const typed = value.trim();
  const exact = typed === "" ? null : matchListValue(options, typed);
  const shown =
    exact || typed === "" ? options : options.filter((o) => foldText(o).includes(foldText(typed)));

  const add = () => void adding.run(typed);

  const validation = addError
    ? { validationState: "error" as const, validationMessage: addError }
    : { validationState: props.validationState, validationMessage: props.validationMessage };
  return (
    <>
      <Field
        label={label}
        required={required}
        hint={options.length === 0 ? t.noOptions : undefined}
        {...validation}
      >
        <Combobox
          ref={input}
          name={list === "departments" ? "department" : "category"}
          freeform
          expandIcon={{ "aria-label": t.showOptions }}
          value={value}
          selectedOptions={exact ? [exact] : []}
          onChange={(event) => props.onChange(event.target.value)}
          onOptionSelect={(event, data) => {
            if (data.optionValue !== ADD) {
              if (data.optionValue !== undefined) props.onChange(data.optionValue);
            } else if (!("key" in event && event.key === "Tab")) {
              // Tab selects the active option; leaving a field must never write to the workbook.
              add();
            }
          }}
          onBlur={props.onBlur}
        >
          {shown.map((option) => (
            <Option key={option}>{option}</Option>
          ))}
          {typed !== "" && exact === null && (
            // Its text is the label, not the typed value, so typing never makes it the active one.
            <Option key={ADD} value={ADD} text={t.addToList(typed)}>
              {t.addToList(typed)}
            </Option>
          )}
        </Combobox>
      </Field>
      {added !== null && <ListValueConfirmationNote list={list} value={added} />}
      {unknown && exact === null && typed !== "" && (
        <Button
          type="button"
          size="small"
          className={styles.addButton}
          disabledFocusable={adding.busy}
          onClick={add}
        >
          {adding.busy ? t.adding : t.addToList(typed)}
        </Button>
      )}
    </>
  );
}
