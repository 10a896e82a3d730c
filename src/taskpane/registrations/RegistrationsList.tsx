import { useMemo } from "react";
import { Button, Caption1, Text } from "@fluentui/react-components";
import type { Effect } from "../../domain/model/effect";
import type { InvalidRow } from "../../workbook/port";
import type { WorkbookData } from "../shared/useWorkbookData";
import { useViewStyles } from "../shared/styles";
import { registrationsStrings as t } from "../strings.sv";
import { EffectList } from "./EffectList";
import {
  choicesOf,
  filterEffects,
  isFiltered,
  newestFirst,
  NO_FILTER,
  type EffectFilter,
} from "./filterEffects";
import { InvalidRows } from "./InvalidRows";
import { RegistrationFilters } from "./RegistrationFilters";

export interface RegistrationsListProps {
  data: WorkbookData;
  filter: EffectFilter;
  onFilterChange: (filter: EffectFilter) => void;
  onOpen: (effect: Effect) => void;
  onFix: (row: InvalidRow) => void;
  onNew: () => void;
  /** Arriving from Start's warning: focus "Rader som behöver rättas". */
  showInvalid: boolean;
}

/** Rows that need fixing first, then search, filters and the registrations, newest first. */
export function RegistrationsList(props: RegistrationsListProps) {
  const { data, filter, onFilterChange, onOpen, onFix, onNew, showInvalid } = props;
  const styles = useViewStyles();
  const sorted = useMemo(() => newestFirst(data.effects), [data.effects]);
  const shown = useMemo(() => filterEffects(sorted, filter), [sorted, filter]);
  const departments = choicesOf(
    data.lists.departments,
    data.effects.map((e) => e.department)
  );
  const types = choicesOf(
    data.lists.types,
    data.effects.map((e) => e.type)
  );

  return (
    <>
      {(data.invalidRows.length > 0 || data.invalidPeriodRows.length > 0) && (
        <InvalidRows
          rows={data.invalidRows}
          periodRows={data.invalidPeriodRows}
          onFix={onFix}
          focusOnMount={showInvalid}
        />
      )}
      {sorted.length === 0 ? (
        <div className={styles.section}>
          <Text>{t.empty}</Text>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={onNew}>
              {t.newEntry}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <RegistrationFilters
            filter={filter}
            departments={departments}
            types={types}
            onChange={onFilterChange}
          />
          <Caption1 role="status">{t.showing(shown.length, sorted.length)}</Caption1>
          {shown.length > 0 ? (
            <EffectList effects={shown} onOpen={onOpen} />
          ) : (
            <div className={styles.section}>
              <Text>{t.noMatch}</Text>
              {isFiltered(filter) && (
                <div className={styles.actions}>
                  <Button onClick={() => onFilterChange(NO_FILTER)}>{t.clearFilters}</Button>
                </div>
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}
