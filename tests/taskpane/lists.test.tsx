import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ListsView } from "../../src/taskpane/lists/ListsView";
import { WorkbookError } from "../../src/workbook/port";
import { someLists } from "../fixtures/effects";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook } from "./support/render";

function renderLists(workbook = fakePort()) {
  renderWithWorkbook(<ListsView onNavigate={jest.fn()} />, { workbook });
  return workbook;
}

const section = (name: string) => screen.findByRole("region", { name });

describe("Listor", () => {
  it("visar de fyra listorna med sina värden", async () => {
    renderLists();
    const categories = await section("Kategori");
    expect(within(categories).getByText("Fordon")).toBeTruthy();
    expect(within(await section("Förvaltning")).getByText("Utbildningsförvaltningen")).toBeTruthy();
    expect(within(await section("Typ av effektivisering")).getByText("Nytt avtal")).toBeTruthy();
    expect(within(await section("Anledning till effektivisering")).getByText("FKU")).toBeTruthy();
  });

  it.each([["Typ av effektivisering"], ["Anledning till effektivisering"]])(
    "%s visas utan fält, med en hänvisning till bladet Kategori",
    async (name) => {
      renderLists();
      const list = await section(name);
      expect(within(list).queryByRole("textbox")).toBeNull();
      expect(within(list).getByText(/Ändras på bladet Kategori/)).toBeTruthy();
    }
  );

  it.each([
    ["Kategori", "Ny kategori", "categories", "Lokalvård"],
    ["Förvaltning", "Ny förvaltning", "departments", "Socialförvaltningen"],
  ] as const)("lägger till ett värde i %s", async (name, label, list, value) => {
    const workbook = renderLists();
    const region = await section(name);
    await userEvent.type(within(region).getByRole("textbox", { name: label }), `  ${value} `);
    await userEvent.click(within(region).getByRole("button", { name: "Lägg till" }));

    expect(workbook.addListValue).toHaveBeenCalledWith(list, value);
    expect(await within(region).findByText(value)).toBeTruthy();
    expect(within(region).getByText(`”${value}” har lagts till i listan ${name}.`)).toBeTruthy();
    expect(within(region).getByRole<HTMLInputElement>("textbox", { name: label }).value).toBe("");
  });

  it.each([
    ["it", "IT"],
    ["  Fordon ", "Fordon"],
    ["FLYTTJÄNSTER", "Flyttjänster"],
  ])("vägrar dubbletten %j med ett tydligt meddelande", async (typed, existing) => {
    const workbook = renderLists();
    const region = await section("Kategori");
    const input = within(region).getByRole("textbox", { name: "Ny kategori" });
    await userEvent.type(input, typed);
    await userEvent.click(within(region).getByRole("button", { name: "Lägg till" }));

    expect(within(region).getByText(`”${existing}” finns redan i listan Kategori.`)).toBeTruthy();
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(workbook.addListValue).not.toHaveBeenCalled();
  });

  it("ber om ett värde när fältet är tomt", async () => {
    const workbook = renderLists();
    const region = await section("Förvaltning");
    await userEvent.click(within(region).getByRole("button", { name: "Lägg till" }));
    expect(within(region).getByText("Skriv ett värde att lägga till.")).toBeTruthy();
    expect(workbook.addListValue).not.toHaveBeenCalled();
  });

  it("behåller texten när arbetsboken inte kunde spara, och försöker igen", async () => {
    const workbook = renderLists();
    workbook.addListValue.mockRejectedValueOnce(
      new WorkbookError("syncFailed", "Excel svarade inte.")
    );
    const region = await section("Kategori");
    const input = within(region).getByRole<HTMLInputElement>("textbox", { name: "Ny kategori" });
    await userEvent.type(input, "Lokalvård");
    await userEvent.click(within(region).getByRole("button", { name: "Lägg till" }));

    expect(await within(region).findByText("Excel svarade inte.")).toBeTruthy();
    expect(input.value).toBe("Lokalvård");
    await userEvent.click(within(region).getByRole("button", { name: "Försök igen" }));
    expect(await within(region).findByText(/har lagts till/)).toBeTruthy();
    expect(workbook.addListValue).toHaveBeenCalledTimes(2);
  });

  it("visar felet och läser igen när listorna inte gick att läsa", async () => {
    const workbook = fakePort();
    workbook.readLists.mockRejectedValueOnce(
      new WorkbookError("missingLists", "Listbladet saknas.")
    );
    renderLists(workbook);
    expect(await screen.findByText("Listbladet saknas.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await section("Kategori")).toBeTruthy();
    expect(screen.queryByText("Listbladet saknas.")).toBeNull();
  });

  it("säger att en tom lista är tom", async () => {
    renderLists(fakePort({ readLists: async () => someLists({ categories: [] }) }));
    expect(within(await section("Kategori")).getByText("Listan är tom.")).toBeTruthy();
  });
});
