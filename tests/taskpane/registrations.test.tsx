import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId, isoDate, kronor, type Effect } from "../../src/domain/model/effect";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
import { WorkbookError } from "../../src/workbook/port";
import { aOneOff, anEffect } from "../fixtures/effects";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const printing = anEffect({ id: effectId("E-1"), registered: isoDate("2026-01-15") });
const moving = anEffect({
  id: effectId("E-2"),
  caseName: "Flyttjänster",
  type: "Engångsbelopp/vite",
  reason: "Vite",
  department: "Utbildningsförvaltningen",
  basis: "Engång",
  status: "Realiserad",
  previousAnnualCost: null,
  newAnnualCost: null,
  annualAmount: null,
  contractYears: null,
  oneOffAmount: kronor(175_000),
  realised: kronor(175_000),
  realisedDate: isoDate("2026-03-01"),
  supplier: "Flyttfirman AB",
  caseNumber: "UN 2026/7",
  comment: "Miljökrav ej uppfyllda",
  registered: isoDate("2026-03-02"),
  lastModified: 46083.5,
});
const vehicles = anEffect({
  id: effectId("E-3"),
  caseName: "Standardiserade fordon",
  category: "Fordon",
  supplier: "Bilhallen",
  caseNumber: "KS 2026/9",
  comment: "",
  registered: isoDate("2026-03-02"),
  lastModified: 46083.9,
});

function renderRegistrations(effects: Effect[] = [printing, moving, vehicles]) {
  const workbook = fakePort({ readEffects: async () => ({ effects, invalidRows: [] }) });
  renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
  return workbook;
}

const cards = async () =>
  within(await screen.findByRole("list", { name: "Registreringar, nyast först" }))
    .getAllByRole("button")
    .map((card) => card.textContent ?? "");

describe("Registreringar", () => {
  it("visar ett ärendes effekter tillsammans med ärendets summa (Turbundna resor: 9,9 mkr)", async () => {
    const trip = (id: string, type: string, amount: number) =>
      aOneOff(amount, {
        id: effectId(id),
        caseName: "Turbundna resor",
        type,
        registered: isoDate("2026-02-01"),
      });
    const trips = [
      trip("E-7", "Engångsbelopp/vite", 5_500_000),
      trip("E-8", "Cost avoidance", 4_200_000),
      trip("E-9", "Engångsbelopp/vite", 200_000),
    ];
    renderRegistrations([printing, ...trips, moving]);
    const group = await screen.findByRole("region", { name: "Turbundna resor" });
    expect(within(group).getAllByRole("button")).toHaveLength(3);
    expect(group.textContent).toContain("3 effekter · Kalkylerad 9,9\u00a0mkr");
    // Cases of one effect stay single cards, outside any group.
    expect(screen.queryByRole("region", { name: "Flyttjänster" })).toBeNull();
    expect(await cards()).toHaveLength(5);
  });

  it("visar nyast först: registreringsdatum, sedan senast ändrad", async () => {
    renderRegistrations();
    const shown = await cards();
    expect(shown.map((text) => text.split("Nytt avtal")[0]?.split("Engångs")[0])).toEqual([
      "Standardiserade fordon",
      "Flyttjänster",
      "Utskrift som tjänst",
    ]);
  });

  it("visar ärende, typ, förvaltning, status och belopp på varje rad", async () => {
    renderRegistrations();
    const [, flytt] = await cards();
    expect(flytt).toContain("Flyttjänster");
    expect(flytt).toContain("Engångsbelopp/vite · Utbildningsförvaltningen");
    expect(flytt).toContain("Realiserad");
    expect(flytt).toContain("Kalkylerad 175\u00a0000\u00a0kr");
    expect(flytt).toContain("Realiserad 175\u00a0000\u00a0kr");
  });

  it.each([
    ["flytt", ["Flyttjänster"]],
    ["skrivarbolaget", ["Utskrift som tjänst"]],
    ["KS 2026/9", ["Standardiserade fordon"]],
    ["miljökrav", ["Flyttjänster"]],
    ["e-1", ["Utskrift som tjänst"]],
    ["tjänst", ["Flyttjänster", "Utskrift som tjänst"]],
  ])("söker %j i ärende, leverantör, diarienummer, kommentar och ID", async (query, expected) => {
    renderRegistrations();
    await userEvent.type(await screen.findByRole("searchbox", { name: "Sök" }), query);
    const shown = await cards();
    expect(shown).toHaveLength(expected.length);
    expected.forEach((name, i) => expect(shown[i]).toContain(name));
  });

  it.each([
    ["Förvaltning", "Utbildningsförvaltningen", ["Flyttjänster"]],
    ["Typ", "Nytt avtal", ["Standardiserade fordon", "Utskrift som tjänst"]],
    ["Status", "Realiserad", ["Flyttjänster"]],
    ["Status", "Kalkylerad", ["Standardiserade fordon", "Utskrift som tjänst"]],
  ])("filtrerar på %s = %s", async (label, option, expected) => {
    renderRegistrations();
    await userEvent.click(await screen.findByRole("combobox", { name: label }));
    await userEvent.click(screen.getByRole("option", { name: option }));
    const shown = await cards();
    expect(shown).toHaveLength(expected.length);
    expected.forEach((name, i) => expect(shown[i]).toContain(name));
    expect(screen.getByText(`Visar ${expected.length} av 3 registreringar`)).toBeTruthy();
  });

  it("säger när inget matchar och rensar sökningen", async () => {
    renderRegistrations();
    await userEvent.type(await screen.findByRole("searchbox", { name: "Sök" }), "finns inte");
    expect(screen.getByText("Inga registreringar matchar sökningen och filtren.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Rensa sökning och filter" }));
    expect(await cards()).toHaveLength(3);
  });

  it("visar ett tomt läge som leder till Ny registrering", async () => {
    const onNavigate = jest.fn();
    const workbook = fakePort();
    renderWithWorkbook(<RegistrationsView onNavigate={onNavigate} />, { workbook });
    expect(
      await screen.findByText("Inga registreringar ännu – börja med Ny registrering")
    ).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Ny registrering" }));
    expect(onNavigate).toHaveBeenCalledWith({ name: "new" });
  });

  it("visar laddning och sedan felet med Försök igen", async () => {
    const workbook = fakePort();
    workbook.readEffects.mockRejectedValueOnce(
      new WorkbookError("missingTable", "Registreringstabellen finns inte.")
    );
    renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
    expect(screen.getByText("Läser arbetsboken …")).toBeTruthy();
    expect(await screen.findByText("Registreringstabellen finns inte.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByText(/Inga registreringar ännu/)).toBeTruthy();
  });
});
