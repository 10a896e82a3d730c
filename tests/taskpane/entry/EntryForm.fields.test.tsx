import { screen } from "@testing-library/react";
import { alerts, combo, field, queryField, renderEntryForm } from "./entryFormKit";

const ANNUAL = ["Tidigare årlig kostnad", "Ny årlig kostnad", "Avtalstid", "Startdatum"];
const ONE_OFF = ["Belopp", "Datum"];
const OTHERS = ["Tidigare styckpris", "Nytt styckpris", "Årlig volym", "Årligt belopp"];
const REALISED = ["Realiserad effekt", "Realiserat datum"];
const ALL = [...ANNUAL, ...ONE_OFF, ...OTHERS, ...REALISED];

const basisChoice = () => screen.queryByRole("radiogroup", { name: /^Beräkningsgrund/ });

describe("fälten följer typen av effektivisering", () => {
  it("visar inga beloppsfält innan typen är vald", () => {
    renderEntryForm();
    expect(ALL.filter((label) => queryField(label))).toEqual([]);
    expect(screen.getByText(/Välj typ av effektivisering, så räknas/)).toBeTruthy();
  });

  it.each([
    ["Nytt avtal", ANNUAL, false],
    ["Engångsbelopp/vite", ONE_OFF, false],
    ["Cost avoidance", ONE_OFF, true],
    ["Annat", ONE_OFF, true],
  ])("%s visar %j", async (type, expected, choosesBasis) => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: type }));
    expect(ALL.filter((label) => queryField(label))).toEqual(expected);
    expect(basisChoice() !== null).toBe(choosesBasis);
  });

  it("låter Cost avoidance räknas per år", async () => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Cost avoidance" }));
    await user.click(screen.getByRole("radio", { name: "Per år" }));
    expect(ALL.filter((label) => queryField(label))).toEqual(ANNUAL);
  });

  it.each([
    ["Styckpris och volym", ["Tidigare styckpris", "Nytt styckpris", "Årlig volym"]],
    ["Årligt belopp direkt", ["Årligt belopp"]],
    ["Kostnad före och efter", ["Tidigare årlig kostnad", "Ny årlig kostnad"]],
  ])("räknar årlig effekt från %s", async (choice, expected) => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Nytt avtal" }));
    await user.click(screen.getByRole("radio", { name: choice }));
    const amounts = [...ANNUAL.slice(0, 2), ...OTHERS];
    expect(amounts.filter((label) => queryField(label))).toEqual(expected);
  });

  it("visar realiserad effekt och datum när status är Realiserad", async () => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Engångsbelopp/vite" }));
    await user.click(screen.getByRole("radio", { name: "Realiserad" }));
    expect(REALISED.filter((label) => queryField(label))).toEqual(REALISED);
  });

  it.each([
    ["Nytt avtal", "pengar som frigörs"],
    ["Engångsbelopp/vite", "pengar som kommer tillbaka"],
    ["Cost avoidance", "pengar som inte behövde spenderas"],
  ])("beskriver %s som %s", (type, meaning) => {
    renderEntryForm();
    const radio = screen.getByRole("radio", { name: type });
    const description = document.getElementById(radio.getAttribute("aria-describedby") ?? "");
    expect(description?.textContent).toBe(meaning);
  });

  it.each([
    ["Nytt avtal", true],
    ["Cost avoidance", false],
  ])("förvaljer Budgetpåverkande efter typen %s", async (type, checked) => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: type }));
    await user.click(screen.getByRole("button", { name: "Mer uppgifter" }));
    const budget = screen.getByRole("switch", { name: /Budgetpåverkande/ }) as HTMLInputElement;
    expect(budget.checked).toBe(checked);
  });
});

describe("en effekt i timmar (E-handel: 8 000 timmar)", () => {
  const isRequired = (label: string) => (field(label) as HTMLInputElement).required;

  it("visar Sparade timmar utan att Mer uppgifter fälls ut", async () => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Annat" }));
    expect(queryField("Sparade timmar")).not.toBeNull();
    expect(
      screen.getByRole("button", { name: "Mer uppgifter" }).getAttribute("aria-expanded")
    ).toBe("false");
  });

  it("tar bort Beloppets krav när timmar är angivna, och ger tillbaka det utan dem", async () => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Annat" }));
    expect(isRequired("Belopp")).toBe(true);
    await user.type(field("Sparade timmar"), "8 000");
    expect(isRequired("Belopp")).toBe(false);
    expect(isRequired("Datum")).toBe(true);
    await user.clear(field("Sparade timmar"));
    expect(isRequired("Belopp")).toBe(true);
  });

  it("tar bort kravet på de årliga beloppen också", async () => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Nytt avtal" }));
    await user.type(field("Sparade timmar"), "120 h");
    expect(isRequired("Tidigare årlig kostnad")).toBe(false);
    expect(isRequired("Ny årlig kostnad")).toBe(false);
    expect(isRequired("Avtalstid")).toBe(true);
  });
});

describe("fel visas när fältet lämnas", () => {
  it("visar inget fel medan man skriver, men när man går vidare", async () => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Engångsbelopp/vite" }));
    await user.type(field("Belopp"), "tre kronor");
    expect(alerts()).toEqual([]);
    await user.tab();
    expect(alerts()).toEqual([expect.stringMatching(/^Skriv beloppet med siffror/)]);
    expect(field("Belopp").getAttribute("aria-invalid")).toBe("true");
  });

  it("visar att ärendet saknas först när man lämnat det tomt", async () => {
    const { user } = renderEntryForm();
    await user.click(field("Ärende"));
    expect(alerts()).toEqual([]);
    await user.tab();
    expect(alerts()).toEqual(["Ange ärendet, t.ex. avtalets eller upphandlingens namn."]);
  });

  it("tar bort felet när värdet rättas", async () => {
    const { user } = renderEntryForm();
    await user.click(screen.getByRole("radio", { name: "Engångsbelopp/vite" }));
    await user.type(field("Belopp"), "tre");
    await user.tab();
    await user.clear(field("Belopp"));
    await user.type(field("Belopp"), "175 000");
    expect(alerts()).toEqual([]);
  });
});

describe("Förvaltning och Kategori från arbetsbokens listor", () => {
  it("lägger till ett nytt värde i listan och väljer det", async () => {
    const { user, workbook, props } = renderEntryForm();
    await user.type(combo("Förvaltning"), "Socialförvaltningen");
    await user.click(
      screen.getByRole("option", { name: "Lägg till ”Socialförvaltningen” i listan" })
    );
    expect(workbook.addListValue).toHaveBeenCalledWith("departments", "Socialförvaltningen");
    expect(props.onListsChanged).toHaveBeenCalledWith(
      expect.objectContaining({ departments: expect.arrayContaining(["Socialförvaltningen"]) })
    );
    expect((combo("Förvaltning") as HTMLInputElement).value).toBe("Socialförvaltningen");
    await user.tab();
    expect(alerts()).toEqual([]);
  });

  it("lägger inte till något i listan när man bara lämnar fältet", async () => {
    const { user, workbook } = renderEntryForm();
    await user.type(combo("Förvaltning"), "Soc");
    await user.tab();
    expect(workbook.addListValue).not.toHaveBeenCalled();
    expect((combo("Förvaltning") as HTMLInputElement).value).toBe("Soc");
  });

  it("erbjuder att lägga till ett okänt värde direkt vid fältet", async () => {
    const { user, workbook } = renderEntryForm();
    await user.type(combo("Kategori"), "Städ");
    await user.keyboard("{Escape}");
    await user.tab();
    expect(alerts()).toEqual([expect.stringMatching(/^”Städ” finns inte i listan Kategori/)]);
    await user.click(screen.getByRole("button", { name: "Lägg till ”Städ” i listan" }));
    expect(workbook.addListValue).toHaveBeenCalledWith("categories", "Städ");
    expect(alerts()).toEqual([]);
  });
});
