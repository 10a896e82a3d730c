/**
 * The task pane as a person finds their way in it: views by their heading, fields by their
 * visible label, buttons by their text. The pane is the page's only <main>; the preview's own
 * workbook view sits beside it.
 */
import type { Locator, Page } from "playwright-core";
import { eventually, plain } from "./eventually";
import type { Person } from "./person";

export type StartAction =
  "Ny registrering" | "Registreringar" | "Granska" | "Välj urval för sammanställningen" | "Listor";

const VIEW_TITLE: Record<StartAction, string> = {
  "Ny registrering": "Ny registrering",
  Registreringar: "Registreringar",
  Granska: "Granska",
  // Start's "Uppdatera sammanställning" refreshes where it is; the filter is this view.
  "Välj urval för sammanställningen": "Sammanställning",
  Listor: "Listor",
};

export class Pane {
  /** @param name What the person answers when the pane asks "Vem är du?". */
  constructor(
    readonly person: Person,
    public name = "Anna Andersson"
  ) {}

  get page(): Page {
    return this.person.page;
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  heading(title: string): Locator {
    return this.main.getByRole("heading", { level: 1, name: title, exact: true });
  }

  textbox(label: string): Locator {
    return this.main.getByRole("textbox", { name: label, exact: true });
  }

  /** A Combobox (Förvaltning, Kategori) or a native <select> (Anledning): both are comboboxes. */
  combobox(label: string): Locator {
    return this.main.getByRole("combobox", { name: label, exact: true });
  }

  radio(name: string): Locator {
    return this.main.getByRole("radio", { name, exact: true });
  }

  button(name: string): Locator {
    return this.main.getByRole("button", { name, exact: true });
  }

  /** From Start, one of its actions; waits for the view's heading. */
  async startAction(action: StartAction): Promise<void> {
    // "Granska (2 väntar)": the action's name starts with the view's.
    await this.person.click(
      this.main.getByRole("navigation").getByRole("button", { name: action })
    );
    await this.heading(VIEW_TITLE[action]).waitFor();
  }

  /** "Vem är du?": asked once, the first time a change needs a name; outside <main>. */
  get nameDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Vem är du?" });
  }

  /** Answers "Vem är du?" with the keyboard, as `name` (this pane's person by default). */
  async answerNameDialog(name = this.name): Promise<void> {
    const field = this.nameDialog.getByRole("textbox", { name: "Ditt namn" });
    await field.waitFor();
    await this.person.fillIn(field, name);
    await this.person.press("Enter");
    await this.nameDialog.waitFor({ state: "hidden" });
  }

  /** Start's "Byt namn": from now on the pane acts as `name`. */
  async becomes(name: string): Promise<void> {
    await this.person.click(this.main.getByRole("button", { name: "Byt namn" }));
    this.name = name;
    await this.answerNameDialog(name);
    await this.main.getByText(`Du är: ${name}`).waitFor();
  }

  async backToStart(): Promise<void> {
    await this.person.click(this.button("Tillbaka till Start"));
    await this.heading("Effektiviseringar").waitFor();
  }
}

/** "Ny registrering" (and the same form when editing): filling it in, reading what it says. */
export class EntryFormDriver {
  constructor(readonly pane: Pane) {}

  get person(): Person {
    return this.pane.person;
  }

  get form(): Locator {
    return this.pane.main.getByRole("form");
  }

  /** The line under the save button: why it cannot save yet, or that it can. */
  get saveStatus(): Locator {
    return this.form.getByText(
      /^(Rätta \d+ fält innan du sparar|Kontrollera fälten|Allt är ifyllt)/
    );
  }

  get result(): Locator {
    return this.pane.main.getByRole("region", { name: "Resultat" });
  }

  async text(label: string, value: string): Promise<void> {
    await this.person.fillIn(this.pane.textbox(label), value);
  }

  /**
   * Förvaltning or Kategori. A value in the list: type its first letters and click it. A new
   * value: type it and choose "Lägg till ”…” i listan", which writes it to the Kategori sheet.
   */
  async pick(
    label: "Förvaltning" | "Kategori",
    value: string,
    { add = false } = {}
  ): Promise<void> {
    const box = this.pane.combobox(label);
    await this.person.fillIn(box, add ? value : value.slice(0, 4));
    const option = add ? `Lägg till ”${value}” i listan` : value;
    await this.person.click(this.pane.page.getByRole("option", { name: option, exact: true }));
    await eventually(async () => expect(await box.inputValue()).toBe(value));
    await this.waitUntilAccepted(label);
  }

  async type(name: string): Promise<void> {
    await this.person.click(this.pane.radio(name));
  }

  /** Baslinje, by its choice's label (the radio's name begins with it). */
  async baseline(name: string): Promise<void> {
    await this.person.click(
      this.pane.main.getByRole("radiogroup", { name: /^Baslinje/ }).getByRole("radio", {
        name: new RegExp(`^${name}`),
      })
    );
  }

  async reason(value: string): Promise<void> {
    await this.person.choose(this.pane.combobox("Anledning till effektivisering"), value);
  }

  async openMore(): Promise<void> {
    const header = this.pane.button("Mer uppgifter");
    if ((await header.getAttribute("aria-expanded")) !== "true") await this.person.click(header);
    await this.pane.textbox("Leverantör").waitFor();
  }

  /** The fields the save line still asks to fix. */
  async fieldsToFix(): Promise<string[]> {
    const status = plain(await this.saveStatus.innerText());
    const list = /^Rätta \d+ fält innan du sparar: (.*)$/.exec(status)?.[1];
    return list ? list.split(", ") : [];
  }

  /** Waits until the save line no longer asks to fix `label`. */
  async waitUntilAccepted(label: string): Promise<void> {
    await eventually(async () => expect(await this.fieldsToFix()).not.toContain(label));
  }

  async expectReady(): Promise<void> {
    await eventually(async () =>
      expect(plain(await this.saveStatus.innerText())).toBe("Allt är ifyllt. Klart att spara.")
    );
  }

  /**
   * Saves (the button reads "Spara" or "Spara ändringar") and returns the saved ids. The first
   * save of a person the pane does not know yet asks "Vem är du?" first.
   */
  async save(button = "Spara"): Promise<string[]> {
    await this.expectReady();
    await this.person.click(this.pane.button(button));
    const saved = this.pane.main.getByText(/i tabellen Effektiviseringar$/);
    await saved.or(this.pane.nameDialog).waitFor();
    if (await this.pane.nameDialog.isVisible()) await this.pane.answerNameDialog();
    await saved.waitFor();
    return plain(await saved.innerText()).match(/E-[0-9A-Z]+/g) ?? [];
  }
}
