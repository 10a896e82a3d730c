/**
 * What Start says at a glance, in Office's dark theme: a controller registers the issue's
 * contract (2 mkr a year from 2020-07-01, 7 years: 14 mkr), realises 11 mkr of it, refreshes
 * the summary from Start and reads Start's figures against the sheet Sammanställning; axe
 * checks each screen in the dark theme, contrast included, and the theme can change live.
 */
import { eventually, plain } from "./support/eventually";
import { EntryFormDriver, Pane } from "./support/pane";
import { checkScreen, cleanScreen } from "./support/screens";
import { storySteps } from "./support/steps";
import { openPreview, startSession, type Session } from "./support/session";
import { fillInPrinting } from "./support/talk";
import { registrationRows, sheetCells } from "./support/workbookView";

/** Fluent's webDarkTheme and webLightTheme colorNeutralBackground1, as the browser reports them. */
const DARK_BACKGROUND = "rgb(41, 41, 41)";
const LIGHT_BACKGROUND = "rgb(255, 255, 255)";

describe("Start i korthet, i Office mörka tema", () => {
  let session: Session;
  let pane: Pane;
  let year: number;
  let today = "";
  const step = storySteps();

  const expectCleanScreen = async (name: string) =>
    expect(await checkScreen(session.page, name)).toEqual(cleanScreen(name));
  const paneBackground = () =>
    pane.main.evaluate((main) => {
      const provider = main.closest(".fui-FluentProvider");
      return provider ? getComputedStyle(provider).backgroundColor : "";
    });
  /** The figures of one of Start's periods, "label value" per line. */
  const period = async (name: string) =>
    plain(await pane.main.getByRole("region", { name }).innerText());

  beforeAll(async () => {
    session = await startSession();
    await openPreview(session, { theme: "mörk" });
    pane = new Pane(session.person);
    [year, today] = await session.page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, "0");
      return [
        now.getFullYear(),
        `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
      ] as const;
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  step("öppnar panelen i det mörka temat, utan axe-fel", async () => {
    expect(await paneBackground()).toBe(DARK_BACKGROUND);
    await expectCleanScreen("20-start-mork");
  });

  step("registrerar avtalet på 14 mkr från 2020-07-01", async () => {
    const form = new EntryFormDriver(pane);
    await pane.startAction("Ny registrering");
    await form.form.waitFor();
    await fillInPrinting(form, year);
    await form.text("Startdatum", "2020-07-01");
    await expectCleanScreen("21-ny-registrering-mork");
    await form.save();
    await session.person.click(pane.button("Tillbaka till Start"));
  });

  step("realiserar 11 mkr", async () => {
    await pane.startAction("Registreringar");
    await session.person.click(
      pane.main.getByRole("button").filter({ hasText: "Utskrift som tjänst" })
    );
    await pane.heading("Utskrift som tjänst").waitFor();
    await session.person.click(pane.button("Markera som realiserad"));
    const form = pane.main.getByRole("form", { name: "Markera som realiserad" });
    await session.person.fillIn(
      form.getByRole("textbox", { name: "Realiserad effekt (kr)" }),
      "11 mkr"
    );
    await session.person.fillIn(form.getByRole("textbox", { name: "Realiserat datum" }), today);
    await session.person.click(form.getByRole("button", { name: "Spara som realiserad" }));
    await pane.main.getByText("Effekten är markerad som realiserad.").waitFor();
    await session.person.click(pane.button("Alla registreringar"));
    await session.person.click(pane.button("Tillbaka till Start"));
  });

  step("visar Starts siffror per period och stämmer med bladet Sammanställning", async () => {
    await session.person.click(pane.button("Uppdatera sammanställning"));
    await pane.main.getByText(/^Sammanställningen är uppdaterad/).waitFor();
    await expectCleanScreen("22-start-siffror-mork");

    // The whole contract: 14 mkr forecast, 11 mkr realised, 3 mkr leakage.
    await eventually(async () => {
      expect(await period("Hela avtalstiden")).toContain(
        "Kalkylerad effekt 14 mkr Realiserad effekt 11 mkr Effektläckage 3 mkr"
      );
    });
    // Due by today (the month counts in full), against what is realised: never one year's 2 mkr.
    const dueMonths = (year - 2020) * 12 + Number(today.slice(5, 7)) - 6;
    const due = Math.min(dueMonths, 84) * (2_000_000 / 12);
    const toDate = await period(`Förfallet t.o.m. ${today}`);
    const rate = `${Math.round((11_000_000 / due) * 100)} %`;
    expect(toDate).toContain(`Realiserad effekt 11 mkr Realiseringsgrad ${rate}`);
    expect(await period(`Budgetår ${year}`)).toMatch(/^Budgetår \d{4} Kalkylerad effekt /);

    // The sheet: the same due amount on the same date, and the realised amount in the table.
    const cells = await sheetCells(session.page, "Sammanställning");
    const dueLine = cells.find(
      (row) => row[0] === `Kalkylerad effekt som förfallit t.o.m. ${today}`
    );
    const sheetDue = `${(due / 1_000_000).toFixed(1).replace(".", ",")} mkr`;
    expect(plain(dueLine?.[1])).toBe(sheetDue);
    expect(toDate).toContain(
      `Kalkylerad effekt som förfallit ${sheetDue.replace(/,0 mkr$/, " mkr")}`
    );
    const [row] = await registrationRows(session.page);
    expect(row?.["Realiserad effekt (kr)"]).toBe("11 000 000 kr");
    // The budget year's phased forecast: the sheet's row for the year.
    const yearRow = cells.find((line) => line[0] === String(year) && line[1]?.endsWith("mkr"));
    expect(await period(`Budgetår ${year}`)).toContain(
      `Kalkylerad effekt ${plain(yearRow?.[1]).replace(/,0 mkr$/, " mkr")}`
    );
  });

  step("följer Office när temat byts medan panelen är öppen", async () => {
    const picker = session.page.getByRole("combobox", { name: "Officetema (simulerat)" });
    await picker.selectOption("vit");
    await eventually(async () => expect(await paneBackground()).toBe(LIGHT_BACKGROUND));
    await expectCleanScreen("23-start-ljus");
    await picker.selectOption("svart");
    await eventually(async () => expect(await paneBackground()).toBe(DARK_BACKGROUND));
  });
});
