import { Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { AMOUNT_BASES, type AmountBasis } from "../../domain/model/effect";
import { ANNUAL_FIELDS } from "../../domain/validate/annual";
import {
  basisChoiceShown,
  basisOf,
  type AnnualCalculation,
  type EntryField,
} from "../../domain/entryForm/entryForm";
import { useEntryFormStyles } from "./EntryForm.styles";
import { validationOf } from "./fieldState";
import {
  basisChoices,
  basisHint,
  calculationChoices,
  calculationLabel,
  datePlaceholder,
  entryStrings as t,
  labels,
  oneOffDateHint,
} from "./strings.sv";
import { TextField } from "./TextField";
import type { EntryFormApi } from "./useEntryForm";

const AMOUNTS: readonly EntryField[] = [...ANNUAL_FIELDS, "oneOffAmount"];
const CALCULATIONS = Object.keys(calculationChoices) as AnnualCalculation[];

/**
 * The fields that follow the type and basis: per year (costs, unit prices × volume, or the
 * amount, then Avtalstid and Startdatum) or one-off (Belopp, Datum); and, when realised, what
 * was realised when.
 */
export function AmountFields({ form }: { form: EntryFormApi }) {
  const styles = useEntryFormStyles();
  const { values, calculation, costIncreaseConfirmed } = form.state;
  const basis = basisOf(values);
  const shown = (field: EntryField) => form.fields.has(field);
  const date = (field: "startDate" | "realisedDate", hint?: string) =>
    shown(field) && (
      <TextField form={form} field={field} placeholder={datePlaceholder} hint={hint} />
    );
  const annual = form.result.annualAmount;
  return (
    <>
      {basisChoiceShown(values) && (
        <Field label={labels.basis} hint={basisHint} required {...validationOf(form, "basis")}>
          <RadioGroup
            name="basis"
            layout="horizontal"
            className={styles.wrap}
            value={basis ?? values.basis}
            onChange={(_, data) =>
              form.dispatch({ type: "fieldChanged", field: "basis", value: data.value })
            }
          >
            {AMOUNT_BASES.map((choice: AmountBasis) => (
              <Radio key={choice} value={choice} label={basisChoices[choice]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {basis === "Årlig" && (
        <Field label={calculationLabel}>
          <RadioGroup
            name="calculation"
            value={calculation}
            onChange={(_, data) =>
              form.dispatch({
                type: "calculationChanged",
                calculation: data.value as AnnualCalculation,
              })
            }
          >
            {CALCULATIONS.map((choice) => (
              <Radio key={choice} value={choice} label={calculationChoices[choice]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {AMOUNTS.filter(shown).map((field) => (
        <TextField key={field} form={form} field={field} />
      ))}
      {annual !== null && annual < 0 && (
        <Checkbox
          checked={costIncreaseConfirmed}
          label={t.costIncrease}
          onChange={(_, data) =>
            form.dispatch({ type: "costIncreaseConfirmed", confirmed: data.checked === true })
          }
        />
      )}
      {/* Beside the amounts: given hours, the amounts are no longer required. */}
      <TextField form={form} field="savedHours" />
      {shown("contractYears") && <TextField form={form} field="contractYears" />}
      {date("startDate", basis === "Engång" ? oneOffDateHint : undefined)}
      {shown("realised") && <TextField form={form} field="realised" />}
      {date("realisedDate")}
    </>
  );
}
