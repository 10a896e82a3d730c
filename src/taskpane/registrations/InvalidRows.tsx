import { useEffect, useId, useRef } from "react";
import { Button, Caption1, Text } from "@fluentui/react-components";
import type { ValidationIssue } from "../../domain/model/draft";
import { fieldLabels } from "../../domain/messages.sv";
import type { InvalidPeriodRow, InvalidRow } from "../../workbook/port";
import { useViewStyles } from "../shared/styles";
import { invalidRowsStrings as t } from "../strings.sv";
import { InvalidPeriodRows } from "./InvalidPeriodRows";
import { useRowsToFixStyles } from "./rowsToFix.styles";

export interface InvalidRowsProps {
  rows: readonly InvalidRow[];
  /** Rows of the period table that need fixing in the sheet. @default [] */
  periodRows?: readonly InvalidPeriodRow[];
  onFix: (row: InvalidRow) => void;
  /** Focus the heading on mount (arriving from Start's warning). @default false */
  focusOnMount?: boolean;
}

/** Rows typed by hand that fail validation: kept, listed with their problems, fixable. */
export function InvalidRows({
  rows,
  periodRows = [],
  onFix,
  focusOnMount = false,
}: InvalidRowsProps) {
  const styles = useRowsToFixStyles();
  const view = useViewStyles();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {t.title}
      </h2>
      {rows.length > 0 && <Caption1>{t.intro}</Caption1>}
      {rows.length > 0 && (
        <ul className={view.plainList}>
          {rows.map((row) => (
            <li key={row.sheetRow} className={styles.row}>
              <Text weight="semibold">
                {t.row(row.sheetRow)}
                {typeof row.draft.caseName === "string" && row.draft.caseName.trim() !== ""
                  ? ` – ${row.draft.caseName}`
                  : ""}
              </Text>
              <ul className={styles.issues}>
                {row.issues.map((issue, index) => (
                  <li key={index}>{describe(issue)}</li>
                ))}
              </ul>
              <Button
                className={styles.fix}
                aria-label={t.fixLabel(row.sheetRow)}
                onClick={() => onFix(row)}
              >
                {t.fix}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {periodRows.length > 0 && <InvalidPeriodRows rows={periodRows} />}
    </section>
  );
}

const describe = (issue: ValidationIssue): string =>
  `${issue.field === "row" ? t.wholeRow : fieldLabels[issue.field]}: ${issue.message}`;
