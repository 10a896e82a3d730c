import { screen, waitFor } from "@testing-library/react";
import { DRAFT_KEY } from "../../../src/taskpane/entry/useDraftStorage";
import { WorkbookError } from "../../../src/workbook/port";
import { TEST_USER } from "../support/render";
import {
  aWorkbook,
  alerts,
  combo,
  field,
  fillPrinting,
  queryField,
  registered,
  renderEntryForm,
  saveButton,
  saveStatus,
} from "./entryFormKit";

const value = (element: HTMLElement) => (element as HTMLInputElement).value;
// What the port throws (WorkbookPort's contract: only WorkbookError).
const syncFailed = new WorkbookError(
  "syncFailed",
  "Excel kunde inte spara eller läsa ändringen (nätverket). Försök igen."
);

describe("spara-knappen säger varför den inte kan spara än", () => {
  it("räknar upp fälten som återstår, utan att visa fel i förväg", () => {
    renderEntryForm();
    expect(saveStatus()).toBe(
      "Rätta 6 fält innan du sparar: Ärende, Förvaltning, Kategori, " +
        "Typ av effektivisering, Anledning till effektivisering, Baslinje"
    );
    expect(saveButton().hasAttribute("disabled")).toBe(false);
    expect(alerts()).toEqual([]);
  });

  it("visar alla fel och flyttar fokus till det första när man ändå sparar", async () => {
    const { user, workbook } = renderEntryForm();
    await user.type(field("Ärende"), "Flyttjänster");
    await user.click(saveButton());
    expect(workbook.appendEffects).not.toHaveBeenCalled();
    expect(alerts()).toHaveLength(5);
    expect(document.activeElement).toBe(combo("Förvaltning"));
  });

  it("öppnar Mer uppgifter när felet finns där", async () => {
    const { user } = renderEntryForm();
    await fillPrinting(user);
    await user.click(screen.getByRole("button", { name: "Mer uppgifter" }));
    await user.type(field("Implementeringskostnad"), "många");
    await user.click(screen.getByRole("button", { name: "Mer uppgifter" }));
    expect(queryField("Implementeringskostnad")).toBeNull();
    await user.click(saveButton());
    await waitFor(() => expect(document.activeElement).toBe(field("Implementeringskostnad")));
  });

  it("säger att allt är klart när det är det", async () => {
    const { user } = renderEntryForm();
    await fillPrinting(user);
    expect(saveStatus()).toBe("Allt är ifyllt. Klart att spara.");
  });
});

describe("spara", () => {
  it("registrerar effekten i arbetsboken och tömmer utkastet", async () => {
    const { user, workbook, storage, props } = renderEntryForm();
    await fillPrinting(user);
    await user.click(saveButton());
    expect(workbook.appendEffects).toHaveBeenCalledWith(
      [
        expect.objectContaining({
          caseName: "Utskrift som tjänst",
          annualAmount: 2_000_000,
          contractYears: 7,
          budgetAffecting: true,
          baseline: "Tidigare avtalspris",
        }),
      ],
      { registeredBy: TEST_USER, ids: [expect.any(String)] }
    );
    expect(await screen.findByText("E-2026-0001 i tabellen Effektiviseringar")).toBeTruthy();
    expect(props.onSaved).toHaveBeenCalledWith([expect.objectContaining({ id: "E-2026-0001" })]);
    expect(storage?.getItem(DRAFT_KEY)).toBeNull();
  });

  it("visar att det sparas medan arbetsboken skriver", async () => {
    let finish: () => void = () => undefined;
    const workbook = aWorkbook();
    workbook.appendEffects.mockImplementation(
      (inputs) => new Promise((resolve) => (finish = () => resolve([registered(inputs[0]!)])))
    );
    const { user } = renderEntryForm({ workbook });
    await fillPrinting(user);
    await user.click(saveButton());
    expect(saveButton().textContent).toBe("Sparar …");
    await user.keyboard("{Enter}");
    finish();
    expect(await screen.findByText(/^Sparat/)).toBeTruthy();
    expect(workbook.appendEffects).toHaveBeenCalledTimes(1);
  });

  it("behåller allt som skrivits när sparandet misslyckas, och försöker igen", async () => {
    const workbook = aWorkbook();
    workbook.appendEffects.mockRejectedValueOnce(syncFailed);
    const { user } = renderEntryForm({ workbook });
    await fillPrinting(user);
    await user.click(saveButton());
    expect(await screen.findByText(syncFailed.message)).toBeTruthy();
    expect(value(field("Ärende"))).toBe("Utskrift som tjänst");
    expect(value(combo("Förvaltning"))).toBe("Kommunstyrelseförvaltningen");
    expect(value(field("Tidigare årlig kostnad"))).toBe("5 mkr");
    expect(value(field("Startdatum"))).toBe("2026-01-01");
    await user.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByText(/^Sparat/)).toBeTruthy();
    expect(workbook.appendEffects).toHaveBeenCalledTimes(2);
    // The retry carries the failed attempt's id, so a row that did land is not written twice.
    const [first, second] = workbook.appendEffects.mock.calls;
    expect(second?.[1].ids).toEqual(first?.[1].ids);
  });

  it("visar ett oväntat fel med sin text", async () => {
    const workbook = aWorkbook();
    workbook.appendEffects.mockRejectedValueOnce(new Error("boom"));
    const { user } = renderEntryForm({ workbook });
    await fillPrinting(user);
    await user.click(saveButton());
    expect(await screen.findByText(/Något oväntat hände \(boom\)/)).toBeTruthy();
  });
});

describe("efter sparat", () => {
  it("lägger till ännu en effekt i samma ärende med ärendets uppgifter kvar", async () => {
    const { user } = renderEntryForm();
    await fillPrinting(user);
    await user.click(saveButton());
    await user.click(
      await screen.findByRole("button", { name: "Lägg till ännu en effekt i samma ärende" })
    );
    expect(value(field("Ärende"))).toBe("Utskrift som tjänst");
    expect(value(combo("Förvaltning"))).toBe("Kommunstyrelseförvaltningen");
    expect(value(combo("Kategori"))).toBe("IT");
    expect(
      screen.getAllByRole("radio", { checked: true }).map((r) => r.getAttribute("value"))
    ).toEqual(["Kalkylerad", "Tidigare avtalspris"]);
    expect(queryField("Tidigare årlig kostnad")).toBeNull();
    expect(document.activeElement?.getAttribute("name")).toBe("type");
    expect(alerts()).toEqual([]);
  });

  it("börjar om helt med Ny registrering", async () => {
    const { user } = renderEntryForm();
    await fillPrinting(user);
    await user.click(saveButton());
    await user.click(await screen.findByRole("button", { name: "Ny registrering" }));
    expect(value(field("Ärende"))).toBe("");
    expect(document.activeElement).toBe(field("Ärende"));
  });
});
