/**
 * Office's theme (File → Account → Office Theme: Colorful, Dark Gray, Black, White), for the pane
 * to follow. `Office.context.officeTheme` is supported in Excel on the web, Windows, Mac and iPad
 * (docs: Office.OfficeTheme); `isDarkTheme` is newer, so without it the body colour decides.
 * `Office.EventType.OfficeThemeChanged` is documented for Outlook (Mailbox 1.14) and for
 * `Office.context.document` handlers; where Excel refuses the handler, the theme is read once
 * when the pane opens and the pane follows a change the next time it opens.
 */

/** What the pane reads of `Office`: the real namespace, or the preview's simulated one. */
export interface OfficeThemeHost {
  context: {
    officeTheme?: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme">>;
    document?: {
      addHandlerAsync?: (
        eventType: Office.EventType,
        handler: (args: { officeTheme?: OfficeThemeHost["context"]["officeTheme"] }) => void
      ) => void;
    };
  };
  EventType: { OfficeThemeChanged: Office.EventType };
}

export interface ThemeSource {
  /** Whether Office shows a dark theme (Dark Gray, Black); false outside Office. */
  isDark(): boolean;
  /** Calls `onChange` when Office's theme changes; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

/** Relative luminance below this is a dark background (Dark Gray's and Black's bodies). */
const DARK_LUMINANCE = 0.2;

/** Dark by Office's own flag, else by the body colour ("#262626" dark, "#FFFFFF" light). */
export function isDarkOfficeTheme(theme: OfficeThemeHost["context"]["officeTheme"]): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return false;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < DARK_LUMINANCE;
}

/**
 * The theme of `office` (the global Office by default). One handler is added for the pane's
 * lifetime and fans out to the subscribers, so React's re-subscriptions never reach Office.
 */
export function officeThemeSource(office: OfficeThemeHost): ThemeSource {
  let dark = isDarkOfficeTheme(office.context.officeTheme);
  const listeners = new Set<() => void>();
  try {
    office.context.document?.addHandlerAsync?.(
      office.EventType.OfficeThemeChanged,
      // A refused handler (an Office without the event) leaves the theme as read on opening.
      (args) => {
        dark = isDarkOfficeTheme(args.officeTheme ?? office.context.officeTheme);
        listeners.forEach((listener) => listener());
      }
    );
  } catch {
    // Older Office.js throws for an unknown event type: same as refused.
  }
  return {
    isDark: () => dark,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** Outside Office (tests, a plain browser): always the light theme. */
export const lightThemeSource: ThemeSource = {
  isDark: () => false,
  subscribe: () => () => undefined,
};
