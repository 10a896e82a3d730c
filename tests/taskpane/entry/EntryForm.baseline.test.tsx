import { screen, waitFor, within } from "@testing-library/react";
import { BASELINES } from "../../../src/domain/model/effect";
import { requiredMessages } from "../../../src/domain/messages.sv";
import { baselineHints } from "../../../src/taskpane/entry/strings.sv";
import { anEffect } from "../../fixtures/effects";
import { fakePort } from "../support/fakePort";
import {
  alerts,
  combo,
  field,
  fillPrinting,
  queryField,
  renderEntryForm,
  saveButton,
  saveStatus,
} from "./entryFormKit";

type User = ReturnType<typeof renderEntryForm>["user"];

const radio = (name: string) => screen.getByRole("radio", { name });
const checkedBaseline = () =>
  BASELINES.filter((baseline) => (radio(baseline) as HTMLInputElement).checked);
const INDEX_FIELDS = ["Index", "Undviken höjning (%)", "Undviken höjning (kr/år)"];
/** These labels end in a parenthesis, so they are matched whole, not as the kit's prefix. */
const textbox = (name: string) => screen.getByRole("textbox", { name });
const shownOf = (labels: readonly string[]) =>
  labels.filter((name) => screen.queryByRole("textbox", { name }));

const chooseReason = (user: User, reason: string) =>
  user.selectOptions(combo("Anledning till effektivisering"), reason);

describe("Baslinje", () => {
  it("visar de fem baslinjerna, var och en med sin förklaring", () => {
    renderEntryForm();
    expect(screen.getByRole("radiogroup", { name: /^Baslinje/ })).toBeTruthy();
    for (const baseline of BASELINES) {
      const hint = document.getElementById(radio(baseline).getAttribute("aria-describedby") ?? "");
      expect(hint?.textContent).toBe(baselineHints[baseline]);
    }
    expect(baselineHints["Indexjusterat tidigare pris"]).toBe(
      "Förra priset uppräknat med avtalets index: höjningen ni slapp"
    );
  });

  it("förväljer Tidigare avtalspris när årligt belopp räknas ut ur kostnader", async () => {
    const { user } = renderEntryForm();
    expect(checkedBaseline()).toEqual([]);
    await fillPrinting(user);
    expect(checkedBaseline()).toEqual(["Tidigare avtalspris"]);
    expect(saveStatus()).toBe("Allt är ifyllt. Klart att spara.");
  });

  it("förväljer inget när årligt belopp skrivs direkt, och kräver då ett val", async () => {
    const { user, workbook } = renderEntryForm();
    await fillPrinting(user);
    await user.click(radio("Årligt belopp direkt"));
    await user.type(field("Årligt belopp"), "2 mkr");
    expect(checkedBaseline()).toEqual([]);
    expect(saveStatus()).toBe("Rätta 1 fält innan du sparar: Baslinje");
    await user.click(saveButton());
    expect(workbook.appendEffects).not.toHaveBeenCalled();
    expect(alerts()).toEqual([requiredMessages.baseline]);
    await waitFor(() => expect(document.activeElement).toBe(radio("Tidigare avtalspris")));
  });

  it("förväljer Indexjusterat tidigare pris och frågar efter index vid Indexjustering", async () => {
    const { user } = renderEntryForm();
    await user.click(radio("Engångsbelopp/vite"));
    expect(shownOf(INDEX_FIELDS)).toEqual([]);
    await chooseReason(user, "Indexjustering");
    expect(checkedBaseline()).toEqual(["Indexjusterat tidigare pris"]);
    expect(shownOf(INDEX_FIELDS)).toEqual(INDEX_FIELDS);
    await chooseReason(user, "Vite");
    expect(shownOf(INDEX_FIELDS)).toEqual([]);
    expect(checkedBaseline()).toEqual([]);
  });

  it("skriver aldrig över ett eget val med ett förval", async () => {
    const { user } = renderEntryForm();
    await user.click(radio("Nytt avtal"));
    await user.click(radio("Egen kalkyl eller budget"));
    await chooseReason(user, "Indexjustering");
    await user.click(radio("Årligt belopp direkt"));
    expect(checkedBaseline()).toEqual(["Egen kalkyl eller budget"]);
  });

  it("ber om en beskrivning när baslinjen är Annan", async () => {
    const { user } = renderEntryForm();
    await fillPrinting(user);
    expect(queryField("Beskriv baslinjen")).toBeNull();
    await user.click(radio("Annan"));
    expect(field("Beskriv baslinjen")).toBeTruthy();
    expect(saveStatus()).toBe("Rätta 1 fält innan du sparar: Beskriv baslinjen");
    await user.click(field("Beskriv baslinjen"));
    await user.tab();
    expect(alerts()).toEqual([requiredMessages.baselineNote]);
    await user.type(field("Beskriv baslinjen"), "Offerten från 2024");
    expect(alerts()).toEqual([]);
  });

  it("sparar en indexjustering med index och undviken höjning", async () => {
    const { user, workbook } = renderEntryForm();
    await fillPrinting(user);
    await chooseReason(user, "Indexjustering");
    await user.click(saveButton());
    expect(alerts()).toEqual([requiredMessages.indexName, requiredMessages.avoidedIncrease]);
    await user.type(field("Index"), "KPI");
    await user.type(textbox("Undviken höjning (%)"), "3.5%");
    await user.click(saveButton());
    expect(workbook.appendEffects).toHaveBeenCalledWith(
      [
        expect.objectContaining({
          reason: "Indexjustering",
          baseline: "Indexjusterat tidigare pris",
          indexName: "KPI",
          avoidedIncreasePercent: 0.035,
          avoidedIncrease: null,
        }),
      ],
      expect.anything()
    );
  });

  it("visar fel i undviken höjning vid fältet när det lämnas", async () => {
    const { user } = renderEntryForm();
    await user.click(radio("Nytt avtal"));
    await chooseReason(user, "Indexjustering");
    await user.type(textbox("Undviken höjning (%)"), "150 %");
    await user.type(textbox("Undviken höjning (kr/år)"), "-5");
    await user.tab();
    expect(alerts()).toEqual([
      expect.stringContaining("högst 100 %"),
      expect.stringContaining("mer än 0 kr per år"),
    ]);
  });

  it("behåller baslinjen i nästa effekt i samma ärende", async () => {
    const { user } = renderEntryForm();
    await fillPrinting(user);
    await user.click(radio("Marknadsjämförelse"));
    await user.click(saveButton());
    await user.click(
      await screen.findByRole("button", { name: "Lägg till ännu en effekt i samma ärende" })
    );
    await user.click(radio("Engångsbelopp/vite"));
    expect(checkedBaseline()).toEqual(["Marknadsjämförelse"]);
  });
});

describe("Rapporteras även av", () => {
  it("finns under Mer uppgifter med en förklaring och kräver då referensen", async () => {
    const { user, workbook } = renderEntryForm();
    await fillPrinting(user);
    expect(queryField("Rapporteras även av")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Mer uppgifter" }));
    expect(screen.getByText(/Sådana effekter hålls utanför summorna/)).toBeTruthy();
    await user.type(field("Rapporteras även av"), "Adda");
    await user.click(saveButton());
    expect(workbook.appendEffects).not.toHaveBeenCalled();
    expect(alerts()).toEqual([requiredMessages.alsoReportedRef]);
    await waitFor(() => expect(document.activeElement).toBe(field("Referens hos den andra")));
    await user.type(field("Referens hos den andra"), "ADDA-2026-17");
    await user.click(saveButton());
    expect(workbook.appendEffects).toHaveBeenCalledWith(
      [expect.objectContaining({ alsoReportedBy: "Adda", alsoReportedRef: "ADDA-2026-17" })],
      expect.anything()
    );
  });
});

/**
 * The name dialog and its controls. In jsdom, Fluent's focus manager marks the open dialog
 * itself aria-hidden a moment after it opens (it has no layout to go by), so it is found by
 * its role attribute and its title, and its controls among hidden ones.
 */
const nameDialog = () =>
  waitFor(() => {
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
    expect(dialog?.querySelector("h2")?.textContent).toBe("Vem är du?");
    return dialog as HTMLElement;
  });
const inDialog = (dialog: HTMLElement, role: "textbox" | "button", name: string | RegExp) =>
  within(dialog).getByRole(role, { name, hidden: true });

describe("sparas med ditt namn", () => {
  it("frågar efter namnet första gången och registrerar effekten med det", async () => {
    const { user, workbook } = renderEntryForm({ name: null });
    await fillPrinting(user);
    await user.click(saveButton());
    const dialog = await nameDialog();
    expect(workbook.appendEffects).not.toHaveBeenCalled();
    await user.type(inDialog(dialog, "textbox", /^Ditt namn/), "Cecilia Ek");
    await user.click(inDialog(dialog, "button", "Spara"));
    await waitFor(() =>
      expect(workbook.appendEffects).toHaveBeenCalledWith(expect.anything(), {
        registeredBy: "Cecilia Ek",
        ids: [expect.any(String)],
      })
    );
    expect(await screen.findByText(/^E-2026-0001 i tabellen/)).toBeTruthy();
  });

  it("sparar inget och behåller formuläret när namnrutan stängs", async () => {
    const { user, workbook } = renderEntryForm({ name: null });
    await fillPrinting(user);
    await user.click(saveButton());
    const dialog = await nameDialog();
    await user.click(inDialog(dialog, "button", "Avbryt"));
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    expect(workbook.appendEffects).not.toHaveBeenCalled();
    expect((field("Ärende") as HTMLInputElement).value).toBe("Utskrift som tjänst");
    expect(saveButton().textContent).toBe("Spara");
    expect(saveStatus()).toBe("Allt är ifyllt. Klart att spara.");
  });
});

describe("redigera en verifierad effekt", () => {
  const verified = anEffect({
    verifiedStage: "Kalkyl",
    verifiedBy: "Dan Dahl",
    verifiedDate: anEffect().registered,
    evidence: "Faktura 4711",
  });

  it("säger före sparandet att effekten blir overifierad", async () => {
    const workbook = fakePort();
    const { user } = renderEntryForm({ workbook, mode: { kind: "edit", effect: verified } });
    expect(screen.queryByText(/blir den overifierad/)).toBeNull();
    await user.clear(field("Ny årlig kostnad"));
    await user.type(field("Ny årlig kostnad"), "2,5 mkr");
    expect(
      screen.getByText(
        "Effekten är verifierad av Dan Dahl. Sparar du ändringen blir den overifierad " +
          "och behöver verifieras på nytt."
      )
    ).toBeTruthy();
  });

  it("säger inget när bara kommentaren ändras", async () => {
    const { user } = renderEntryForm({ mode: { kind: "edit", effect: verified } });
    // Mer uppgifter is open: the effect has a supplier and a comment.
    await user.type(field("Kommentar"), " och mer");
    expect(screen.queryByText(/verifierad av Dan Dahl/)).toBeNull();
    await user.type(field("Leverantör"), " AB");
    expect(screen.getByText(/verifierad av Dan Dahl/)).toBeTruthy();
  });
});
