/**
 * The Fluent theme the pane follows Office with. The light theme is in the first script; the
 * dark one (Dark Gray, Black) is fetched when Office first reports a dark theme. The
 * composition roots await it before the first render when Office starts dark, so the pane never
 * flashes light; a change to dark while the pane is open shows light until it has arrived.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeSource } from "../../workbook/port";

let darkTheme: Theme | null = null;
let loading: Promise<Theme | null> | null = null;

/**
 * The dark theme, fetched once. Resolves null when its script cannot be fetched (the pane then
 * stays light, still readable) and tries again at the next call.
 */
export function loadDarkTheme(): Promise<Theme | null> {
  loading ??= import(/* webpackChunkName: "darkTheme" */ "./webDarkTheme").then(
    (module) => (darkTheme = module.webDarkTheme),
    () => {
      loading = null;
      return null;
    }
  );
  return loading;
}

/** Before the first render: the dark theme when Office starts dark, so it is there at once. */
export async function preloadPaneTheme(source: ThemeSource): Promise<void> {
  if (source.isDark()) await loadDarkTheme();
}

/** Office's theme as a Fluent theme, following its changes while the pane is open. */
export function usePaneTheme(source: ThemeSource): Theme {
  const dark = useSyncExternalStore(source.subscribe, source.isDark);
  const [loaded, setLoaded] = useState(darkTheme);
  useEffect(() => {
    if (!dark || loaded) return;
    let current = true;
    void loadDarkTheme().then((theme) => {
      if (current && theme) setLoaded(theme);
    });
    return () => {
      current = false;
    };
  }, [dark, loaded]);
  return dark && loaded ? loaded : webLightTheme;
}
