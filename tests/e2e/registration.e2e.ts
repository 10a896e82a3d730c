/**
 * A person registers the talk's examples in the browser preview, from the empty template, in
 * a 320 px pane, with keyboard and mouse; then checks the workbook (the preview's grid and the
 * downloaded .xlsx), edits one effect, realises one, and stores a formula-like case name.
 * The steps share one page and build on each other, in order.
 */
import * as ExcelJS from "exceljs";
import { requiredMessages } from "../../src/domain/messages.sv";
import { eventually, plain } from "./support/eventually";
import { expectFieldError } from "./support/fieldErrors";
import { EntryFormDriver, Pane } from "./support/pane";
import type { Effort } from "./support/person";
import { checkScreen, cleanScreen } from "./support/screens";
import { storySteps } from "./support/steps";
import { openPreview, startSession, type Session } from "./support/session";
import { registerTalkExamples, TALK_EFFECTS } from "./support/talk";
import {
  downloadWorkbook,
  registrationRows,
  showSheet,
  sheetCells,
  tableCells,
} from "./support/workbookView";

const FORMULA_LIKE = '=HYPERLINK("http://x","klicka")';

describe("registrering i förhandsvisningen, från den tomma mallen", () => {
  let session: Session;
  let pane: Pane;
  let year: number;
  let ids: string[] = [];
  let effort: Effort | null = null;
  const step = storySteps();

  const expectCleanScreen = async (name: string) =>
    expect(await checkScreen(session.page, name)).toEqual(cleanScreen(name));

  beforeAll(async () => {
    session = await startSession();
    await openPreview(session);
    pane = new Pane(session.person);
    // The browser's year (Europe/Stockholm), as the pane's "today" sees it.
    year = await session.page.evaluate(() => new Date().getFullYear());
  });

  afterAll(async () => {
    if (effort) {
      const line = `e2e effort: ${effort.keystrokes} keystrokes, ${effort.clicks} clicks`;
      process.stdout.write(`${line} for ${TALK_EFFECTS.length} effects\n`);
    }
    await session?.close();
  });

  step("öppnar Start i en 320 px bred panel", async () => {
    await pane.heading("Effektiviseringar").waitFor();
    const column = session.page.getByTestId("task-pane");
    expect(await column.evaluate((element) => element.clientWidth)).toBe(320);
    await expectCleanScreen("01-start");
  });

  step("registrerar föredragets exempel med tangentbord och mus", async () => {
    const before = session.person.effort;
    const registered = await registerTalkExamples(pane, year, {
      onScreen: async (screen) => {
        const names = {
          "form-empty": "02-ny-registrering",
          "live-result": "04-ny-registrering-resultat",
          saved: "05-sparat",
        } as const;
        await expectCleanScreen(names[screen]);
      },
    });
    effort = session.person.effortSince(before);
    ids = registered.ids;
    expect(ids).toHaveLength(TALK_EFFECTS.length);
    expect(new Set(ids).size).toBe(TALK_EFFECTS.length);
    // Start's budget year: 2 mkr of the contract and every one-off (12,075 mkr).
    const totals = pane.main.getByRole("region", { name: "Sammanställning" });
    const thisYear = pane.main.getByRole("region", { name: `Budgetår ${year}` });
    await eventually(async () => {
      expect(plain(await totals.innerText())).toContain("5 registreringar");
      expect(plain(await thisYear.innerText())).toContain("Kalkylerad effekt 12,1 mkr");
    });
  });

  step("visar raderna i arbetsbokens tabell", async () => {
    const rows = await eventually(async () => {
      const rows = await registrationRows(session.page);
      expect(rows.map((row) => row["ID"])).toEqual(ids);
      return rows;
    });
    expect(
      rows.map((row) => [
        row["Ärende"],
        row["Förvaltning"],
        row["Kategori"],
        row["Typ av effektivisering"],
        row["Anledning till effektivisering"],
      ])
    ).toEqual(TALK_EFFECTS.map((e) => [e.caseName, e.department, e.category, e.type, e.reason]));
    expect(rows.map((row) => row["Kalkylerad effekt (kr)"])).toEqual([
      "14 000 000 kr",
      "175 000 kr",
      "5 500 000 kr",
      "4 200 000 kr",
      "200 000 kr",
    ]);
    const [printing, moving] = rows;
    expect(printing).toMatchObject({
      Status: "Kalkylerad",
      Beräkningsgrund: "Årlig",
      "Tidigare årlig kostnad (kr)": "5 000 000 kr",
      "Ny årlig kostnad (kr)": "3 000 000 kr",
      "Årligt belopp (kr)": "2 000 000 kr",
      "Avtalstid (år)": "7",
      Startdatum: `${year}-01-01`,
      Budgetpåverkande: "Ja",
    });
    expect(moving).toMatchObject({
      Beräkningsgrund: "Engång",
      "Engångsbelopp (kr)": "175 000 kr",
      Startdatum: `${year}-02-20`,
    });
    await expectCleanScreen("11-arbetsbok-tabell");
  });

  step(
    "lämnar tabellens tomma första rad orörd och skriver registreringarna under den",
    async () => {
      // Excel keeps one body row in a new table. Every co-author would see it empty and write
      // into it at once, so the add-in never fills it (see appendEffects); reads skip it.
      const cells = await sheetCells(session.page, "Registrering");
      expect(cells[1]?.[0] ?? "").toBe("");
      expect(cells[2]?.[0]).toBe(ids[0]);
    }
  );

  step(
    "sparar raderna i den nedladdade arbetsboken: tal som tal, kalkylen som formel",
    async () => {
      const workbook = await downloadWorkbook(session.page);
      const sheet = workbook.getWorksheet("Registrering");
      if (!sheet) throw new Error("The downloaded workbook has no sheet Registrering.");
      const rows = tableCells(sheet);
      expect(rows.map((row) => row["ID"]?.value)).toEqual(ids);
      expect(rows.map((row) => row["Ärende"]?.value)).toEqual(TALK_EFFECTS.map((e) => e.caseName));
      const [printing] = rows;
      expect(printing?.["Tidigare årlig kostnad (kr)"]?.value).toBe(5_000_000);
      expect(printing?.["Ny årlig kostnad (kr)"]?.value).toBe(3_000_000);
      expect(printing?.["Årligt belopp (kr)"]?.value).toBe(2_000_000);
      expect(printing?.["Avtalstid (år)"]?.value).toBe(7);
      expect(rows.map((row) => row["Engångsbelopp (kr)"]?.value ?? null)).toEqual([
        null,
        175_000,
        5_500_000,
        4_200_000,
        200_000,
      ]);
      // The row's own yearly amount × years + one-off − implementation cost, found by header.
      const [annual, years, oneOff, cost] = [
        "Årligt belopp (kr)",
        "Avtalstid (år)",
        "Engångsbelopp (kr)",
        "Implementeringskostnad (kr)",
      ].map((header) => printing?.[header]?.address.replace(/\d+$/, ""));
      for (const [index, row] of rows.entries()) {
        const cell = row["Kalkylerad effekt (kr)"];
        const r = cell?.row;
        expect(cell?.formula).toBe(
          `N(${annual}${r})*N(${years}${r})+N(${oneOff}${r})-N(${cost}${r})`
        );
        // What Excel will compute from the row's own numbers: the talk's result.
        expect(forecastOf(row)).toBe(TALK_EFFECTS[index]?.forecast);
      }
    }
  );

  step("listar registreringarna, nyast först, och visar en registrerings detaljer", async () => {
    await pane.startAction("Registreringar");
    const list = pane.main.getByRole("list", { name: "Registreringar, nyast först" });
    const cards = list.getByRole("button");
    await eventually(async () => expect(await cards.count()).toBe(TALK_EFFECTS.length));
    expect(plain(await cards.first().innerText())).toMatch(/^Turbundna resor/);
    await expectCleanScreen("06-registreringar");
    await session.person.click(cards.filter({ hasText: "Utskrift som tjänst" }));
    await pane.heading("Utskrift som tjänst").waitFor();
    const facts = plain(await pane.main.innerText());
    expect(facts).toContain("Kalkylerad effekt 14 mkr");
    expect(facts).toContain(`ID ${ids[0]}`);
    await expectCleanScreen("07-detaljer");
  });

  step("redigerar en registrering och sparar den på sin rad", async () => {
    const form = new EntryFormDriver(pane);
    await session.person.click(pane.button("Redigera"));
    await pane.main.getByRole("form", { name: "Redigera registrering" }).waitFor();
    expect(await pane.textbox("Ny årlig kostnad").inputValue()).toBe("3 000 000");
    await form.text("Ny årlig kostnad", "3,2 mkr");
    await eventually(async () =>
      expect(plain(await form.result.innerText())).toContain(
        "Kalkylerad effekt över avtalstiden 12,6 mkr"
      )
    );
    await expectCleanScreen("08-redigera");
    await form.save("Spara ändringar");
    await eventually(async () => {
      const [printing] = await registrationRows(session.page);
      expect(printing).toMatchObject({
        ID: ids[0],
        "Ny årlig kostnad (kr)": "3 200 000 kr",
        "Årligt belopp (kr)": "1 800 000 kr",
        "Kalkylerad effekt (kr)": "12 600 000 kr",
      });
    });
  });

  step("markerar en registrering som realiserad och visar effektläckaget", async () => {
    await session.person.click(pane.button("Alla registreringar"));
    await pane.heading("Registreringar").waitFor();
    // A case's effects are shown together, under its total: 5,5 + 4,2 + 0,2 mkr.
    const trips = pane.main.getByRole("region", { name: "Turbundna resor" });
    expect(plain(await trips.innerText())).toContain("3 effekter · Kalkylerad 9,9 mkr");
    expect(await trips.getByRole("button").count()).toBe(3);
    const card = pane.main
      .getByRole("list", { name: "Registreringar, nyast först" })
      .getByRole("button")
      .filter({ hasText: "Flyttjänster" });
    await session.person.click(card);
    await pane.heading("Flyttjänster").waitFor();
    await session.person.click(pane.button("Markera som realiserad"));
    const form = pane.main.getByRole("form", { name: "Markera som realiserad" });
    const amount = form.getByRole("textbox", { name: "Realiserad effekt (kr)" });
    // Saving without an amount says what is missing, at the field.
    await session.person.click(form.getByRole("button", { name: "Spara som realiserad" }));
    await expectFieldError(amount, requiredMessages.realised);
    await session.person.fillIn(amount, "150 000");
    await session.person.fillIn(
      form.getByRole("textbox", { name: "Realiserat datum" }),
      `${year}-03`
    );
    await eventually(async () =>
      expect(plain(await form.innerText())).toContain("Effektläckage 25 000 kr")
    );
    await expectCleanScreen("09-realisera");
    await session.person.click(form.getByRole("button", { name: "Spara som realiserad" }));
    await pane.main.getByText("Effekten är markerad som realiserad.").waitFor();
    const details = plain(await pane.main.innerText());
    expect(details).toContain("Realiserad effekt 150 000 kr");
    expect(details).toContain("Effektläckage 25 000 kr");
    await eventually(async () => {
      const rows = await registrationRows(session.page);
      expect(rows[1]).toMatchObject({
        Ärende: "Flyttjänster",
        Status: "Realiserad",
        "Realiserad effekt (kr)": "150 000 kr",
        // A realisation is recorded per month: the row says "realised through March".
        "Realiserad datum": `${year}-03-31`,
      });
    });
  });

  step("sparar ett ärende som ser ut som en formel som text", async () => {
    const form = new EntryFormDriver(pane);
    await session.person.click(pane.button("Alla registreringar"));
    await pane.backToStart();
    await pane.startAction("Ny registrering");
    await form.text("Ärende", FORMULA_LIKE);
    await form.pick("Förvaltning", "Socialförvaltningen");
    await form.pick("Kategori", "Resor och transporter");
    await form.type("Engångsbelopp/vite");
    await form.reason("Annat");
    await form.text("Belopp", "1 000");
    await form.text("Datum", `${year}-05-01`);
    await form.baseline("Egen kalkyl eller budget");
    const [id] = await form.save();
    const row = await eventually(async () => {
      const rows = await registrationRows(session.page);
      const row = rows.find((r) => r["ID"] === id);
      expect(row).toBeDefined();
      return row;
    });
    expect(row?.["Ärende"]).toBe(FORMULA_LIKE);
    const sheet = (await downloadWorkbook(session.page)).getWorksheet("Registrering");
    const cell = sheet && tableCells(sheet).find((r) => r["ID"]?.value === id)?.["Ärende"];
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(FORMULA_LIKE);
    expect(cell?.formula).toBeUndefined();
  });

  step("visar listorna och lägger till en förvaltning", async () => {
    await pane.backToStart();
    await pane.startAction("Listor");
    const departments = pane.main.getByRole("region", { name: "Förvaltning", exact: true });
    expect(plain(await departments.innerText())).toContain("2 värden");
    const input = departments.getByRole("textbox", { name: "Ny förvaltning" });
    const add = departments.getByRole("button", { name: "Lägg till" });
    await session.person.click(add);
    await expectFieldError(input, "Skriv ett värde att lägga till.");
    await session.person.fillIn(input, "socialförvaltningen");
    await session.person.click(add);
    await expectFieldError(input, "”Socialförvaltningen” finns redan i listan Förvaltning.");
    expect(await input.inputValue()).toBe("socialförvaltningen");
    await session.person.fillIn(input, "Utbildningsförvaltningen");
    await session.person.click(add);
    await departments
      .getByText("”Utbildningsförvaltningen” har lagts till i listan Förvaltning.")
      .waitFor();
    await expectCleanScreen("10-listor");
    await showSheet(session.page, "Kategori");
    const cells = await sheetCells(session.page, "Kategori");
    expect(cells.map((row) => row[1])).toEqual(
      expect.arrayContaining([
        "Kommunstyrelseförvaltningen",
        "Socialförvaltningen",
        "Utbildningsförvaltningen",
      ])
    );
  });

  step("hämtar inget utanför sin egen origin och loggar inga fel", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.watch.external).toEqual([]);
    expect(session.watch.errors).toEqual([]);
  });
});

/** `N(O)*N(P)+N(R)-N(S)` of one row, as Excel computes the column's formula. */
function forecastOf(row: Record<string, ExcelJS.Cell>): number {
  const n = (header: string) => {
    const value = row[header]?.value;
    return typeof value === "number" ? value : 0;
  };
  return (
    n("Årligt belopp (kr)") * n("Avtalstid (år)") +
    n("Engångsbelopp (kr)") -
    n("Implementeringskostnad (kr)")
  );
}
