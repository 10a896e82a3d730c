/**
 * The Fluent theme the pane follows Office with. The light theme is in the first script; the
 * dark one (Dark Gray, Black) is fetched when Office first reports a dark theme. The
 * composition roots await it before the first render when Office starts dark, so the pane never
 * flashes light; a change to dark while the pane is open shows light until it has arrived, and
 * light stays if it cannot be fetched (still readable).
 */
import { useSyncExternalStore } from "react";
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeSource } from "../../workbook/port";
import { deferredModule, useDeferredModule } from "../deferred/deferredModule";

const darkTheme = deferredModule(
  () => import(/* webpackChunkName: "darkTheme" */ "./webDarkTheme")
);

/** Before the first render: the dark theme when Office starts dark, so it is there at once. */
export async function preloadPaneTheme(source: ThemeSource): Promise<void> {
  if (source.isDark()) await darkTheme.load().catch(() => undefined);
}

/** Office's theme as a Fluent theme, following its changes while the pane is open. */
export function usePaneTheme(source: ThemeSource): Theme {
  const dark = useSyncExternalStore(source.subscribe, source.isDark);
  const { module } = useDeferredModule(darkTheme, dark);
  return dark && module ? module.webDarkTheme : webLightTheme;
}
