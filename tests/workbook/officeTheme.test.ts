import {
  isDarkOfficeTheme,
  officeThemeSource,
  type OfficeThemeHost,
} from "../../src/workbook/officeTheme";

// Office.EventType's runtime value; the typings declare the enum without values.
const THEME_CHANGED = "officeThemeChanged" as unknown as Office.EventType;

type Handler = Parameters<
  NonNullable<NonNullable<OfficeThemeHost["context"]["document"]>["addHandlerAsync"]>
>[1];

function anOffice(theme: OfficeThemeHost["context"]["officeTheme"], refuse = false) {
  const handlers: Handler[] = [];
  const office: OfficeThemeHost = {
    context: {
      officeTheme: theme,
      document: {
        // Office reports a refused handler to a callback, which the source does not need.
        addHandlerAsync: (type, handler) => {
          if (type === THEME_CHANGED && !refuse) handlers.push(handler);
        },
      },
    },
    EventType: { OfficeThemeChanged: THEME_CHANGED },
  };
  return {
    office,
    change: (next: typeof theme) => handlers.forEach((h) => h({ officeTheme: next })),
  };
}

describe("Officetemat", () => {
  it.each([
    [{ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, true],
    [{ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false],
    [{ bodyBackgroundColor: "#262626" }, true],
    [{ bodyBackgroundColor: "#000000" }, true],
    [{ bodyBackgroundColor: "#FFFFFF" }, false],
    [{ bodyBackgroundColor: "#E6E6E6" }, false],
    [{ bodyBackgroundColor: "inte en färg" }, false],
    [undefined, false],
  ])("%j är mörkt: %p", (theme, dark) => {
    expect(isDarkOfficeTheme(theme)).toBe(dark);
  });

  it("följer temat när Office byter det medan panelen är öppen", () => {
    const { office, change } = anOffice({ bodyBackgroundColor: "#FFFFFF" });
    const source = officeThemeSource(office);
    const onChange = jest.fn();
    const unsubscribe = source.subscribe(onChange);
    expect(source.isDark()).toBe(false);
    change({ isDarkTheme: true });
    expect(source.isDark()).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    unsubscribe();
    change({ isDarkTheme: false });
    expect(source.isDark()).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("läser temat en gång när Office inte erbjuder händelsen", () => {
    const { office } = anOffice({ isDarkTheme: true }, true);
    expect(officeThemeSource(office).isDark()).toBe(true);
    const throwing: OfficeThemeHost = {
      context: {
        officeTheme: { bodyBackgroundColor: "#262626" },
        document: {
          addHandlerAsync: () => {
            throw new Error("Invalid event type");
          },
        },
      },
      EventType: { OfficeThemeChanged: THEME_CHANGED },
    };
    expect(officeThemeSource(throwing).isDark()).toBe(true);
  });
});
