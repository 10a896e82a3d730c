/**
 * Keyboard only: a person who never touches the mouse registers the talk's Flyttjänster
 * (adding the Förvaltning and Kategori on the way), moving with Tab, choosing with the arrow
 * keys, Space and Enter, and saving with Enter.
 */
import type { Locator } from "playwright-core";
import { eventually, plain } from "./support/eventually";
import { EntryFormDriver, Pane } from "./support/pane";
import { openPreview, startSession, type Session } from "./support/session";
import { storySteps } from "./support/steps";
import { registrationRows } from "./support/workbookView";

/** More Tab presses than any screen of the pane needs to reach a control. */
const MAX_TABS = 60;

describe("registrering med enbart tangentbordet", () => {
  let session: Session;
  let pane: Pane;
  const step = storySteps();

  /** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
  const tabTo = async (target: Locator) => {
    for (let presses = 0; presses < MAX_TABS; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await session.person.press("Tab");
    }
    throw new Error(`Tab never reached ${String(target)}`);
  };

  beforeAll(async () => {
    session = await startSession();
    await openPreview(session);
    pane = new Pane(session.person);
  });

  afterAll(async () => {
    await session?.close();
  });

  step("registrerar Flyttjänster utan ett enda klick", async () => {
    const { person } = session;
    const form = new EntryFormDriver(pane);
    await tabTo(pane.button("Ny registrering"));
    await person.press("Enter");
    await pane.heading("Ny registrering").waitFor();

    await tabTo(pane.textbox("Ärende"));
    await person.type("Flyttjänster");
    for (const [label, value] of [
      ["Förvaltning", "Kommunstyrelseförvaltningen"],
      ["Kategori", "Flyttjänster"],
    ] as const) {
      await tabTo(pane.combobox(label));
      await person.type(value);
      // The list offers "Lägg till ”…” i listan"; typing never makes it the active option.
      await person.press("ArrowDown");
      await person.press("Enter");
      await form.waitUntilAccepted(label);
    }
    // Into the type's radio group, then Space chooses the focused one.
    await tabTo(pane.radio("Engångsbelopp/vite"));
    await person.press("Space");
    await tabTo(pane.combobox("Anledning till effektivisering"));
    await person.type("Vite");
    await tabTo(pane.textbox("Belopp"));
    await person.type("175 000");
    await tabTo(pane.textbox("Datum"));
    await person.type("2026-02-20");
    await tabTo(pane.radio("Tidigare avtalspris"));
    await person.press("Space");
    await form.expectReady();
    await person.press("Enter");
    // The first save asks who is saving, with the cursor already in the field.
    await pane.nameDialog.waitFor();
    await person.type(pane.name);
    await person.press("Enter");
    await pane.main.getByText(/i tabellen Effektiviseringar$/).waitFor();
    // Focus moves to the likely next step.
    const next = pane.button("Lägg till ännu en effekt i samma ärende");
    await eventually(async () =>
      expect(await next.evaluate((element) => element === document.activeElement)).toBe(true)
    );
    expect(person.effort.clicks).toBe(0);
  });

  step("sparar raden som med musen", async () => {
    const [row] = await eventually(async () => {
      const rows = await registrationRows(session.page);
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(row).toMatchObject({
      Ärende: "Flyttjänster",
      Förvaltning: "Kommunstyrelseförvaltningen",
      Kategori: "Flyttjänster",
      "Typ av effektivisering": "Engångsbelopp/vite",
      "Anledning till effektivisering": "Vite",
      "Engångsbelopp (kr)": "175 000 kr",
      Startdatum: "2026-02-20",
    });
    expect(plain(row?.["Kalkylerad effekt (kr)"])).toBe("175 000 kr");
  });
});
