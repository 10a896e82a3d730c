import { Dropdown, Field, Input, makeStyles, Option, tokens } from "@fluentui/react-components";
import { EFFECT_STATUSES, type EffectStatus } from "../../domain/effect";
import { registrationsStrings as t } from "../strings.sv";
import type { EffectFilter } from "./filterEffects";

const useStyles = makeStyles({
  filters: {
    display: "grid",
    // Two columns at 320 px, three from about 420 px: no horizontal scroll at any pane width.
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  dropdown: { minWidth: 0, width: "100%" },
});

export interface RegistrationFiltersProps {
  filter: EffectFilter;
  departments: readonly string[];
  types: readonly string[];
  onChange: (filter: EffectFilter) => void;
}

/** Search box and the three filters, each with a visible label. */
export function RegistrationFilters(props: RegistrationFiltersProps) {
  const { filter, departments, types, onChange } = props;
  const styles = useStyles();
  return (
    <>
      <Field label={t.search} hint={t.searchHint}>
        <Input
          type="search"
          value={filter.search}
          onChange={(_, data) => onChange({ ...filter, search: data.value })}
        />
      </Field>
      <div className={styles.filters}>
        <Choice
          label={t.department}
          choices={departments}
          value={filter.department}
          onChange={(department) => onChange({ ...filter, department })}
        />
        <Choice
          label={t.type}
          choices={types}
          value={filter.type}
          onChange={(type) => onChange({ ...filter, type })}
        />
        <Choice
          label={t.status}
          choices={EFFECT_STATUSES}
          value={filter.status}
          onChange={(status) => onChange({ ...filter, status: status as EffectStatus | null })}
        />
      </div>
    </>
  );
}

interface ChoiceProps {
  label: string;
  choices: readonly string[];
  value: string | null;
  onChange: (value: string | null) => void;
}

/** A filter dropdown whose first option, "Alla", means no filter. */
function Choice({ label, choices, value, onChange }: ChoiceProps) {
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
