import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId, type Effect } from "../../src/domain/model/effect";
import { ReviewView } from "../../src/taskpane/review/ReviewView";
import { WorkbookError } from "../../src/workbook/port";
import type { AcceptedOutsideEdits } from "../../src/workbook/port";
import { anEffect } from "../fixtures/effects";
import { fakePort, type FakePort } from "./support/fakePort";
import { pretendLaidOut } from "./support/laidOut";
import { renderWithWorkbook, TEST_USER } from "./support/render";

/** Three rows changed by hand, listed newest first (the order the pane accepts them in). */
const edited = ["Städtjänster", "Fordon", "Skrivare"].map((caseName, i) =>
  anEffect({
    id: effectId(`E-${i + 1}`),
    caseName,
    lastModified: 46040 - i,
    editedOutside: true,
  })
);

const QUESTION = "Godkänn 3 ändrade rader som de står?";
const CONSEQUENCE = "De räknas sedan som overifierade och behöver verifieras av någon annan än du.";

/** A workbook whose table keeps what the pane writes, so a reload reads it back. */
function workbookWith(effects: Effect[]): FakePort {
  let rows = effects;
  const workbook = fakePort({ readEffects: async () => ({ effects: rows, invalidRows: [] }) });
  const accept = workbook.acceptOutsideEdits.getMockImplementation()!;
  workbook.acceptOutsideEdits.mockImplementation(async (...args) => {
    const result = await accept(...args);
    const byId = new Map(result.accepted.map((effect) => [effect.id, effect]));
    rows = rows.map((row) => byId.get(row.id) ?? row);
    return result;
  });
  return workbook;
}

function renderReview(workbook = workbookWith(edited), name: string | null = TEST_USER) {
  renderWithWorkbook(<ReviewView onNavigate={jest.fn()} />, { workbook, name });
  return workbook;
}

const section = () => screen.findByRole("region", { name: "Ändrade utanför tillägget" });

async function confirmAll() {
  await userEvent.click(within(await section()).getByRole("button", { name: "Godkänn alla (3)" }));
  const dialog = await screen.findByRole("alertdialog", { name: QUESTION });
  await userEvent.click(within(dialog).getByRole("button", { name: "Godkänn alla" }));
}

describe("Godkänn alla", () => {
  pretendLaidOut();

  it.each([
    ["erbjuds inte för en ändrad rad", 1, null],
    ["erbjuds för två ändrade rader", 2, "Godkänn alla (2)"],
  ])("%s", async (_, count, offered) => {
    const others = [anEffect({ id: effectId("E-9"), caseName: "Inte ändrad" })];
    renderReview(workbookWith([...edited.slice(0, count), ...others]));
    const listed = await section();
    expect(within(listed).getAllByRole("listitem")).toHaveLength(count);
    const button = within(listed).queryByRole("button", { name: /^Godkänn alla/ });
    expect(button?.textContent ?? null).toBe(offered);
  });

  it("frågar först, med antalet och vad det innebär; Avbryt gör ingenting", async () => {
    const workbook = renderReview();
    await userEvent.click(
      within(await section()).getByRole("button", { name: "Godkänn alla (3)" })
    );
    const dialog = await screen.findByRole("alertdialog", { name: QUESTION });
    const described = document.getElementById(dialog.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe(CONSEQUENCE);

    await userEvent.click(within(dialog).getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(workbook.acceptOutsideEdits).not.toHaveBeenCalled();
    expect(within(await section()).getAllByRole("listitem")).toHaveLength(3);
    expect(workbook.readEffects).toHaveBeenCalledTimes(1);
  });

  it("går med tangentbordet: Enter öppnar frågan, Escape stänger den och fokus går tillbaka", async () => {
    const workbook = renderReview();
    const button = within(await section()).getByRole("button", { name: "Godkänn alla (3)" });
    button.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("alertdialog", { name: QUESTION });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(workbook.acceptOutsideEdits).not.toHaveBeenCalled();
  });

  it("godkänner alla listade rader som personen, visar att det pågår, och säger hur många som godkändes", async () => {
    const workbook = renderReview();
    let finish: () => void = () => undefined;
    const accept = workbook.acceptOutsideEdits.getMockImplementation()!;
    workbook.acceptOutsideEdits.mockImplementationOnce(
      (...args) =>
        new Promise<AcceptedOutsideEdits>((resolve) => {
          finish = () => resolve(accept(...args));
        })
    );
    await confirmAll();

    expect(workbook.acceptOutsideEdits).toHaveBeenCalledWith(edited, { by: TEST_USER });
    const busy = await section();
    expect(within(busy).getByText("Godkänner 3 rader …")).toBeTruthy();
    expect(busy.getAttribute("aria-busy")).toBe("true");
    for (const button of within(busy).getAllByRole("button")) {
      expect(button.getAttribute("aria-disabled")).toBe("true");
    }
    await userEvent.click(within(busy).getByRole("button", { name: "Godkänn alla (3)" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();

    finish();
    expect(await screen.findByText("3 rader godkända.")).toBeTruthy();
    await waitFor(() => expect(workbook.readEffects).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole("region", { name: "Ändrade utanför tillägget" })).toBeNull();
    expect(screen.getByRole("heading", { level: 1, name: "Granska" })).toBe(document.activeElement);
  });

  it("säger vilka som hade ändrats igen och inte godkändes, och erbjuder Läs in igen", async () => {
    const workbook = renderReview();
    const [first, second, third] = edited as [Effect, Effect, Effect];
    workbook.acceptOutsideEdits.mockResolvedValueOnce({
      accepted: [first, third].map((e) => ({
        ...e,
        editedOutside: false,
        lastModifiedBy: TEST_USER,
      })),
      stale: [second.id],
    });
    await confirmAll();

    expect(
      await screen.findByText(
        "2 rader godkända. 1 rad hade ändrats igen och godkändes inte; läs in igen."
      )
    ).toBeTruthy();
    await waitFor(() => expect(workbook.readEffects).toHaveBeenCalledTimes(2));
    await userEvent.click(screen.getByRole("button", { name: "Läs in igen" }));
    await waitFor(() => expect(workbook.readEffects).toHaveBeenCalledTimes(3));
  });

  it("frågar efter namnet när inget är sparat, och gör ingenting om man avbryter", async () => {
    const workbook = renderReview(undefined, null);
    await confirmAll();
    const asked = await screen.findByRole("dialog", { name: "Vem är du?" });
    await userEvent.click(within(asked).getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(workbook.acceptOutsideEdits).not.toHaveBeenCalled();
  });

  it("visar Excels fel, och Försök igen godkänner samma rader igen", async () => {
    const workbook = renderReview();
    workbook.acceptOutsideEdits.mockRejectedValueOnce(
      new WorkbookError("syncFailed", "Excel kunde inte spara ändringen.")
    );
    await confirmAll();
    expect(await screen.findByText("Excel kunde inte spara ändringen.")).toBeTruthy();

    // The confirmation dialog may still be closing (the pane behind it aria-hidden): wait.
    await userEvent.click(await screen.findByRole("button", { name: "Försök igen" }));
    expect(await screen.findByText("3 rader godkända.")).toBeTruthy();
    expect(workbook.acceptOutsideEdits).toHaveBeenCalledTimes(2);
    expect(workbook.acceptOutsideEdits).toHaveBeenLastCalledWith(edited, { by: TEST_USER });
  });
});
