/**
 * The preview page: a banner saying what this is, the simulated workbook on the left and the
 * task pane on the right, where Excel puts it, with a draggable (and arrow-key) edge.
 */
import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PANE_WIDTH, usePaneWidth } from "./usePaneWidth";

export interface PreviewLayoutProps {
  workbookView: ReactNode;
  /** The real task pane. */
  pane: ReactNode;
  /** Settings of the simulated Office beside the banner (its theme). @default none */
  controls?: ReactNode;
}

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100%" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  banner: { flex: "1 1 auto", width: "auto" },
  main: { display: "flex", flex: "1 1 auto", minHeight: 0 },
  workbook: { flex: "1 1 auto", minWidth: 0, display: "flex" },
  workbookBody: { flex: "1 1 auto", minWidth: 0, display: "flex", flexDirection: "column" },
  handle: {
    // Wide enough to grab; the visible line is its border.
    flex: "0 0 6px",
    cursor: "col-resize",
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    ":hover": { backgroundColor: tokens.colorNeutralBackground3Hover },
  },
  // Never squeezed by a wide sheet: the width is the person's (see usePaneWidth).
  pane: { flex: "0 0 auto", display: "flex", flexDirection: "column", minHeight: 0 },
  paneTitle: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Overflow scrolls, as in Excel's pane webview, so a pane too wide for 320 px shows.
  paneBody: { flex: "1 1 auto", overflow: "auto" },
});

/**
 * Landmarks: the banner in <header>, the workbook a named region (with the resize handle, so
 * no focusable sits outside a landmark), and the pane without a wrapper landmark, since the
 * pane's own <main> must stay top-level.
 */
export function PreviewLayout({ workbookView, pane, controls }: PreviewLayoutProps) {
  const styles = useStyles();
  const { width, handleProps } = usePaneWidth();
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <MessageBar intent="info" className={styles.banner}>
          <MessageBarBody>
            Förhandsvisning utan Excel – tillägget körs mot en simulerad arbetsbok.
          </MessageBarBody>
        </MessageBar>
        {controls}
      </header>
      <div className={styles.main}>
        <section className={styles.workbook} aria-label="Arbetsbok (simulerad)">
          <div className={styles.workbookBody}>{workbookView}</div>
          <div
            className={styles.handle}
            role="separator"
            aria-orientation="vertical"
            aria-label="Aktivitetsfönstrets bredd"
            aria-valuemin={PANE_WIDTH.min}
            aria-valuemax={PANE_WIDTH.max}
            aria-valuenow={width}
            tabIndex={0}
            {...handleProps}
          />
        </section>
        <div className={styles.pane} style={{ width }} data-testid="task-pane">
          {/* Excel's title bar, hidden from screen readers: the pane's own h1 says the same. */}
          <div className={styles.paneTitle} aria-hidden="true">
            <Text weight="semibold">Effektiviseringar</Text>
          </div>
          <div className={styles.paneBody}>{pane}</div>
        </div>
      </div>
    </div>
  );
}
