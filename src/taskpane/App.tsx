import { lazy, Suspense, useState } from "react";
import { Loading } from "./shared/Loading";
import type { View } from "./shared/navigation";
import { shellStrings } from "./strings.sv";
import { NewEntryView } from "./start/NewEntryView";
import { StartView } from "./start/StartView";

// Start and Ny registrering are in the first script; the other views load when first opened.
const RegistrationsView = lazy(() =>
  import(/* webpackChunkName: "registrations" */ "./registrations/RegistrationsView").then(
    (module) => ({ default: module.RegistrationsView })
  )
);
const ListsView = lazy(() =>
  import(/* webpackChunkName: "lists" */ "./lists/ListsView").then((module) => ({
    default: module.ListsView,
  }))
);
const SummaryView = lazy(() =>
  import(/* webpackChunkName: "summary" */ "./summary/SummaryView").then((module) => ({
    default: module.SummaryView,
  }))
);
const FollowUpView = lazy(() =>
  import(/* webpackChunkName: "followUp" */ "./followUp/FollowUpView").then((module) => ({
    default: module.FollowUpView,
  }))
);
const ReviewView = lazy(() =>
  import(/* webpackChunkName: "review" */ "./review/ReviewView").then((module) => ({
    default: module.ReviewView,
  }))
);
const ImportView = lazy(() =>
  import(/* webpackChunkName: "invoices" */ "./invoices/ImportView").then((module) => ({
    default: module.ImportView,
  }))
);

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
  // While a view's script loads, a spinner says so: the pane is never blank.
  return (
    <Suspense fallback={<Loading label={shellStrings.openingView} />}>
      {viewOf(view, common)}
    </Suspense>
  );
}

function viewOf(view: View, common: { onNavigate(next: View): void; focusOnMount: boolean }) {
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
    case "invoices":
      return <ImportView {...common} />;
    case "followUp":
      return <FollowUpView {...common} />;
  }
}
