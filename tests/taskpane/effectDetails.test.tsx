import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId } from "../../src/domain/effect";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
import { WorkbookError } from "../../src/workbook/errors";
import { anEffect } from "../fixtures/effects";
import { entryFormCalls } from "./support/entryFormStub";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const printing = anEffect({ id: effectId("E-1") });

function renderRegistrations() {
  const workbook = fakePort({
    readEffects: async () => ({ effects: [printing], invalidRows: [] }),
  });
  renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
  return workbook;
}

describe("En registrering", () => {
  it("öppnar en registrering med uppgifter och åtgärder, och Redigera visar formuläret", async () => {
    renderRegistrations();
    await userEvent.click(
      (await screen.findAllByRole("button", { name: /Utskrift som tjänst/ }))[0]!
    );
    expect(screen.getByRole("heading", { level: 1, name: "Utskrift som tjänst" })).toBeTruthy();
    expect(screen.getByText("Skrivarbolaget AB")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Markera som realiserad" })).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Redigera" }));
    expect(screen.getByText("Formulär: edit E-1")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Avbryt formuläret" }));
    expect(screen.getByRole("heading", { level: 1, name: "Utskrift som tjänst" })).toBeTruthy();
  });

  it("Redigera: en kollegas ändring ger Läs in igen, och formuläret sparar sedan mot den nya raden", async () => {
    const workbook = renderRegistrations();
    workbook.updateEffect.mockRejectedValueOnce(
      new WorkbookError("staleEdit", "Registreringen E-1 har ändrats av någon annan.")
    );
    await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
    await userEvent.click(screen.getByRole("button", { name: "Redigera" }));
    await userEvent.click(screen.getByRole("button", { name: "Spara formuläret" }));
    expect(await screen.findByText("Registreringen E-1 har ändrats av någon annan.")).toBeTruthy();

    const fresh = { ...printing, comment: "Ändrad av en kollega", lastModified: 46100.5 };
    workbook.readEffects.mockResolvedValue({ effects: [fresh], invalidRows: [] });
    await userEvent.click(screen.getByRole("button", { name: "Läs in igen" }));
    await waitFor(() =>
      expect(entryFormCalls.at(-1)?.mode).toEqual({ kind: "edit", effect: fresh })
    );
    expect(screen.queryByRole("button", { name: "Läs in igen" })).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Spara formuläret" }));
    expect(workbook.updateEffect).toHaveBeenLastCalledWith(fresh, expect.anything());
  });
});
