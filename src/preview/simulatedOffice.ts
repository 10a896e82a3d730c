/**
 * The preview's Office, as far as the pane reads it: `Office.context.officeTheme` and the
 * OfficeThemeChanged event. The pane gets it through the same officeThemeSource as in Excel,
 * so picking a theme here exercises the code Excel runs. The body colours approximate Office's
 * themes (they are not documented); `isDarkTheme` is what Office documents for Dark Gray and
 * Black, and the pane reads it first.
 */
import type { OfficeThemeHost } from "../workbook/officeTheme";

export const PREVIEW_THEMES = {
  färgglad: { label: "Färgglatt", isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" },
  vit: { label: "Vitt", isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" },
  mörkgrå: { label: "Mörkgrått", isDarkTheme: true, bodyBackgroundColor: "#262626" },
  svart: { label: "Svart", isDarkTheme: true, bodyBackgroundColor: "#000000" },
} as const;

export type PreviewTheme = keyof typeof PREVIEW_THEMES;

/** `?tema=svart`; "mörk" and "ljus" as people say it; Office's default (Colorful) otherwise. */
export function themeFromAddress(search: string): PreviewTheme {
  const asked = new URLSearchParams(search).get("tema")?.toLowerCase() ?? "";
  if (asked === "mörk") return "mörkgrå";
  if (asked === "ljus") return "vit";
  return asked in PREVIEW_THEMES ? (asked as PreviewTheme) : "färgglad";
}

// Office.EventType's runtime value; the typings declare the enum without values.
const THEME_CHANGED = "officeThemeChanged" as unknown as Office.EventType;

type ThemeHandler = Parameters<
  NonNullable<NonNullable<OfficeThemeHost["context"]["document"]>["addHandlerAsync"]>
>[1];

export interface SimulatedOffice {
  office: OfficeThemeHost;
  theme(): PreviewTheme;
  /** Switches the theme and raises OfficeThemeChanged, as Office does when a person changes it. */
  setTheme(theme: PreviewTheme): void;
}

export function simulatedOffice(initial: PreviewTheme): SimulatedOffice {
  let current = initial;
  const handlers: ThemeHandler[] = [];
  const officeTheme = (theme: PreviewTheme) => {
    const { isDarkTheme, bodyBackgroundColor } = PREVIEW_THEMES[theme];
    return { isDarkTheme, bodyBackgroundColor };
  };
  const office: OfficeThemeHost = {
    context: {
      get officeTheme() {
        return officeTheme(current);
      },
      document: {
        addHandlerAsync: (type, handler) => {
          if (type === THEME_CHANGED) handlers.push(handler);
        },
      },
    },
    EventType: { OfficeThemeChanged: THEME_CHANGED },
  };
  return {
    office,
    theme: () => current,
    setTheme(theme) {
      current = theme;
      handlers.forEach((handler) => handler({ officeTheme: officeTheme(theme) }));
    },
  };
}
