import { screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { combo, field, renderEntryForm, saveButton } from "./entryFormKit";

type User = ReturnType<typeof renderEntryForm>["user"];

/**
 * Fluent's focus manager (Tabster) moves focus on Tab itself and skips what it thinks is not
 * visible; jsdom has no layout, so everything looks hidden. Give elements the layout facts it
 * reads, so that Tab follows the form's order as in a browser.
 */
const realOffsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  jest
    .spyOn(document.body, "getBoundingClientRect")
    .mockReturnValue({ width: 320, height: 800 } as DOMRect);
});
afterAll(() => {
  if (realOffsetParent)
    Object.defineProperty(HTMLElement.prototype, "offsetParent", realOffsetParent);
  jest.restoreAllMocks();
});

/** Presses Tab until `target` has focus: it can be reached by keyboard, in the form's order. */
async function tabTo(user: User, target: HTMLElement, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses && document.activeElement !== target; press++) {
    await user.tab();
  }
  expect(document.activeElement).toBe(target);
}

async function axeViolations(container: HTMLElement) {
  // jsdom has no layout, so contrast cannot be computed here (the e2e tests run in Chromium).
  const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

describe("med bara tangentbordet", () => {
  it("fyller i ett vite och sparar med Enter", async () => {
    const { user, workbook } = renderEntryForm();
    await tabTo(user, field("Ärende"));
    await user.keyboard("Flyttjänster");
    await tabTo(user, combo("Förvaltning"));
    await user.keyboard("Utbildningsförvaltningen");
    await tabTo(user, combo("Kategori"));
    await user.keyboard("Flyttjänster");
    // Tab enters the type group on its first radio; arrow keys move and choose.
    await tabTo(user, screen.getByRole("radio", { name: "Engångsbelopp/vite" }));
    await user.keyboard(" ");
    expect(
      (screen.getByRole("radio", { name: "Engångsbelopp/vite" }) as HTMLInputElement).checked
    ).toBe(true);
    // A native select: browsers choose by keyboard; jsdom needs selectOptions to do it.
    await tabTo(user, combo("Anledning till effektivisering"));
    await user.selectOptions(combo("Anledning till effektivisering"), "Vite");
    await tabTo(user, field("Belopp"));
    await user.keyboard("175 000");
    await tabTo(user, field("Datum"));
    await user.keyboard("2026-05-10");
    // A one-off has no preselected baseline: Tab enters the group, Space chooses.
    await tabTo(user, screen.getByRole("radio", { name: "Tidigare avtalspris" }));
    await user.keyboard(" ");
    await tabTo(user, saveButton());
    await user.keyboard("{Enter}");
    await waitFor(() => expect(workbook.appendEffects).toHaveBeenCalledTimes(1));
    expect(workbook.appendEffects.mock.calls[0]?.[0]).toEqual([
      expect.objectContaining({
        caseName: "Flyttjänster",
        type: "Engångsbelopp/vite",
        reason: "Vite",
        basis: "Engång",
        oneOffAmount: 175_000,
        startDate: "2026-05-10",
        baseline: "Tidigare avtalspris",
      }),
    ]);
    expect(await screen.findByText(/^E-2026-0001 i tabellen/)).toBeTruthy();
  });

  it("når spara-knappen med Tab och säger då vad som saknas", async () => {
    const { user } = renderEntryForm();
    await tabTo(user, saveButton(), 60);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(field("Ärende")));
  });
});

describe("tillgänglighet (axe)", () => {
  it("har inga överträdelser i ett tomt formulär", async () => {
    const { container } = renderEntryForm();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("har inga överträdelser med fel visade och Mer uppgifter öppen", async () => {
    const { container, user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Nytt avtal" }));
    await user.click(screen.getByRole("radio", { name: "Realiserad" }));
    await user.click(screen.getByRole("button", { name: "Mer uppgifter" }));
    await user.click(saveButton());
    expect(screen.getAllByRole("alert").length).toBeGreaterThan(3);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("har inga överträdelser med baslinjens och indexets fält visade", async () => {
    const { container, user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Nytt avtal" }));
    await user.selectOptions(combo("Anledning till effektivisering"), "Indexjustering");
    await user.click(screen.getByRole("radio", { name: "Annan" }));
    await user.click(saveButton());
    expect(field("Beskriv baslinjen")).toBeTruthy();
    expect(field("Index")).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
