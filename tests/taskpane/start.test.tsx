import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartView } from "../../src/taskpane/start/StartView";
import { WorkbookError } from "../../src/workbook/port";
import { aPeriod, anEffect } from "../fixtures/effects";
import { effectId } from "../../src/domain/model/effect";
import { aReadyInspection, fakePort } from "./support/fakePort";
import { renderWithWorkbook } from "./support/render";

const notReady = aReadyInspection({
  ready: false,
  table: {
    name: null,
    sheet: null,
    rowCount: 0,
    missingColumns: [],
    misspeltColumns: [],
    extraColumns: [],
  },
  problems: [
    "Registreringstabellen ”Effektiviseringar” finns inte i arbetsboken.",
    "Bladet ”Kategori” med listorna finns inte.",
  ],
});

function renderStart(workbook = fakePort(), onNavigate = jest.fn()) {
  renderWithWorkbook(<StartView onNavigate={onNavigate} />, { workbook });
  return { workbook, onNavigate };
}

describe("Start", () => {
  it("visar en kort rad när arbetsboken är redo", async () => {
    renderStart();
    expect(await screen.findByText("Arbetsboken är redo för registrering.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Effektiviseringar" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Skapa mallen i arbetsboken" })).toBeNull();
  });

  it("visar varje problem och skapar mallen", async () => {
    const workbook = fakePort({ inspect: async () => notReady });
    renderStart(workbook);
    for (const problem of notReady.problems) expect(await screen.findByText(problem)).toBeTruthy();
    expect(workbook.readEffects).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("button", { name: "Skapa mallen i arbetsboken" }));

    expect(workbook.ensureStructure).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Mallen finns nu i arbetsboken/)).toBeTruthy();
    expect(screen.queryByText(notReady.problems[0] ?? "")).toBeNull();
    await waitFor(() => expect(workbook.readEffects).toHaveBeenCalled());
  });

  it("visar det som återstår när mallen inte kunde skapas helt", async () => {
    const left = { ...notReady, problems: ["Tabellen saknar kolumnen ”Status”."] };
    const workbook = fakePort({ inspect: async () => notReady, ensureStructure: async () => left });
    renderStart(workbook);
    await userEvent.click(
      await screen.findByRole("button", { name: "Skapa mallen i arbetsboken" })
    );
    expect(await screen.findByText("Allt kunde inte skapas. Det här återstår:")).toBeTruthy();
    expect(screen.getByText("Tabellen saknar kolumnen ”Status”.")).toBeTruthy();
  });

  it("visar felet när mallen inte kunde skapas, och försöker igen", async () => {
    const failure = new WorkbookError("syncFailed", "Excel kunde inte spara ändringen.");
    const workbook = fakePort({ inspect: async () => notReady });
    workbook.ensureStructure.mockRejectedValueOnce(failure);
    renderStart(workbook);
    await userEvent.click(
      await screen.findByRole("button", { name: "Skapa mallen i arbetsboken" })
    );
    expect(await screen.findByText("Excel kunde inte spara ändringen.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByText(/Mallen finns nu i arbetsboken/)).toBeTruthy();
    expect(workbook.ensureStructure).toHaveBeenCalledTimes(2);
  });

  it("visar sammanställningen när tabellen är läst, med antalet registreringar", async () => {
    const effects = [anEffect({ id: effectId("E-1") }), anEffect({ id: effectId("E-2") })];
    renderStart(fakePort({ readEffects: async () => ({ effects, invalidRows: [] }) }));
    const figures = await screen.findByRole("region", { name: "Sammanställning" });
    expect(within(figures).getByText(/^2 registreringar/)).toBeTruthy();
  });

  it("säger vad sammanställningens formler räknar med från raderna att rätta", async () => {
    // Typed by hand: 1 000 000 kr a year for two years, and an amount as text (0 in the formula).
    const rows = [
      { sheetRow: 7, id: null, draft: { annualAmount: 1_000_000, contractYears: 2 }, issues: [] },
      {
        sheetRow: 8,
        id: null,
        draft: { annualAmount: "500 000 kr", contractYears: 2 },
        issues: [],
      },
    ];
    const workbook = fakePort({ readEffects: async () => ({ effects: [], invalidRows: rows }) });
    renderStart(workbook);
    const notice = await screen.findByText(/2 rader i tabellen har skrivits in för hand/);
    expect(notice.textContent).toContain(
      "Sammanställningens formler räknar med 2\u00a0000\u00a0000\u00a0kr kalkylerad effekt från dem"
    );
  });

  it("varnar för rader som behöver rättas och länkar till dem", async () => {
    const row = { sheetRow: 7, id: null, draft: {}, issues: [] };
    const workbook = fakePort({ readEffects: async () => ({ effects: [], invalidRows: [row] }) });
    const { onNavigate } = renderStart(workbook);
    expect(await screen.findByText(/1 rad i tabellen har skrivits in för hand/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Visa raderna" }));
    expect(onNavigate).toHaveBeenCalledWith({ name: "registrations", showInvalid: true });
  });

  it("varnar för perioder på bladet Realisering som inte går att läsa, också när effektraderna är hela", async () => {
    const workbook = fakePort({
      readEffects: async () => ({ effects: [anEffect({ id: effectId("E-1") })], invalidRows: [] }),
      readRealisations: async () => ({
        periods: [{ ...aPeriod("2026-03", 5_000), effectId: effectId("E-404") }],
        periodRows: [3],
        invalidRows: [
          {
            sheetRow: 2,
            shown: { effectId: "", month: "", amount: "" },
            effectIdCell: "",
            issues: [],
          },
        ],
      }),
    });
    const { onNavigate } = renderStart(workbook);
    expect(
      await screen.findByText(
        "2 rader på bladet Realisering läses inte som perioder och räknas inte i det realiserade."
      )
    ).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Visa raderna" }));
    expect(onNavigate).toHaveBeenCalledWith({ name: "registrations", showInvalid: true });
  });

  it("uppdaterar sammanställningen direkt med det sparade urvalet", async () => {
    const workbook = fakePort();
    const { onNavigate } = renderStart(workbook);
    const actions = await screen.findByRole("navigation", { name: "Vad vill du göra?" });
    await userEvent.click(
      within(actions).getByRole("button", { name: "Uppdatera sammanställning" })
    );
    expect(
      await screen.findByText(/^Sammanställningen är uppdaterad 2026-03-01 14:05/)
    ).toBeTruthy();
    // No filter given: the workbook uses (and keeps) the remembered one, as the ribbon does.
    expect(workbook.refreshSummary).toHaveBeenCalledWith();
    expect(onNavigate).not.toHaveBeenCalled();
  });

  it("visar felet när sammanställningen inte kunde uppdateras, och försöker igen", async () => {
    const failure = new WorkbookError("syncFailed", "Excel kunde inte spara ändringen.");
    const workbook = fakePort();
    workbook.refreshSummary.mockRejectedValueOnce(failure);
    renderStart(workbook);
    await userEvent.click(await screen.findByRole("button", { name: "Uppdatera sammanställning" }));
    expect(await screen.findByText("Excel kunde inte spara ändringen.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByText(/^Sammanställningen är uppdaterad/)).toBeTruthy();
    expect(workbook.refreshSummary).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["Ny registrering", { name: "new" }],
    ["Registreringar", { name: "registrations" }],
    ["Välj urval för sammanställningen", { name: "summary" }],
    ["Listor", { name: "lists" }],
  ])("knappen %s öppnar vyn", async (label, view) => {
    const { onNavigate } = renderStart();
    const actions = await screen.findByRole("navigation", { name: "Vad vill du göra?" });
    await userEvent.click(within(actions).getByRole("button", { name: label }));
    expect(onNavigate).toHaveBeenCalledWith(view);
  });
});
