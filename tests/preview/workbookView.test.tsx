/**
 * The preview's workbook view follows the simulated workbook: it redraws after every
 * Excel.run, shows the sheet the add-in activates, and lists the charts on it.
 */
import { TextEncoder } from "node:util";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { asExcelNamespace, createFakeExcel } from "../../src/preview/fakeExcel";
import { withChangeNotifications } from "../../src/preview/notifyingExcel";
import { addSamples } from "../../src/preview/samples";
import { WorkbookView } from "../../src/preview/view/WorkbookView";
import { createExcelWorkbook } from "../../src/workbook/excelWorkbook";
import { DEFAULT_SETTINGS } from "../../src/workbook/port";
import { blankTemplateModel } from "../workbook/support/adapterOnFake";

// jsdom has no TextEncoder; the simulated Excel measures its payloads with it (browsers have it).
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });
// Nor a canvas: charts are not drawn here (the e2e suite looks at them in Chromium).
HTMLCanvasElement.prototype.getContext = () => null;
// Rendering the whole preview in jsdom takes seconds on a busy 2-core machine.
jest.setTimeout(30_000);

async function renderPreviewWorkbook() {
  const excel = withChangeNotifications(createFakeExcel(await blankTemplateModel()));
  const port = createExcelWorkbook({
    run: asExcelNamespace(excel.fake).run,
    documentSettings: null,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView excel={excel} />
    </FluentProvider>
  );
  return port;
}

const isSelected = (sheet: string) =>
  screen.getByRole("tab", { name: sheet }).getAttribute("aria-selected") === "true";

describe("arbetsboksvyn", () => {
  it("visar bladet Registrering och ritar om när tillägget skriver", async () => {
    const port = await renderPreviewWorkbook();
    expect(isSelected("Registrering")).toBe(true);
    expect(screen.queryByRole("cell", { name: "Utskrift som tjänst" })).toBeNull();

    await act(() => addSamples(port, 2026));

    expect(screen.getByRole("cell", { name: "Utskrift som tjänst" })).toBeTruthy();
    expect(screen.getAllByRole("cell", { name: "Turbundna resor" })).toHaveLength(3);
    expect(screen.getByRole("columnheader", { name: "AC" })).toBeTruthy();
    // The audit trail is there too, hidden in Excel, as its tab says.
    expect(screen.getByRole("tab", { name: "Logg (dolt)" })).toBeTruthy();
  });

  it("följer bladet som tillägget aktiverar och visar dess diagram med siffrorna som tabell", async () => {
    const port = await renderPreviewWorkbook();
    await act(() => addSamples(port, 2026));

    await act(() => port.refreshSummary({ ...DEFAULT_SETTINGS.summaryFilter, year: 2026 }));

    expect(isSelected("Sammanställning")).toBe(true);
    const charts = screen.getByRole("region", { name: /Diagram på bladet \(3\)/ });
    const figures = within(charts).getAllByRole("figure");
    expect(figures.map((figure) => figure.tabIndex)).toEqual([0, 0, 0]);
    const byType = within(figures[0] as HTMLElement).getByRole("table", {
      name: "Kalkylerad och realiserad effekt per typ",
    });
    expect(within(byType).getByRole("columnheader", { name: "Kalkylerad" })).toBeTruthy();
    expect(within(byType).getAllByRole("rowheader").length).toBeGreaterThan(0);
    expect(
      within(byType)
        .getAllByRole("cell")
        .some((cell) => /\d/.test(cell.textContent ?? ""))
    ).toBe(true);
  });

  it("byter blad med flikarna och visar formler på begäran", async () => {
    const user = userEvent.setup();
    const port = await renderPreviewWorkbook();
    await act(() => addSamples(port, 2026));

    await user.click(screen.getByRole("switch", { name: "Visa formler" }));
    expect(screen.getByRole("cell", { name: "=N(O3)*N(P3)+N(R3)-N(S3)" })).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "Kategori" }));
    expect(isSelected("Kategori")).toBe(true);
    expect(screen.getByRole("cell", { name: "Socialförvaltningen" })).toBeTruthy();
  });
});
