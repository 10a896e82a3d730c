import type { EffectLists } from "../../domain/model/lists";
import { ChoiceField } from "./ChoiceField";
import { isRequired, labelOf, validationOf } from "./fieldState";
import { TextField } from "./TextField";
import type { EntryFormApi } from "./useEntryForm";

export interface CaseFieldsProps {
  form: EntryFormApi;
  lists: EffectLists;
  onListsChanged(lists: EffectLists): void;
}

/** Ärende, Förvaltning and Kategori: what the effect belongs to. */
export function CaseFields({ form, lists, onListsChanged }: CaseFieldsProps) {
  const choice = (field: "department" | "category", list: "departments" | "categories") => (
    <ChoiceField
      label={labelOf(form, field)}
      list={list}
      lists={lists}
      value={form.state.values[field]}
      required={isRequired(form, field)}
      unknown={form.shown.get(field)?.some((issue) => issue.code === "unknownValue") ?? false}
      onChange={(value) => form.dispatch({ type: "fieldChanged", field, value })}
      onBlur={() => form.dispatch({ type: "fieldBlurred", field })}
      onListsChanged={onListsChanged}
      {...validationOf(form, field)}
    />
  );
  return (
    <>
      <TextField form={form} field="caseName" />
      {choice("department", "departments")}
      {choice("category", "categories")}
    </>
  );
}
