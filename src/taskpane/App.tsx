import { useState } from "react";
import { ListsView } from "./lists/ListsView";
import { RegistrationsView } from "./registrations/RegistrationsView";
import { ReviewView } from "./review/ReviewView";
import type { View } from "./shared/navigation";
import { NewEntryView } from "./start/NewEntryView";
import { StartView } from "./start/StartView";
import { SummaryView } from "./summary/SummaryView";

export interface AppProps {
  /** The view the pane opens on. @default { name: "start" } */
  initialView?: View;
}

/**
 * The task pane's shell. Start is the hub: big actions there, a back link on every other view.
 * At 320 px four tabs ("Ny registrering", "Registreringar" …) do not fit on one line, and the
 * monthly task is one click from where the pane opens.
 */
export function App({ initialView = { name: "start" } }: AppProps) {
  const [view, setView] = useState<View>(initialView);
  // Focus moves to the new view's heading only when the person navigated, not on first load.
  const [navigated, setNavigated] = useState(false);
  const navigate = (next: View) => {
    setView(next);
    setNavigated(true);
  };
  const common = { onNavigate: navigate, focusOnMount: navigated };
  switch (view.name) {
    case "start":
      return <StartView {...common} />;
    case "new":
      return <NewEntryView {...common} />;
    case "registrations":
      return <RegistrationsView {...common} showInvalid={view.showInvalid === true} />;
    case "lists":
      return <ListsView {...common} />;
    case "summary":
      return <SummaryView {...common} />;
    case "review":
      return <ReviewView {...common} />;
  }
}
