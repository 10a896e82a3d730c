import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { IdentityProvider, NAME_KEY, useIdentity } from "../../src/taskpane/shared/identity";
import { StartView } from "../../src/taskpane/start/StartView";
import { anEffect } from "../fixtures/effects";
import { fakePort } from "./support/fakePort";
import { pretendLaidOut } from "./support/laidOut";
import { renderWithWorkbook, TEST_USER } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const dialog = () => screen.findByRole("dialog", { name: "Vem är du?" });
const nameField = (within_: HTMLElement) =>
  within(within_).getByRole("textbox", { name: /Ditt namn/ });

describe("Ditt namn", () => {
  pretendLaidOut();

  it("frågas vid första sparandet, sparas för personen och frågas inte igen", async () => {
    const workbook = fakePort();
    renderWithWorkbook(<App initialView={{ name: "new" }} />, { workbook, name: null });
    await userEvent.click(await screen.findByRole("button", { name: "Spara formuläret" }));

    const asked = await dialog();
    await userEvent.type(nameField(asked), "  Cecilia Carlsson ");
    await userEvent.click(within(asked).getByRole("button", { name: "Spara" }));

    await waitFor(() =>
      expect(workbook.appendEffects).toHaveBeenCalledWith([], { registeredBy: "Cecilia Carlsson" })
    );
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(window.localStorage.getItem(NAME_KEY)).toBe("Cecilia Carlsson");

    // Fluent gives the page behind the modal back to assistive technology after it closes.
    await userEvent.click(await screen.findByRole("button", { name: "Spara formuläret" }));
    await waitFor(() => expect(workbook.appendEffects).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("Avbryt sparar inget och lämnar formuläret med det skrivna kvar", async () => {
    const workbook = fakePort({
      readEffects: async () => ({ effects: [anEffect()], invalidRows: [] }),
    });
    renderWithWorkbook(<App initialView={{ name: "registrations" }} />, { workbook, name: null });
    await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
    await userEvent.click(screen.getByRole("button", { name: "Markera som realiserad" }));
    const amount = screen.getByRole("textbox", { name: /Realiserad effekt \(kr\)/ });
    await userEvent.type(amount, "12 000 000");
    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));

    await userEvent.click(within(await dialog()).getByRole("button", { name: "Avbryt" }));

    expect(screen.queryByRole("dialog")).toBeNull();
    expect(workbook.updateEffect).not.toHaveBeenCalled();
    expect(amount).toHaveProperty("value", "12 000 000");
    expect(window.localStorage.getItem(NAME_KEY)).toBeNull();
  });

  it("kräver ett namn och säger det vid fältet", async () => {
    renderWithWorkbook(<StartView onNavigate={jest.fn()} />, { workbook: fakePort(), name: null });
    await userEvent.click(await screen.findByRole("button", { name: "Ange ditt namn" }));
    const asked = await dialog();
    await userEvent.type(nameField(asked), "   ");
    await userEvent.click(within(asked).getByRole("button", { name: "Spara" }));

    expect(nameField(asked).getAttribute("aria-invalid")).toBe("true");
    expect(within(asked).getByText("Skriv ditt namn.")).toBeTruthy();
    expect(screen.getByRole("dialog")).toBeTruthy();
  });

  it("föreslår namnet från Office, och personen kan ändra det", async () => {
    renderWithWorkbook(<StartView onNavigate={jest.fn()} />, {
      workbook: fakePort(),
      name: null,
      suggestName: async () => "anna.andersson@kommun.se",
    });
    await userEvent.click(await screen.findByRole("button", { name: "Ange ditt namn" }));
    const asked = await dialog();
    await waitFor(() =>
      expect(nameField(asked)).toHaveProperty("value", "anna.andersson@kommun.se")
    );
    await userEvent.click(within(asked).getByRole("button", { name: "Spara" }));
    expect(await screen.findByText("anna.andersson@kommun.se")).toBeTruthy();
    expect(screen.getByText(/Du är:/)).toBeTruthy();
  });

  it("Byt namn på Start öppnar samma dialog med namnet ifyllt", async () => {
    renderWithWorkbook(<StartView onNavigate={jest.fn()} />, { workbook: fakePort() });
    expect(await screen.findByText(TEST_USER)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Byt namn" }));
    const asked = await dialog();
    expect(nameField(asked)).toHaveProperty("value", TEST_USER);
    expect(document.activeElement).toBe(nameField(asked));

    await userEvent.clear(nameField(asked));
    await userEvent.type(nameField(asked), "Cecilia Carlsson{Enter}");

    expect(await screen.findByText("Cecilia Carlsson")).toBeTruthy();
    expect(screen.queryByText(TEST_USER)).toBeNull();
    expect(window.localStorage.getItem(NAME_KEY)).toBe("Cecilia Carlsson");
  });

  it("Escape stänger dialogen utan att ändra namnet", async () => {
    renderWithWorkbook(<StartView onNavigate={jest.fn()} />, { workbook: fakePort() });
    await userEvent.click(await screen.findByRole("button", { name: "Byt namn" }));
    await userEvent.type(nameField(await dialog()), "X");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByText(TEST_USER)).toBeTruthy();
  });

  it("useIdentity utanför en IdentityProvider är ett kopplingsfel", () => {
    const Probe = () => <>{useIdentity().name}</>;
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => render(<Probe />)).toThrow(/IdentityProvider/);
  });

  it("två som frågar samtidigt får samma dialog och samma svar", async () => {
    const answers: (string | null)[] = [];
    const Probe = () => {
      const { askName } = useIdentity();
      const ask = () => void askName().then((name) => answers.push(name));
      return (
        <button type="button" onClick={() => (ask(), ask())}>
          Fråga
        </button>
      );
    };
    render(
      <IdentityProvider storage={null}>
        <Probe />
      </IdentityProvider>
    );
    await userEvent.click(screen.getByRole("button", { name: "Fråga" }));
    expect(screen.getAllByRole("dialog")).toHaveLength(1);
    await userEvent.type(nameField(await dialog()), "Cecilia Carlsson{Enter}");
    await waitFor(() => expect(answers).toEqual(["Cecilia Carlsson", "Cecilia Carlsson"]));
  });

  it("fungerar utan lagring: namnet gäller tills panelen stängs", async () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const Probe = () => {
      const { name, askName } = useIdentity();
      return (
        <button type="button" onClick={() => void askName()}>
          {name || "Inget namn"}
        </button>
      );
    };
    render(
      <IdentityProvider storage={refusing}>
        <Probe />
      </IdentityProvider>
    );
    await userEvent.click(screen.getByRole("button", { name: "Inget namn" }));
    await userEvent.type(nameField(await dialog()), "Cecilia Carlsson{Enter}");
    expect(await screen.findByRole("button", { name: "Cecilia Carlsson" })).toBeTruthy();
  });
});
