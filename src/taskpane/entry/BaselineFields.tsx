import { Field, RadioGroup } from "@fluentui/react-components";
import { sameText } from "../../domain/model/cells";
import { BASELINES } from "../../domain/model/effect";
import { INDEX_FIELDS, type EntryField } from "../../domain/entryForm/entryForm";
import { isRequired, labelOf, validationOf } from "./fieldState";
import { HintedRadio } from "./HintedRadio";
import { baselineHint, baselineHints } from "./strings.sv";
import { TextField } from "./TextField";
import type { EntryFormApi } from "./useEntryForm";

/**
 * Baslinje, what the forecast is measured against, with each choice explained in one line;
 * "Beskriv baslinjen" for Annan, and for an index adjustment the index and the avoided increase.
 */
export function BaselineFields({ form }: { form: EntryFormApi }) {
  const { values } = form.state;
  const shown = (field: EntryField) => form.fields.has(field);
  // A row typed by hand may spell it differently ("tidigare avtalspris"): check the list's own.
  const baseline = BASELINES.find((choice) => sameText(choice, values.baseline)) ?? values.baseline;
  return (
    <>
      <Field
        label={labelOf(form, "baseline")}
        hint={baselineHint}
        required={isRequired(form, "baseline")}
        {...validationOf(form, "baseline")}
      >
        <RadioGroup
          name="baseline"
          value={baseline}
          onChange={(_, data) =>
            form.dispatch({ type: "fieldChanged", field: "baseline", value: data.value })
          }
        >
          {BASELINES.map((choice) => (
            <HintedRadio key={choice} value={choice} label={choice} hint={baselineHints[choice]} />
          ))}
        </RadioGroup>
      </Field>
      {shown("baselineNote") && <TextField form={form} field="baselineNote" />}
      {INDEX_FIELDS.filter(shown).map((field) => (
        <TextField key={field} form={form} field={field} />
      ))}
    </>
  );
}
