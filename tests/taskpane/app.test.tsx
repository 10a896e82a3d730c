import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { useWorkbook } from "../../src/taskpane/workbookContext";
import { someLists } from "../fixtures/effects";
import { entryFormCalls } from "./support/entryFormStub";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const heading = (name: string) => screen.findByRole("heading", { level: 1, name });

describe("Panelens navigering", () => {
  it.each([
    ["Ny registrering", "Ny registrering"],
    ["Registreringar", "Registreringar"],
    ["Listor", "Listor"],
  ])("Start → %s och tillbaka, med fokus på vyns rubrik", async (action, title) => {
    renderWithWorkbook(<App />, { workbook: fakePort() });
    await userEvent.click(await screen.findByRole("button", { name: action }));
    // Registreringar and Listor load their script when first opened: wait for the view.
    const opened = await heading(title);
    expect(document.activeElement).toBe(opened);

    await userEvent.click(screen.getByRole("button", { name: "Tillbaka till Start" }));
    expect(document.activeElement).toBe(await heading("Effektiviseringar"));
  });

  it("Ny registrering ger formuläret listorna och tar emot tillagda värden", async () => {
    renderWithWorkbook(<App initialView={{ name: "new" }} />, { workbook: fakePort() });
    expect(await screen.findByText("Formulär: new")).toBeTruthy();
    const first = entryFormCalls.at(-1);
    expect(first?.lists.categories).toEqual(someLists().categories);
    const added = someLists({ categories: ["IT", "Städ"] });
    act(() => first?.onListsChanged(added));
    expect(entryFormCalls.at(-1)?.lists).toBe(added);
  });

  it("Avbryt i Ny registrering leder tillbaka till Start", async () => {
    renderWithWorkbook(<App initialView={{ name: "new" }} />, { workbook: fakePort() });
    await userEvent.click(await screen.findByRole("button", { name: "Avbryt formuläret" }));
    expect(await heading("Effektiviseringar")).toBeTruthy();
  });

  it("useWorkbook utanför en WorkbookProvider är ett kopplingsfel", () => {
    const Probe = () => <>{typeof useWorkbook().inspect}</>;
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => render(<Probe />)).toThrow(/WorkbookProvider/);
  });
});
