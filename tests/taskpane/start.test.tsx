import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartView } from "../../src/taskpane/start/StartView";
import { WorkbookError } from "../../src/workbook/port";
import { anEffect } from "../fixtures/effects";
import { effectId, hours, isoDate, kronor } from "../../src/domain/model/effect";
import { aReadyInspection, fakePort } from "./support/fakePort";
import { renderWithWorkbook } from "./support/render";

const nb = (text: string) => text.replace(/ /g, "\u00a0");
const year = new Date().getFullYear();

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

  it("visar årets kalkylerade, realiserade, läckage, realiseringsgrad och timmar", async () => {
    const penalty = anEffect({
      id: effectId("E-1"),
      type: "Engångsbelopp/vite",
      basis: "Engång",
      status: "Realiserad",
      previousAnnualCost: null,
      newAnnualCost: null,
      annualAmount: null,
      contractYears: null,
      oneOffAmount: kronor(3_200_000),
      startDate: isoDate(`${year}-01-01`),
      realised: kronor(3_000_000),
      realisedDate: isoDate(`${year}-01-01`),
    });
    const eHandel = anEffect({
      id: effectId("E-2"),
      type: "Annat",
      basis: "Engång",
      previousAnnualCost: null,
      newAnnualCost: null,
      annualAmount: null,
      contractYears: null,
      startDate: isoDate(`${year}-01-01`),
      savedHours: hours(8000),
    });
    const lastYear = anEffect({ id: effectId("E-3"), startDate: isoDate(`${year - 20}-01-01`) });
    const workbook = fakePort({
      readEffects: async () => ({ effects: [penalty, eHandel, lastYear], invalidRows: [] }),
    });
    renderStart(workbook);

    const totals = await screen.findByRole("region", { name: `Sammanställning ${year}` });
    const valueOf = (label: string) =>
      within(totals).getByText(label, { selector: "dt" }).nextElementSibling?.textContent;
    expect(valueOf("Kalkylerad")).toBe(nb("3,2 mkr"));
    expect(valueOf("Realiserad")).toBe(nb("3 mkr"));
    expect(valueOf("Effektläckage")).toBe(nb("200 000 kr"));
    expect(valueOf("Realiseringsgrad")).toBe(nb("94 %"));
    expect(valueOf("Sparade timmar")).toBe(nb("8 000 timmar"));
    expect(within(totals).getByText(/2 registreringar berör året/)).toBeTruthy();
  });

  it("varnar för rader som behöver rättas och länkar till dem", async () => {
    const row = { sheetRow: 7, id: null, draft: {}, issues: [] };
    const workbook = fakePort({ readEffects: async () => ({ effects: [], invalidRows: [row] }) });
    const { onNavigate } = renderStart(workbook);
    expect(await screen.findByText(/1 rad i tabellen har skrivits in för hand/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Visa raderna" }));
    expect(onNavigate).toHaveBeenCalledWith({ name: "registrations", showInvalid: true });
  });

  it.each([
    ["Ny registrering", { name: "new" }],
    ["Registreringar", { name: "registrations" }],
    ["Uppdatera sammanställning", { name: "summary" }],
    ["Listor", { name: "lists" }],
  ])("knappen %s öppnar vyn", async (label, view) => {
    const { onNavigate } = renderStart();
    const actions = await screen.findByRole("navigation", { name: "Vad vill du göra?" });
    await userEvent.click(within(actions).getByRole("button", { name: label }));
    expect(onNavigate).toHaveBeenCalledWith(view);
  });
});
