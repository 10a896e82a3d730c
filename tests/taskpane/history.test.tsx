import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId } from "../../src/domain/model/effect";
import type { LogLine } from "../../src/domain/trust/logSchema";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
import { WorkbookError } from "../../src/workbook/port";
import { anEffect } from "../fixtures/effects";
import { fakePort, FAKE_NOW } from "./support/fakePort";
import { renderWithWorkbook, TEST_USER } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const printing = anEffect({ id: effectId("E-1") });
const line = (overrides: Partial<LogLine>): LogLine => ({
  time: FAKE_NOW,
  by: TEST_USER,
  id: printing.id,
  caseName: printing.caseName,
  field: "Status",
  before: "Kalkylerad",
  after: "Realiserad",
  change: "C-1",
  ...overrides,
});
const registered = line({
  // 2026-01-15 10:30
  time: 46037.4375,
  by: "Anna Andersson",
  field: "Ny registrering",
  before: "",
  after: "Nytt avtal, 14 000 000 kr",
  change: "C-0",
});

async function openDetails(history: LogLine[] = [registered, line({})]) {
  const workbook = fakePort({
    readEffects: async () => ({ effects: [printing], invalidRows: [] }),
    readHistory: async () => history,
  });
  renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
  await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
  return workbook;
}

const shownLines = async () =>
  within(await screen.findByRole("list", { name: "Ändringar, äldst först" }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("Historik", () => {
  it("läses först när den efterfrågas och visar tid, person, fält och gammalt → nytt i ordning", async () => {
    const workbook = await openDetails();
    expect(workbook.readHistory).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("button", { name: "Visa historik" }));

    expect(workbook.readHistory).toHaveBeenCalledWith(printing.id);
    expect(await shownLines()).toEqual([
      "2026-01-15 10:30 · Anna AnderssonNy registrering: Nytt avtal, 14 000 000 kr",
      `2026-03-01 14:05 · ${TEST_USER}Status: Kalkylerad → Realiserad`,
    ]);
  });

  it("går att öppna och stänga med tangentbordet", async () => {
    await openDetails();
    const toggle = screen.getByRole("button", { name: "Visa historik" });
    toggle.focus();
    await userEvent.keyboard("{Enter}");
    expect(await shownLines()).toHaveLength(2);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(toggle);
    expect(toggle.textContent).toBe("Dölj historik");

    await userEvent.keyboard(" ");
    expect(screen.queryByRole("list", { name: "Ändringar, äldst först" })).toBeNull();
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });

  it("säger när effekten saknar historik", async () => {
    await openDetails([]);
    await userEvent.click(screen.getByRole("button", { name: "Visa historik" }));
    expect(await screen.findByText(/Ingen historik finns för effekten/)).toBeTruthy();
  });

  it("visar ett tomt nytt värde som (tomt) och en tid som inte är ett datum som talet", async () => {
    await openDetails([line({ time: -1, field: "Kommentar", before: "Gammal", after: "" })]);
    await userEvent.click(screen.getByRole("button", { name: "Visa historik" }));
    expect(await shownLines()).toEqual([`-1 · ${TEST_USER}Kommentar: Gammal → (tomt)`]);
  });

  it("visar felet och försöker igen", async () => {
    const workbook = await openDetails();
    workbook.readHistory.mockRejectedValueOnce(
      new WorkbookError("syncFailed", "Excel svarade inte.")
    );
    await userEvent.click(screen.getByRole("button", { name: "Visa historik" }));
    expect(await screen.findByText("Excel svarade inte.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await shownLines()).toHaveLength(2);
  });

  it("följer personens egna ändringar: realiseringen syns i den öppna historiken", async () => {
    const workbook = fakePort({
      readEffects: async () => ({ effects: [printing], invalidRows: [] }),
    });
    renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
    await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
    await userEvent.click(screen.getByRole("button", { name: "Visa historik" }));
    expect(await screen.findByText(/Ingen historik finns/)).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Markera som realiserad" }));
    await userEvent.type(screen.getByRole("textbox", { name: /Realiserad effekt/ }), "12 mkr");
    await userEvent.clear(screen.getByRole("textbox", { name: /Realiserat datum/ }));
    await userEvent.type(screen.getByRole("textbox", { name: /Realiserat datum/ }), "2026-12-31");
    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));

    // The month's period is logged first, then the row that mirrors the sum.
    await waitFor(async () =>
      expect(await shownLines()).toEqual(
        expect.arrayContaining([
          `2026-03-01 14:05 · ${TEST_USER}Realisering: 2026-12: 12\u00a0000\u00a0000\u00a0kr (Manuell)`,
          `2026-03-01 14:06 · ${TEST_USER}Status: Kalkylerad → Realiserad`,
        ])
      )
    );
  });
});
