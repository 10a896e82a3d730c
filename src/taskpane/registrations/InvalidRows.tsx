import { useEffect, useId, useRef } from "react";
import {
  Button,
  Caption1,
  makeStyles,
  Text,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { ValidationIssue } from "../../domain/model/draft";
import { fieldLabels } from "../../domain/messages.sv";
import type { InvalidRow } from "../../workbook/port";
import { useViewStyles } from "../shared/styles";
import { invalidRowsStrings as t } from "../strings.sv";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  fix: { alignSelf: "flex-start" },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
});

export interface InvalidRowsProps {
  rows: readonly InvalidRow[];
  onFix: (row: InvalidRow) => void;
  /** Focus the heading on mount (arriving from Start's warning). @default false */
  focusOnMount?: boolean;
}

/** Rows typed by hand that fail validation: kept, listed with their problems, fixable. */
export function InvalidRows({ rows, onFix, focusOnMount = false }: InvalidRowsProps) {
  const styles = useStyles();
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
      <Caption1>{t.intro}</Caption1>
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
    </section>
  );
}

const describe = (issue: ValidationIssue): string =>
  `${issue.field === "row" ? t.wholeRow : fieldLabels[issue.field]}: ${issue.message}`;
