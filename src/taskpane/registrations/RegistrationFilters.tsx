import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { EFFECT_STATUSES, type EffectStatus } from "../../domain/model/effect";
import { FilterChoice } from "../shared/FilterChoice";
import { registrationsStrings as t } from "../strings.sv";
import type { EffectFilter } from "./filterEffects";

const useStyles = makeStyles({
  filters: {
    display: "grid",
    // Two columns at 320 px, three from about 420 px: no horizontal scroll at any pane width.
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
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
        <FilterChoice
          label={t.department}
          choices={departments}
          value={filter.department}
          onChange={(department) => onChange({ ...filter, department })}
        />
        <FilterChoice
          label={t.type}
          choices={types}
          value={filter.type}
          onChange={(type) => onChange({ ...filter, type })}
        />
        <FilterChoice
          label={t.status}
          choices={EFFECT_STATUSES}
          value={filter.status}
          onChange={(status) => onChange({ ...filter, status: status as EffectStatus | null })}
        />
      </div>
    </>
  );
}
