/**
 * Numbers a controller can sign (issue 7), as two people do it in the browser preview: Anna
 * registers a gain, is refused when she tries to verify it herself, Bengt verifies it against
 * an invoice, the summary shows it as verified, Anna then edits it, which undoes the
 * verification, and the effect's history tells the whole story, line by line, as does the
 * hidden `Logg` sheet.
 */
import { reviewMessages } from "../../src/domain/trust/reviewMessages.sv";
import { eventually, plain } from "./support/eventually";
import { expectFieldError } from "./support/fieldErrors";
import { EntryFormDriver, Pane } from "./support/pane";
import { checkScreen, cleanScreen } from "./support/screens";
import { openPreview, startSession, type Session } from "./support/session";
import { storySteps } from "./support/steps";
import { fillInPrinting } from "./support/talk";
import {
  downloadWorkbook,
  registrationRows,
  sheetCells,
  sheetTab,
  tableCells,
} from "./support/workbookView";

const ANNA = "Anna Andersson";
const BENGT = "Bengt Berg";
const CASE = "Utskrift som tjänst";
const EVIDENCE = "Faktura 2026-4711";

describe("en annan person verifierar, en ändring gör effekten overifierad, historiken visar allt", () => {
  let session: Session;
  let pane: Pane;
  let year: number;
  let id = "";
  const step = storySteps();

  const expectCleanScreen = async (name: string) =>
    expect(await checkScreen(session.page, name)).toEqual(cleanScreen(name));
  const row = async () => {
    const rows = await registrationRows(session.page);
    const found = rows.find((r) => r["ID"] === id);
    expect(found).toBeDefined();
    return found as Record<string, string>;
  };
  const waitingList = () =>
    pane.main.getByRole("list", { name: "Effekter som väntar på verifiering" });

  beforeAll(async () => {
    session = await startSession();
    await openPreview(session);
    pane = new Pane(session.person, ANNA);
    year = await session.page.evaluate(() => new Date().getFullYear());
  });

  afterAll(async () => {
    await session?.close();
  });

  step("Anna registrerar en effekt och anger sitt namn första gången", async () => {
    const form = new EntryFormDriver(pane);
    await pane.startAction("Ny registrering");
    await fillInPrinting(form, year);
    // Computed from the costs before and after: the previous contract price is the baseline.
    expect(await pane.radio("Tidigare avtalspris").isChecked()).toBe(true);
    [id = ""] = await form.save();
    expect(id).toMatch(/^E-/);
    await eventually(async () =>
      expect(await row()).toMatchObject({
        "Registrerad av": ANNA,
        "Senast ändrad av": ANNA,
        Baslinje: "Tidigare avtalspris",
        Verifierat: "",
      })
    );
  });

  step("Anna får inte verifiera sin egen registrering", async () => {
    await pane.backToStart();
    await pane.main.getByText(`Du är: ${ANNA}`).waitFor();
    await pane.startAction("Granska");
    await eventually(async () => expect(await waitingList().getByRole("listitem").count()).toBe(1));
    await session.person.click(pane.button(`Verifiera ${CASE}`));
    await pane.main.getByText("Du verifierar kalkylen").waitFor();
    await pane.main.getByText(reviewMessages.ownRegistration).waitFor();
    expect(await pane.button("Verifiera").isDisabled()).toBe(true);
    await expectCleanScreen("20-granska-egen");
  });

  step("Bengt verifierar kalkylen mot en faktura", async () => {
    await session.person.click(pane.button("Avbryt"));
    await pane.backToStart();
    await pane.becomes(BENGT);
    await pane.startAction("Granska");
    await session.person.click(pane.button(`Verifiera ${CASE}`));
    const evidence = pane.textbox("Underlag");
    // Without evidence it says what is missing, at the field.
    await session.person.click(pane.button("Verifiera"));
    await expectFieldError(evidence, reviewMessages.evidenceMissing);
    await session.person.fillIn(evidence, EVIDENCE);
    await expectCleanScreen("21-verifiera");
    await session.person.click(pane.button("Verifiera"));
    await pane.main.getByText(`Kalkylen för ${CASE} är verifierad.`).waitFor();
    await pane.main.getByText("Inget väntar på verifiering.").waitFor();
    await eventually(async () =>
      expect(await row()).toMatchObject({
        Verifierat: "Kalkyl",
        "Verifierad av": BENGT,
        Underlag: EVIDENCE,
        "Registrerad av": ANNA,
        "Senast ändrad av": BENGT,
      })
    );
  });

  step("sammanställningen visar den verifierade effekten bredvid alla", async () => {
    await session.person.click(pane.button("Tillbaka till Start"));
    // Start's button refreshes at once, with the remembered filter.
    await session.person.click(pane.button("Uppdatera sammanställning"));
    await pane.main.getByText(/^Sammanställningen är uppdaterad/).waitFor();
    const cells = await sheetCells(session.page, "Sammanställning");
    const line = (label: string) => cells.find((r) => r[0] === label)?.[1];
    // The total is a live formula over the table, computed; the verified one is the add-in's
    // value, since only the add-in checks each row's checksum: here they agree.
    expect(line("Kalkylerad effekt")).toBe("14,0 mkr");
    expect(line("Kalkylerad effekt, verifierad")).toBe("14,0 mkr");
    expect(line("Verifierade effekter")).toBe("1 av 1");
  });

  step(
    "Annas ändring gör effekten overifierad, och panelen säger det innan hon sparar",
    async () => {
      const form = new EntryFormDriver(pane);
      // Start's refresh (the step before) leaves the pane on Start.
      await pane.becomes(ANNA);
      await pane.startAction("Registreringar");
      await session.person.click(
        pane.main.getByRole("list", { name: "Registreringar, nyast först" }).getByRole("button", {
          name: new RegExp(`^${CASE}`),
        })
      );
      await pane.heading(CASE).waitFor();
      await session.person.click(pane.button("Redigera"));
      await form.text("Ny årlig kostnad", "3,2 mkr");
      await pane.main.getByText(new RegExp(`^Effekten är verifierad av ${BENGT}\\.`)).waitFor();
      await form.save("Spara ändringar");
      await eventually(async () =>
        expect(await row()).toMatchObject({
          "Ny årlig kostnad (kr)": "3 200 000 kr",
          Verifierat: "",
          "Verifierad av": "",
          "Senast ändrad av": ANNA,
        })
      );
    }
  );

  step("historiken visar registrering, verifiering och ändring i tur och ordning", async () => {
    await session.person.click(pane.button("Alla registreringar"));
    await session.person.click(
      pane.main.getByRole("list", { name: "Registreringar, nyast först" }).getByRole("button", {
        name: new RegExp(`^${CASE}`),
      })
    );
    await pane.heading(CASE).waitFor();
    // The review state is back to the start, in the list and in the details.
    await pane.main.getByText("Registrerad", { exact: true }).first().waitFor();
    await session.person.click(pane.button("Visa historik"));
    const lines = pane.main
      .getByRole("list", { name: "Ändringar, äldst först" })
      .getByRole("listitem");
    const texts = await eventually(async () => {
      const all = (await lines.allInnerTexts()).map(plain);
      expect(all.length).toBeGreaterThanOrEqual(6);
      return all;
    });
    const at = (pattern: RegExp) => texts.findIndex((text) => pattern.test(text));
    const registered = at(new RegExp(`${ANNA} Ny registrering: Nytt avtal, 14 000 000 kr`));
    const verified = at(new RegExp(`${BENGT} Verifierad av: ${BENGT}`));
    const evidence = at(new RegExp(`${BENGT} Underlag: ${EVIDENCE}`));
    const edited = at(new RegExp(`${ANNA} Ny årlig kostnad \\(kr\\): 3 000 000 kr → 3 200 000 kr`));
    const unverified = at(new RegExp(`${ANNA} Verifierat: Kalkyl → \\(tomt\\)`));
    expect([registered, verified, evidence, edited, unverified].every((i) => i >= 0)).toBe(true);
    expect(registered).toBeLessThan(verified);
    expect(verified).toBeLessThan(edited);
    expect(evidence).toBeLessThan(unverified);
    await expectCleanScreen("22-historik");
  });

  step("den sparade arbetsboken har bladet Logg, dolt, med samma rader", async () => {
    // Hidden as in Excel (the preview's view marks its tab "dolt"), and so in the saved file.
    expect(await sheetTab(session.page, "Logg (dolt)").count()).toBe(1);
    const log = (await downloadWorkbook(session.page)).getWorksheet("Logg");
    expect(log?.state).toBe("hidden");
    const lines = log ? tableCells(log) : [];
    expect(Object.keys(lines[0] ?? {})).toEqual([
      "Tid",
      "Person",
      "ID",
      "Ärende",
      "Fält",
      "Tidigare värde",
      "Nytt värde",
      "Ändring",
    ]);
    const ours = lines.filter((line) => line["ID"]?.text === id);
    expect(ours.map((line) => [line["Person"]?.text, line["Fält"]?.text])).toEqual(
      expect.arrayContaining([
        [ANNA, "Ny registrering"],
        [BENGT, "Verifierat"],
        [BENGT, "Underlag"],
        [ANNA, "Ny årlig kostnad (kr)"],
        [ANNA, "Kalkylerad effekt (kr)"],
      ])
    );
    // One change id per save: the edit's lines share one, the verification's another.
    const changes = new Set(ours.map((line) => line["Ändring"]?.text));
    expect(changes.size).toBe(3);
  });

  step("hämtar inget utanför sin egen origin och loggar inga fel", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.watch.errors).toEqual([]);
  });
});
