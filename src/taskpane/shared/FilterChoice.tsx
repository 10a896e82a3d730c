import { Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";
import { registrationsStrings as t } from "../strings.sv";

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: "100%" },
});

export interface FilterChoiceProps {
  label: string;
  choices: readonly string[];
  value: string | null;
  onChange: (value: string | null) => void;
}

/** A filter dropdown whose first option, "Alla", means no filter. */
export function FilterChoice({ label, choices, value, onChange }: FilterChoiceProps) {
  const styles = useStyles();
  // "" cannot be a list value (blank values are never read), so it stands for "Alla".
  const selected = value ?? "";
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        value={value ?? t.all}
        selectedOptions={[selected]}
        onOptionSelect={(_, data) => onChange(data.optionValue ? data.optionValue : null)}
      >
        <Option value="">{t.all}</Option>
        {choices.map((choice) => (
          <Option key={choice} value={choice}>
            {choice}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
