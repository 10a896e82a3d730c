import { Caption1, Text } from "@fluentui/react-components";
import { REALISATION_COLUMNS } from "../../domain/model/realisation";
import type { InvalidPeriodRow } from "../../workbook/port";
import { useViewStyles } from "../shared/styles";
import { invalidRowsStrings as t } from "../strings.sv";
import { useRowsToFixStyles } from "./rowsToFix.styles";

const headerOf = (key: InvalidPeriodRow["issues"][number]["field"]): string =>
  REALISATION_COLUMNS.find((column) => column.key === key)?.header ?? key;

export interface InvalidPeriodRowsProps {
  rows: readonly InvalidPeriodRow[];
}

/**
 * Period rows typed by hand that do not read as a period: listed with what to write. They are
 * fixed in the sheet itself, where the person sees the row, so there is no form for them.
 */
export function InvalidPeriodRows({ rows }: InvalidPeriodRowsProps) {
  const styles = useRowsToFixStyles();
  const view = useViewStyles();
  return (
    <>
      <h3 className={styles.subheading}>{t.periodsTitle}</h3>
      <Caption1>{t.periodsIntro}</Caption1>
      <ul className={view.plainList} aria-label={t.periodsTitle}>
        {rows.map((row) => (
          <li key={row.sheetRow} className={styles.row}>
            <Text weight="semibold">
              {t.periodRow(row.sheetRow, [row.shown.effectId, row.shown.month, row.shown.amount])}
            </Text>
            <ul className={styles.issues}>
              {row.issues.map((issue) => (
                <li key={issue.field}>{`${headerOf(issue.field)}: ${issue.message}`}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
