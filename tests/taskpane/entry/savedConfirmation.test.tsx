import { act, screen } from "@testing-library/react";
import { SavedMessage } from "../../../src/taskpane/entry/SavedMessage";
import { ListValueConfirmationNote } from "../../../src/taskpane/shared/ConfirmationNote";
import { CONFIRM_AFTER_MS } from "../../../src/taskpane/shared/useLaterConfirmation";
import { effectId } from "../../../src/domain/model/effect";
import type { SavedConfirmation } from "../../../src/workbook/port";
import { WorkbookError } from "../../../src/workbook/port";
import { anEffect } from "../../fixtures/effects";
import { fakePort } from "../support/fakePort";
import { renderWithWorkbook } from "../support/render";

const saved = [anEffect({ id: effectId("E-NY-1") })];

function renderSaved(confirmSaved: () => Promise<SavedConfirmation>) {
  const workbook = fakePort({ confirmSaved });
  renderWithWorkbook(
    <SavedMessage effects={saved} onSameCaseNext={() => undefined} onNewEntry={() => undefined} />,
    { workbook }
  );
  return workbook;
}

/** Lets the confirmation's delay pass and its answer arrive. */
async function afterTheDelay() {
  await act(async () => {
    jest.advanceTimersByTime(CONFIRM_AFTER_MS);
    await Promise.resolve();
  });
}

const note = () => screen.getByRole("status").textContent;

describe("bekräftelsen efter sparandet", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("frågar arbetsboken först efter några sekunder, och visar sedan en tyst bekräftelse", async () => {
    const workbook = renderSaved(async () => ({ rewritten: [], relogged: [], duplicates: [] }));
    expect(workbook.confirmSaved).not.toHaveBeenCalled();
    expect(note()).toBe("Kontrolleras strax i arbetsboken …");
    await afterTheDelay();
    expect(workbook.confirmSaved).toHaveBeenCalledWith(saved, "registration");
    expect(note()).toBe("Bekräftad i arbetsboken.");
    // Never a second form: the two ways on are still the only buttons.
    expect(screen.getAllByRole("button")).toHaveLength(2);
  });

  it.each([
    [
      { rewritten: [effectId("E-NY-1")], duplicates: [] },
      "Bekräftad i arbetsboken. Raden skrevs in på nytt: en kollegas samtidiga registrering hade tagit dess plats.",
    ],
    [
      { rewritten: [], relogged: [effectId("E-NY-1")], duplicates: [] },
      "Bekräftad i arbetsboken. Loggraden skrevs in på nytt i Logg: en kollegas samtidiga ändring hade tagit dess plats.",
    ],
    [
      { rewritten: [], duplicates: [effectId("E-NY-1")] },
      "Finns mer än en gång i tabellen: E-NY-1. Ta bort den extra raden i Excel.",
    ],
  ] as const)("säger vad bekräftelsen fann: %j", async (answer, text) => {
    renderSaved(async () => ({
      rewritten: [...answer.rewritten],
      relogged: "relogged" in answer ? [...answer.relogged] : [],
      duplicates: [...answer.duplicates],
    }));
    await afterTheDelay();
    expect(note()).toBe(text);
  });

  it("säger på svenska när bekräftelsen inte gick att göra", async () => {
    renderSaved(async () => {
      throw new WorkbookError("syncFailed", "Excel svarade inte.");
    });
    await afterTheDelay();
    expect(note()).toBe("Kunde inte bekräftas i arbetsboken ännu: Excel svarade inte.");
  });
});

describe("bekräftelsen efter ett nytt listvärde", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it.each([
    [{ rewritten: false, duplicate: false }, "Bekräftad i arbetsboken."],
    [
      { rewritten: true, duplicate: false },
      "Bekräftad i arbetsboken. ”Miljö” skrevs in i listan på nytt: en kollegas samtidiga tillägg hade tagit dess plats.",
    ],
    [
      { rewritten: false, duplicate: true },
      "”Miljö” står mer än en gång i listan. Ta bort det extra värdet på bladet Kategori.",
    ],
  ] as const)("frågar efter några sekunder och säger vad den fann: %j", async (answer, text) => {
    const workbook = fakePort({ confirmListValue: jest.fn(async () => ({ ...answer })) });
    renderWithWorkbook(<ListValueConfirmationNote list="departments" value="Miljö" />, {
      workbook,
    });
    expect(note()).toBe("Kontrolleras strax i arbetsboken …");
    expect(workbook.confirmListValue).not.toHaveBeenCalled();
    await afterTheDelay();
    expect(workbook.confirmListValue).toHaveBeenCalledWith("departments", "Miljö");
    expect(note()).toBe(text);
  });
});
