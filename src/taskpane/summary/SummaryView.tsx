import type { View } from "../shared/navigation";
import { useViewStyles } from "../shared/styles";
import { ViewHeader } from "../shared/ViewHeader";
import { shellStrings } from "../strings.sv";
import { RefreshSummary } from "./RefreshSummary";

export interface SummaryViewProps {
  onNavigate: (view: View) => void;
  /** @default false */
  focusOnMount?: boolean;
}

/** "Uppdatera sammanställning": the controller's view, the same refresh as the ribbon button. */
export function SummaryView({ onNavigate, focusOnMount = false }: SummaryViewProps) {
  const styles = useViewStyles();
  return (
    <main className={styles.view}>
      <ViewHeader
        title={shellStrings.views.summary}
        back={{ label: shellStrings.backToStart, onClick: () => onNavigate({ name: "start" }) }}
        focusOnMount={focusOnMount}
      />
      <RefreshSummary />
    </main>
  );
}
