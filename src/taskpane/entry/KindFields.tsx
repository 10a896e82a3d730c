import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { sameText } from "../../domain/model/cells";
import { EFFECT_STATUSES } from "../../domain/model/effect";
import { matchListValue, type EffectLists } from "../../domain/model/lists";
import { useEntryFormStyles } from "./EntryForm.styles";
import { isRequired, labelOf, validationOf } from "./fieldState";
import { HintedRadio } from "./HintedRadio";
import { entryStrings as t, statusHints, typeHints } from "./strings.sv";
import type { EntryFormApi } from "./useEntryForm";

export interface KindFieldsProps {
  form: EntryFormApi;
  lists: EffectLists;
}

const typeHintOf = (type: string): string | undefined =>
  Object.entries(typeHints).find(([name]) => sameText(name, type))?.[1];

const statusHint = EFFECT_STATUSES.map((status) => `${status}: ${statusHints[status]}.`).join(" ");

/** Typ av effektivisering (with the talk's meaning of each), Anledning and Status. */
export function KindFields({ form, lists }: KindFieldsProps) {
  const styles = useEntryFormStyles();
  const { values } = form.state;
  const field = (name: "type" | "reason" | "status") => ({
    label: labelOf(form, name),
    required: isRequired(form, name),
    ...validationOf(form, name),
  });
  // A row typed by hand may spell a value differently ("fku"): select the list's spelling.
  const reason = matchListValue(lists.reasons, values.reason) ?? values.reason;
  const status = EFFECT_STATUSES.find((s) => sameText(s, values.status)) ?? values.status;
  return (
    <>
      <Field {...field("type")}>
        <RadioGroup
          name="type"
          value={matchListValue(lists.types, values.type) ?? values.type}
          onChange={(_, data) => form.dispatch({ type: "typeChanged", value: data.value })}
        >
          {lists.types.map((type) => (
            <HintedRadio key={type} value={type} label={type} hint={typeHintOf(type)} />
          ))}
        </RadioGroup>
      </Field>
      <Field {...field("reason")}>
        <Select
          name="reason"
          value={reason}
          onChange={(_, data) =>
            form.dispatch({ type: "fieldChanged", field: "reason", value: data.value })
          }
        >
          <option value="">{t.chooseReason}</option>
          {lists.reasons.map((reason) => (
            <option key={reason}>{reason}</option>
          ))}
          {reason !== "" && !lists.reasons.includes(reason) && <option>{reason}</option>}
        </Select>
      </Field>
      <Field {...field("status")} hint={statusHint}>
        <RadioGroup
          name="status"
          layout="horizontal"
          className={styles.wrap}
          value={status}
          onChange={(_, data) =>
            form.dispatch({ type: "fieldChanged", field: "status", value: data.value })
          }
        >
          {EFFECT_STATUSES.map((status) => (
            <Radio key={status} value={status} label={status} />
          ))}
        </RadioGroup>
      </Field>
    </>
  );
}
