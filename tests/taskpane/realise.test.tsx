import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { kronor } from "../../src/domain/model/effect";
import { realisationMessages, requiredMessages } from "../../src/domain/messages.sv";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
import { inputOf } from "../../src/taskpane/registrations/realise";
import { todayIso } from "../../src/taskpane/shared/today";
import { WorkbookError } from "../../src/workbook/port";
import { anEffect, theRealisedContract } from "../fixtures/effects";
import { fakePort, periodsConfirmed, type FakePort } from "./support/fakePort";
import { renderWithWorkbook, TEST_USER } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const nb = (text: string) => text.replace(/ /g, "\u00a0");
// Utskrift som tjänst: 2 mkr a year over 7 years, 14 mkr forecast.
const printing = anEffect();

async function openRealise(
  workbook: FakePort = fakePort(),
  effect = printing,
  action = "Markera som realiserad"
) {
  workbook.readEffects.mockResolvedValue({ effects: [effect], invalidRows: [] });
  renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
  await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
  await userEvent.click(screen.getByRole("button", { name: action }));
  return workbook;
}

const amountField = () => screen.getByRole("textbox", { name: /Realiserad effekt \(kr\)/ });
const dateField = () => screen.getByRole("textbox", { name: /Realiserat datum/ });
const leakageShown = () =>
  screen.getAllByText("Effektläckage", { selector: "dt" }).at(-1)?.nextElementSibling?.textContent;

/** Types the amount and replaces the month (it starts at the current one). */
async function fill(amount: string, date: string) {
  await userEvent.type(amountField(), amount);
  await userEvent.clear(dateField());
  await userEvent.type(dateField(), date);
}

describe("Markera som realiserad", () => {
  it("flyttar fokus till beloppet och visar läckaget medan man skriver", async () => {
    await openRealise();
    expect(document.activeElement).toBe(amountField());
    expect(leakageShown()).toBe("Visas när du har skrivit ett belopp.");
    await userEvent.type(amountField(), "12 000 000");
    expect(leakageShown()).toBe(nb("2 mkr"));
    await userEvent.clear(amountField());
    await userEvent.type(amountField(), "13,5 mkr");
    expect(leakageShown()).toBe(nb("500 000 kr"));
  });

  it("föreslår innevarande månad", async () => {
    await openRealise();
    expect(dateField()).toHaveProperty("value", todayIso().slice(0, 7));
  });

  it("sparar månaden som en period (Manuell) och raden speglar summan", async () => {
    const workbook = await openRealise();
    await fill("12 000 000", "2026-12");
    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));

    expect(workbook.appendRealisations).toHaveBeenCalledWith(
      [
        {
          effectId: printing.id,
          month: "2026-12",
          amount: 12_000_000,
          source: "Manuell",
          evidence: "",
        },
      ],
      { registeredBy: TEST_USER, ids: ["R-NY-1"] }
    );
    expect(workbook.updateEffect).toHaveBeenCalledWith(
      printing,
      {
        ...inputOf(printing),
        status: "Realiserad",
        realised: kronor(12_000_000),
        realisedDate: "2026-12-31",
      },
      { by: TEST_USER }
    );
    expect(await screen.findByText("Effekten är markerad som realiserad.")).toBeTruthy();
    expect(workbook.readEffects).toHaveBeenCalledTimes(2);

    // Seconds later, the quiet second look at the period it wrote and at the row, which the
    // workbook now holds as updated.
    expect(await periodsConfirmed(workbook)).toBeTruthy();
    expect(workbook.confirmRealisations).toHaveBeenCalledWith([
      expect.objectContaining({ id: "R-NY-1", effectId: printing.id, month: "2026-12" }),
    ]);
  });

  it("för över ett tidigare realiserat belopp som egen period när den första månaden läggs till", async () => {
    const legacy = theRealisedContract();
    const workbook = await openRealise(fakePort(), legacy, "Lägg till realisering för en månad");
    await fill("500 000", "2026-12");
    expect(leakageShown()).toBe(nb("2,5 mkr"));
    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));
    const [inputs] = workbook.appendRealisations.mock.calls[0] ?? [];
    expect(inputs?.map((p) => [p.month, p.amount])).toEqual([
      ["2026-11", 11_000_000],
      ["2026-12", 500_000],
    ]);
    expect(workbook.updateEffect).toHaveBeenCalledWith(
      legacy,
      expect.objectContaining({ realised: 11_500_000, realisedDate: "2026-12-31" }),
      { by: TEST_USER }
    );
  });

  it.each([
    ["", "2026-12", requiredMessages.realised],
    ["mycket", "2026-12", /Skriv beloppet med siffror/],
    ["12 000 000", "12/2026", realisationMessages.month],
    ["12 000 000", "2025-06", /slutar före startdatum 2026-01-01/],
  ])("sparar inte %j / %j utan visar domänens meddelande", async (amount, date, message) => {
    const workbook = await openRealise();
    if (amount) await userEvent.type(amountField(), amount);
    await userEvent.clear(dateField());
    await userEvent.type(dateField(), date);
    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));
    expect(screen.getByText(message)).toBeTruthy();
    expect(workbook.appendRealisations).not.toHaveBeenCalled();
    expect(workbook.updateEffect).not.toHaveBeenCalled();
    expect(amountField()).toHaveProperty("value", amount);
  });

  it("visar att någon annan har ändrat raden och läser in den igen utan att tappa det skrivna", async () => {
    const workbook = fakePort();
    const stale = new WorkbookError(
      "staleEdit",
      "Registreringen E-2026-0001 har ändrats av någon annan."
    );
    workbook.updateEffect.mockRejectedValueOnce(stale);
    await openRealise(workbook);
    await fill("12 000 000", "2026-12");
    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));
    expect(await screen.findByText(stale.message)).toBeTruthy();

    const fresh = anEffect({ comment: "Ändrad av en kollega", lastModified: 46100.5 });
    workbook.readEffects.mockResolvedValue({ effects: [fresh], invalidRows: [] });
    await userEvent.click(screen.getByRole("button", { name: "Läs in igen" }));
    expect(await screen.findByText("Ändrad av en kollega")).toBeTruthy();
    expect(screen.queryByText(stale.message)).toBeNull();
    expect(amountField()).toHaveProperty("value", "12 000 000");

    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));
    // The period that landed the first time is not written again, nor counted twice.
    const [first, second] = workbook.appendRealisations.mock.calls;
    expect(second?.[1].ids).toEqual(first?.[1].ids);
    expect(workbook.updateEffect).toHaveBeenLastCalledWith(
      fresh,
      expect.objectContaining({
        comment: "Ändrad av en kollega",
        status: "Realiserad",
        realised: 12_000_000,
      }),
      { by: TEST_USER }
    );
  });

  it("behåller det skrivna när Excel inte svarar, och försöker igen", async () => {
    const workbook = fakePort();
    workbook.updateEffect.mockRejectedValueOnce(
      new WorkbookError("syncFailed", "Excel svarade inte.")
    );
    await openRealise(workbook);
    await fill("12 000 000", "2026-12");
    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));
    expect(await screen.findByText("Excel svarade inte.")).toBeTruthy();
    expect(amountField()).toHaveProperty("value", "12 000 000");
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByText("Effekten är markerad som realiserad.")).toBeTruthy();
    expect(workbook.updateEffect).toHaveBeenCalledTimes(2);
  });
});
