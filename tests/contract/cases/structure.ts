/**
 * The workbook around the rows: inspection and repair of the structure, the lists on `Kategori`,
 * the settings, and the summary sheet, which is rebuilt without touching anything else.
 */
import { DEFAULT_LISTS } from "../../../src/domain/model/lists";
import { DEFAULT_SETTINGS } from "../../../src/workbook/port";
import { check } from "../check";
import type { ContractCase } from "../host";
import { checkLanded, readTableFacts } from "../tableFacts";
import { SHEETS, TABLE_NAME, utskrift, vite, withTemplate, checkReadIds } from "./setup";

const sheetNames = (run: Parameters<ContractCase["test"]>[0]["run"]) =>
  run(async (excel) => {
    const sheets = excel.workbook.worksheets.load("items/name");
    await excel.sync();
    return sheets.items.map((sheet) => sheet.name);
  });

export const structureCases: ContractCase[] = [
  {
    area: "inspect",
    name: "en tom arbetsbok är inte redo; mallen skapas en gång och en andra körning ändrar inget",
    async test(context) {
      const before = await context.port.inspect();
      check.equal(
        [before.ready, before.lists.sheet, before.table.name],
        [false, null, null],
        "före"
      );
      const created = await context.port.ensureStructure();
      check.equal(created.ready, true, "redo efter att mallen skapats");
      const sheets = await sheetNames(context.run);
      const again = await context.port.ensureStructure();
      check.equal(again, created, "inspektionen efter en andra körning");
      check.equal(await sheetNames(context.run), sheets, "bladen efter en andra körning");
      for (const name of [SHEETS.lists, SHEETS.registration, SHEETS.log]) {
        check.that(sheets.includes(name), `bladet ${name} finns (${sheets.join(", ")})`);
      }
      check.equal(await context.port.readLists(), DEFAULT_LISTS, "mallens listor");
    },
  },
  {
    area: "repair",
    name: "en kolumn vars rubrik ändrats läggs tillbaka sist, med alla rader kvar",
    async test(context) {
      await withTemplate(context);
      const saved = await context.port.appendEffects([utskrift(), vite()], { registeredBy: "" });
      await context.run(async (excel) => {
        const table = excel.workbook.tables.getItem(TABLE_NAME);
        table.columns.getItem("Kommentar").getHeaderRowRange().values = [["Kommentarer"]];
        await excel.sync();
      });
      const inspection = await context.port.inspect();
      check.equal(inspection.table.missingColumns, ["Kommentar"], "saknade kolumner");
      const refused = await context.port.appendEffects([utskrift()], { registeredBy: "" }).then(
        () => null,
        (error: unknown) => (error as { kind?: unknown }).kind
      );
      check.equal(refused, "missingColumns", "en registrering utan kolumnen");
      const repaired = await context.port.ensureStructure();
      check.equal(repaired.ready, true, "redo efter reparationen");
      await checkReadIds(
        context,
        saved.map((e) => e.id)
      );
      await checkLanded(
        context.run,
        TABLE_NAME,
        saved.map((e) => e.id)
      );
    },
  },
  {
    area: "lists",
    name: "ett nytt listvärde läggs till en gång, också när det skrivs med annan skiftläge",
    async test(context) {
      await context.port.ensureStructure();
      await context.port.addListValue("departments", "Socialförvaltningen");
      await context.port.addListValue("departments", "socialförvaltningen ");
      await context.port.addListValue("departments", "=Miljö");
      const lists = await context.port.readLists();
      check.equal(lists.departments, ["Socialförvaltningen", "=Miljö"], "förvaltningarna");
      check.equal(lists.categories, [], "kategorierna");
      check.equal(lists.types, DEFAULT_LISTS.types, "typerna");
    },
  },
  {
    area: "lists",
    name: "den senare bekräftelsen skriver ett förlorat listvärde igen i listans kolumn och rapporterar ett dubbelt",
    async test(context) {
      await context.port.ensureStructure();
      await context.port.addListValue("departments", "Socialförvaltningen");
      const calm = await context.port.confirmListValue("departments", "Socialförvaltningen");
      check.equal(calm, { rewritten: false, duplicate: false }, "bekräftelsen när värdet finns");
      // A co-author's value written into the same cell took its place.
      const cell = await context.run(async (excel) => {
        const found = excel.workbook.worksheets
          .getItem(SHEETS.lists)
          .getUsedRange()
          .find("Socialförvaltningen", { completeMatch: true })
          .load("address");
        found.values = [["Miljöförvaltningen"]];
        await excel.sync();
        return found.address.slice(found.address.lastIndexOf("!") + 1);
      });
      const recovered = await context.port.confirmListValue("departments", "Socialförvaltningen");
      check.equal(recovered, { rewritten: true, duplicate: false }, "bekräftelsen efteråt");
      const lists = await context.port.readLists();
      check.equal(
        lists.departments,
        ["Miljöförvaltningen", "Socialförvaltningen"],
        "förvaltningarna"
      );
      check.equal(lists.categories, [], "kategorierna, orörda");
      // Someone types it once more by hand, below: reported, not removed.
      await context.run(async (excel) => {
        const sheet = excel.workbook.worksheets.getItem(SHEETS.lists);
        sheet.getRange(cell).getOffsetRange(2, 0).values = [["socialförvaltningen"]];
        await excel.sync();
      });
      const twice = await context.port.confirmListValue("departments", "Socialförvaltningen");
      check.equal(
        twice,
        { rewritten: false, duplicate: true },
        "bekräftelsen av ett dubbelt värde"
      );
    },
  },
  {
    area: "settings",
    name: "inställningarna sparas i arbetsboken och läses tillbaka",
    async test(context) {
      await context.port.ensureStructure();
      check.equal(await context.port.readSettings(), DEFAULT_SETTINGS, "inställningar från början");
      const filter = {
        ...DEFAULT_SETTINGS.summaryFilter,
        year: 2027,
        department: "Socialförvaltningen",
      };
      await context.port.saveSettings({ summaryFilter: filter });
      check.equal((await context.port.readSettings()).summaryFilter, filter, "det sparade filtret");
    },
  },
  {
    area: "summary",
    name: "sammanställningen byggs av de giltiga raderna och rör inte tabellen",
    async test(context) {
      await withTemplate(context);
      const saved = await context.port.appendEffects([utskrift(), vite()], { registeredBy: "" });
      const before = await readTableFacts(context.run, TABLE_NAME);
      const refresh = await context.port.refreshSummary({
        ...DEFAULT_SETTINGS.summaryFilter,
      });
      check.equal(
        [refresh.effects, refresh.rowsToFix.count],
        [2, 0],
        "effekter och rader att rätta"
      );
      const again = await context.port.refreshSummary();
      check.equal(again.effects, 2, "effekter vid en andra uppdatering (menyfliksknappen)");
      check.equal(
        await readTableFacts(context.run, TABLE_NAME),
        before,
        "tabellen efter uppdateringen"
      );
      check.that(
        (await sheetNames(context.run)).includes(SHEETS.summary),
        "bladet Sammanställning finns"
      );
      await checkReadIds(
        context,
        saved.map((e) => e.id)
      );
    },
  },
];
