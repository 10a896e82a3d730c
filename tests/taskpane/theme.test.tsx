import { act, render, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { preloadPaneTheme } from "../../src/taskpane/theme/paneTheme";
// This test plays the composition root (src/taskpane/index.tsx), which builds the theme source.
// eslint-disable-next-line no-restricted-imports
import { officeThemeSource, type OfficeThemeHost } from "../../src/workbook/officeTheme";
import { fakePort } from "./support/fakePort";

const THEME_CHANGED = "officeThemeChanged" as unknown as Office.EventType;

/** The simulated Office: its theme, and the handlers the pane added for its changes. */
function anOffice(isDarkTheme: boolean) {
  const handlers: ((args: { officeTheme?: { isDarkTheme: boolean } }) => void)[] = [];
  const office: OfficeThemeHost = {
    context: {
      officeTheme: { isDarkTheme },
      document: { addHandlerAsync: (_type, handler) => handlers.push(handler) },
    },
    EventType: { OfficeThemeChanged: THEME_CHANGED },
  };
  const change = (dark: boolean) =>
    handlers.forEach((handler) => handler({ officeTheme: { isDarkTheme: dark } }));
  return { office, change };
}

/** The background Fluent gives the pane: its provider's CSS variable, as Griffel inserted it. */
function paneBackground(container: HTMLElement): string | undefined {
  const provider = container.querySelector<HTMLElement>(".fui-FluentProvider");
  const rules = [...document.querySelectorAll("style")].flatMap((style) => [
    ...(style.sheet?.cssRules ?? []),
  ]);
  const own = rules.filter((rule) =>
    [...(provider?.classList ?? [])].some((name) => rule.cssText.startsWith(`.${name} `))
  );
  const variable = own.map((rule) => /--colorNeutralBackground1:\s*([^;]+);/.exec(rule.cssText));
  return variable.find((match) => match !== null)?.[1]?.trim();
}

describe("panelen följer Officetemat", () => {
  it.each([
    [false, webLightTheme.colorNeutralBackground1],
    [true, webDarkTheme.colorNeutralBackground1],
  ])(
    "mörkt tema %p ger Fluents bakgrund %p redan vid första ritningen",
    async (dark, background) => {
      const { office } = anOffice(dark);
      // As index.tsx does: a dark theme's tokens are fetched before the pane is first drawn.
      const theme = officeThemeSource(office);
      await preloadPaneTheme(theme);
      const { container } = render(<TaskPane workbook={fakePort()} theme={theme} />);
      expect(paneBackground(container)).toBe(background);
    }
  );

  it("byter tema när Office byter det medan panelen är öppen", async () => {
    const { office, change } = anOffice(false);
    const { container } = render(
      <TaskPane workbook={fakePort()} theme={officeThemeSource(office)} />
    );
    act(() => change(true));
    await waitFor(() =>
      expect(paneBackground(container)).toBe(webDarkTheme.colorNeutralBackground1)
    );
    act(() => change(false));
    expect(paneBackground(container)).toBe(webLightTheme.colorNeutralBackground1);
  });
});
