import { useEffect, useRef } from "react";
import { Link, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  back: { alignSelf: "flex-start" },
  // The view's gap spaces the blocks; the browser's h1 margin would double it.
  title: { ...typographyStyles.title3, margin: 0, overflowWrap: "anywhere" },
});

export interface ViewHeaderProps {
  title: string;
  /** Shows a back link above the title when given. */
  back?: { label: string; onClick: () => void };
  /**
   * Moves focus to the title when the view opens, so keyboard and screen-reader users start at
   * the top of what they chose. @default false
   */
  focusOnMount?: boolean;
}

/** The view's back link and its h1. */
export function ViewHeader({ title, back, focusOnMount = false }: ViewHeaderProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <header className={styles.header}>
      {back && (
        <Link as="button" className={styles.back} onClick={back.onClick}>
          <span aria-hidden="true">‹ </span>
          {back.label}
        </Link>
      )}
      {/* A plain h1 (Title3 takes no ref): focus lands here when the view opens. */}
      <h1 ref={heading} tabIndex={-1} className={styles.title}>
        {title}
      </h1>
    </header>
  );
}
