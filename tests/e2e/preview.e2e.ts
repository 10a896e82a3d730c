/**
 * The preview as a place to try things (issue 14): a person's own .xlsx opens and survives a
 * reload, "Börja om" returns to the samples, an unreadable file says so; and two tabs are two
 * co-authors of one workbook who register at the same moment and both end up with both rows.
 * One browser for all of it: the second tab is a page in the first one's context.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { asExcelNamespace, createFakeExcel } from "../../src/preview/fakeExcel";
import { loadWorkbookFromXlsx, saveWorkbookToXlsx } from "../../src/preview/fakeExcel/xlsx";
import { NAME_KEY } from "../../src/taskpane/shared/identity";
import { createExcelWorkbook } from "../../src/workbook/excelWorkbook";
import { TEMPLATE_PATH } from "../../src/workbook/structure/template";
import { aPenalty } from "../fixtures/effects";
import { eventually } from "./support/eventually";
import { EntryFormDriver, Pane } from "./support/pane";
import { Person } from "./support/person";
import { openPreview, startSession, type Session } from "./support/session";
import { storySteps } from "./support/steps";
import { registrationRows, workbookRegion } from "./support/workbookView";

const READY = "Arbetsboken är redo för registrering.";
const OWN_CASE = "Egen arbetsbok: städtjänster";
const SAMPLE_CASE = "Utskrift som tjänst";
const REWRITTEN = "Raden skrevs in på nytt";

/** A person's own workbook: their copy of the template, with a row the add-in wrote in Excel. */
async function ownWorkbook(): Promise<Buffer> {
  const model = await loadWorkbookFromXlsx(await readFile(path.resolve(TEMPLATE_PATH)));
  const fake = createFakeExcel(model);
  const port = createExcelWorkbook({
    run: asExcelNamespace(fake).run,
    env: { isSetSupported: fake.requirements.isSetSupported },
    documentSettings: null,
  });
  await port.appendEffects([aPenalty({ caseName: OWN_CASE })], { registeredBy: "Tove Test" });
  return Buffer.from(await saveWorkbookToXlsx(model));
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await workbookRegion(page)
    .getByLabel("Arbetsbok att öppna")
    .setInputFiles({ name, buffer, mimeType: "application/octet-stream" });
}

const cases = async (page: Page) => (await registrationRows(page)).map((row) => row["Ärende"]);

describe("förhandsvisningen som en plats att prova på", () => {
  let session: Session;
  const step = storySteps();

  beforeAll(async () => {
    session = await startSession();
    await openPreview(session, { empty: false });
  });

  afterAll(async () => {
    await session?.close();
  });

  step("öppnar en egen arbetsbok och visar dess rader i panelen", async () => {
    const { page } = session;
    await chooseFile(page, "Min arbetsbok.xlsx", await ownWorkbook());
    await page.getByText(READY).waitFor();
    await eventually(async () => expect(await cases(page)).toEqual([OWN_CASE]));
    const pane = new Pane(session.person);
    await pane.startAction("Registreringar");
    await pane.main.getByText(OWN_CASE).first().waitFor();
  });

  step("har kvar den egna arbetsboken när sidan laddas om", async () => {
    const { page } = session;
    await page.reload();
    await page.getByText(READY).waitFor();
    expect(await cases(page)).toEqual([OWN_CASE]);
  });

  step("säger tydligt till om en fil som inte går att läsa och behåller arbetsboken", async () => {
    const { page } = session;
    await chooseFile(page, "anteckningar.xlsx", Buffer.from("Det här är ingen arbetsbok."));
    await workbookRegion(page)
      .getByRole("alert")
      .getByText(/^anteckningar\.xlsx kunde inte öppnas som en Excel-arbetsbok \(\.xlsx\)\./)
      .waitFor();
    expect(await cases(page)).toEqual([OWN_CASE]);
  });

  step("Börja om går tillbaka till exemplen", async () => {
    const { page } = session;
    await session.person.click(workbookRegion(page).getByRole("button", { name: "Börja om" }));
    await eventually(async () => expect(await cases(page)).toContain(SAMPLE_CASE), {
      timeout: 20_000,
    });
    expect(await cases(page)).not.toContain(OWN_CASE);
    await page.getByText(READY).waitFor();
  });

  step(
    "två flikar är två medförfattare: båda registrerar samtidigt och båda ser båda raderna",
    async () => {
      // Who "you" are is kept per computer, for both tabs: neither save waits for "Vem är du?".
      await session.page.evaluate((key) => localStorage.setItem(key, "Anna Andersson"), NAME_KEY);
      await session.page.reload();
      await session.page.getByText(READY).waitFor();
      const first = new Pane(session.person);
      const tab = await session.page.context().newPage();
      tab.setDefaultTimeout(20_000);
      await tab.goto(session.server.url);
      await tab.getByText(READY).waitFor();
      const second = new Pane(new Person(tab));
      await session.page.getByText("Medförfattare 1").waitFor();
      await tab.getByText("Medförfattare 2").waitFor();
      // The second tab starts from the first one's copy.
      expect(await cases(tab)).toEqual(await cases(session.page));

      const forms = [first, second].map((pane) => new EntryFormDriver(pane));
      const names = ["Racet: Annas vite", "Racet: Bos vite"];
      for (const [index, form] of forms.entries()) {
        await form.pane.startAction("Ny registrering");
        await form.text("Ärende", names[index]!);
        await form.pick("Förvaltning", "Kommunstyrelseförvaltningen");
        await form.pick("Kategori", "Flyttjänster");
        await form.type("Engångsbelopp/vite");
        await form.reason("Vite");
        await form.text("Belopp", "100 000");
        await form.text("Datum", "2026-03-01");
        await form.baseline("Tidigare avtalspris");
      }
      // At the same moment: both write into the same empty row below the table, and the later
      // write wins it; a few seconds later the other pane finds its row gone and writes it again.
      await Promise.all(forms.map((form) => form.save()));
      const confirmations = await Promise.all(
        [first, second].map(async (pane) => {
          const line = pane.main.getByText(/^Bekräftad i arbetsboken\./);
          await line.waitFor();
          return line.innerText();
        })
      );
      expect(confirmations.filter((line) => line.includes(REWRITTEN))).toHaveLength(1);
      for (const page of [session.page, tab]) {
        await eventually(
          async () => {
            const rows = await cases(page);
            for (const name of names) expect(rows.filter((row) => row === name)).toHaveLength(1);
          },
          { timeout: 20_000 }
        );
      }
    },
    120_000
  );

  step("loggar inga fel", () => {
    expect(session.watch.errors).toEqual([]);
  });
});
