/**
 * Nothing typed is lost when the pane goes away mid-entry (Excel closes it, the page
 * reloads): the draft comes back the next time "Ny registrering" opens, and goes once saved.
 */
import { eventually, plain } from "./support/eventually";
import { EntryFormDriver, Pane } from "./support/pane";
import { openPreview, startSession, type Session } from "./support/session";
import { storySteps } from "./support/steps";

const RESTORED = "Ditt utkast från förra gången är återställt.";

describe("utkastet i Ny registrering", () => {
  let session: Session;
  let pane: Pane;
  let form: EntryFormDriver;
  const step = storySteps();

  const reload = async () => {
    await session.page.reload();
    await session.page.getByText("Arbetsboken är redo för registrering.").waitFor();
  };

  beforeAll(async () => {
    session = await startSession();
    await openPreview(session);
    pane = new Pane(session.person);
    form = new EntryFormDriver(pane);
  });

  afterAll(async () => {
    await session?.close();
  });

  step("finns kvar när sidan laddas om mitt i en registrering", async () => {
    await pane.startAction("Ny registrering");
    await form.text("Ärende", "Flyttjänster");
    await form.type("Engångsbelopp/vite");
    await form.reason("Vite");
    await form.text("Belopp", "175 000");
    await form.openMore();
    await form.text("Kommentar", "Leverantören uppfyllde inte miljökraven");
    // At once, without waiting for the pause after which the draft is saved anyway.
    await reload();
    await pane.startAction("Ny registrering");
    await pane.main.getByText(RESTORED).waitFor();
    expect(await pane.textbox("Ärende").inputValue()).toBe("Flyttjänster");
    expect(await pane.radio("Engångsbelopp/vite").isChecked()).toBe(true);
    expect(await pane.combobox("Anledning till effektivisering").inputValue()).toBe("Vite");
    expect(await pane.textbox("Belopp").inputValue()).toBe("175 000");
    // "Mer uppgifter" opens by itself when it holds something.
    expect(await pane.textbox("Kommentar").inputValue()).toBe(
      "Leverantören uppfyllde inte miljökraven"
    );
  });

  step("försvinner när registreringen är sparad", async () => {
    await form.pick("Förvaltning", "Kommunstyrelseförvaltningen", { add: true });
    await form.pick("Kategori", "Flyttjänster", { add: true });
    await form.text("Datum", "2026-02-20");
    await form.baseline("Tidigare avtalspris");
    await form.save();
    await eventually(async () =>
      expect(
        await session.page.evaluate(() => localStorage.getItem("effektiviseringar.draft.v1"))
      ).toBeNull()
    );
    await reload();
    await pane.startAction("Ny registrering");
    expect(await pane.textbox("Ärende").inputValue()).toBe("");
    expect(plain(await pane.main.innerText())).not.toContain(RESTORED);
  });

  step("hämtar inget utanför sin egen origin och loggar inga fel", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.watch.errors).toEqual([]);
  });
});
