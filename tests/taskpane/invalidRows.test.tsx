import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
import { WorkbookError } from "../../src/workbook/port";
import type { InvalidRow } from "../../src/workbook/port";
import { effectId } from "../../src/domain/model/effect";
import { aPeriod, anEffect } from "../fixtures/effects";
import { entryFormCalls } from "./support/entryFormStub";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook, TEST_USER } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const typedByHand: InvalidRow = {
  sheetRow: 14,
  id: null,
  draft: { caseName: "Turbundna resor", oneOffAmount: "mycket" },
  issues: [
    { field: "oneOffAmount", code: "notANumber", message: "Skriv beloppet med siffror." },
    { field: "row", code: "missingId", message: "Raden saknar ID." },
  ],
};

function renderWithInvalid(showInvalid = false) {
  const workbook = fakePort({
    readEffects: async () => ({ effects: [anEffect()], invalidRows: [typedByHand] }),
  });
  renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} showInvalid={showInvalid} />, {
    workbook,
  });
  return workbook;
}

describe("Rader som behöver rättas", () => {
  it("listar varje rad med radnummer och problem", async () => {
    renderWithInvalid();
    const section = await screen.findByRole("region", { name: "Rader som behöver rättas" });
    expect(within(section).getByText("Rad 14 – Turbundna resor")).toBeTruthy();
    expect(within(section).getByText("Belopp: Skriv beloppet med siffror.")).toBeTruthy();
    expect(within(section).getByText("Raden: Raden saknar ID.")).toBeTruthy();
  });

  it("listar perioder på bladet Realisering som inte läses, med vad som ska skrivas, utan Rätta-knapp", async () => {
    renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} showInvalid={false} />, {
      workbook: fakePort({
        readEffects: async () => ({
          effects: [anEffect({ id: effectId("E-1") })],
          invalidRows: [],
        }),
        readRealisations: async () => ({
          periods: [
            { ...aPeriod("2026-03", 5_000), effectId: effectId("E-1") },
            { ...aPeriod("2026-04", 7_000), effectId: effectId("E-404") },
          ],
          periodRows: [2, 4],
          invalidRows: [
            {
              sheetRow: 3,
              shown: { effectId: "E-1", month: "2026-03", amount: "120 000 kr" },
              effectIdCell: "E-1",
              issues: [{ field: "amount", message: "Beloppet står som text i cellen." }],
            },
          ],
        }),
      }),
    });
    const list = await screen.findByRole("list", { name: "Perioder på bladet Realisering" });
    expect(
      within(list)
        .getAllByText(/^Rad \d+ –/)
        .map((row) => row.textContent)
    ).toEqual(["Rad 3 – E-1 – 2026-03 – 120 000 kr", "Rad 4 – E-404 – 2026-04 – 7000"]);
    expect(within(list).getByText("Belopp (kr): Beloppet står som text i cellen.")).toBeTruthy();
    expect(
      within(list).getByText(/^Effekt-ID: Effekt-ID E-404 finns inte i tabellen Effektiviseringar/)
    ).toBeTruthy();
    expect(within(list).queryByRole("button")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Rätta rad/ })).toBeNull();
  });

  it("flyttar fokus till avsnittet när man kommer från Start", async () => {
    renderWithInvalid(true);
    const heading = await screen.findByRole("heading", { name: "Rader som behöver rättas" });
    expect(document.activeElement).toBe(heading);
  });

  it("Rätta öppnar formuläret för raden; efter sparandet är raden borta ur listan", async () => {
    const workbook = renderWithInvalid();
    workbook.fixInvalidRow.mockResolvedValue(anEffect());
    await userEvent.click(await screen.findByRole("button", { name: "Rätta rad 14" }));
    expect(screen.getByRole("heading", { level: 1, name: "Rad 14" })).toBeTruthy();
    expect(entryFormCalls.at(-1)?.mode).toEqual({ kind: "fix", row: typedByHand });

    workbook.readEffects.mockResolvedValue({ effects: [anEffect()], invalidRows: [] });
    await userEvent.click(screen.getByRole("button", { name: "Spara formuläret" }));
    expect(workbook.fixInvalidRow).toHaveBeenCalledWith(typedByHand, expect.anything(), {
      by: TEST_USER,
    });
    await waitFor(() => expect(workbook.readEffects).toHaveBeenCalledTimes(2));
    // The form stays for its own confirmation and next steps.
    expect(screen.getByText("Formulär: fix rad 14")).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Alla registreringar" }));
    expect(screen.queryByRole("region", { name: "Rader som behöver rättas" })).toBeNull();
  });

  it("säger till när raden redan har rättats av någon annan", async () => {
    const workbook = renderWithInvalid();
    await userEvent.click(await screen.findByRole("button", { name: "Rätta rad 14" }));
    workbook.readEffects.mockResolvedValue({ effects: [anEffect()], invalidRows: [] });
    workbook.fixInvalidRow.mockRejectedValueOnce(
      new WorkbookError("staleEdit", "Raden har ändrats av någon annan.")
    );
    await userEvent.click(screen.getByRole("button", { name: "Spara formuläret" }));
    expect(await screen.findByText("Raden har ändrats av någon annan.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Läs in igen" }));
    expect(await screen.findByText(/Raden finns inte längre bland raderna/)).toBeTruthy();
  });

  it("visar inget avsnitt när alla rader är giltiga", async () => {
    renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, {
      workbook: fakePort({ readEffects: async () => ({ effects: [anEffect()], invalidRows: [] }) }),
    });
    await screen.findByRole("list", { name: "Registreringar, nyast först" });
    expect(screen.queryByRole("region", { name: "Rader som behöver rättas" })).toBeNull();
  });
});
