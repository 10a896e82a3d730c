/**
 * Registration: every saved row is inside the table `Effektiviseringar` exactly once, reads back
 * through the adapter as saved, and leaves nothing below the table. Whatever Excel's table
 * expansion did (one row, several, a totals row, something typed just below).
 */
import { check } from "../check";
import type { ContractCase } from "../host";
import { checkLanded } from "../tableFacts";
import { TABLE_NAME, utskrift, vite, withTemplate, checkReadIds } from "./setup";

/** Text that Excel would take as a formula, a number, a date or a boolean if written plainly. */
const TRICKY_TEXT = [
  '=HYPERLINK("http://x","klicka")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  "'citerad",
  "00123",
  "2026-03-01",
  "TRUE",
];

export const appendCases: ContractCase[] = [
  {
    area: "append",
    name: "en registrering hamnar inne i tabellen och läses tillbaka som den sparades",
    async test(context) {
      await withTemplate(context);
      const [saved] = await context.port.appendEffects([utskrift()], { registeredBy: "Anna" });
      check.that(saved !== undefined, "appendEffects gav ingen effekt tillbaka");
      await checkLanded(context.run, TABLE_NAME, [saved?.id ?? ""]);
      const { effects, invalidRows } = await context.port.readEffects();
      check.equal(invalidRows, [], "ogiltiga rader");
      check.equal(effects, [saved], "effekterna som läses tillbaka");
    },
  },
  {
    area: "append",
    name: "flera registreringar i ett anrop hamnar alla inne i tabellen, i ordning",
    async test(context) {
      await withTemplate(context);
      const inputs = [utskrift("Rad 1"), vite(), utskrift("Rad 3")];
      const saved = await context.port.appendEffects(inputs, { registeredBy: "Anna" });
      await checkLanded(
        context.run,
        TABLE_NAME,
        saved.map((e) => e.id)
      );
      const { effects } = await context.port.readEffects();
      check.equal(
        effects.map((e) => e.caseName),
        ["Rad 1", "Flyttjänster", "Rad 3"],
        "ärendena"
      );
    },
  },
  {
    area: "append",
    name: "registreringar i tur och ordning hamnar var och en inne i tabellen",
    async test(context) {
      await withTemplate(context);
      const ids: string[] = [];
      for (const input of [utskrift("Först"), vite(), utskrift("Sist")]) {
        const [saved] = await context.port.appendEffects([input], { registeredBy: "" });
        ids.push(saved?.id ?? "");
      }
      await checkLanded(context.run, TABLE_NAME, ids);
      await checkReadIds(context, ids);
    },
  },
  {
    area: "append",
    name: "text som ser ut som formel, tal, datum eller sanningsvärde lagras som text",
    async test(context) {
      await withTemplate(context);
      const inputs = TRICKY_TEXT.map((text) => ({ ...utskrift(text), comment: text }));
      const saved = await context.port.appendEffects(inputs, { registeredBy: "Anna" });
      await checkLanded(
        context.run,
        TABLE_NAME,
        saved.map((e) => e.id)
      );
      // What Excel holds, not what was sent: a formula would show its result here instead.
      const values = await context.run(async (excel) => {
        const column = excel.workbook.tables.getItem(TABLE_NAME).columns.getItem("Ärende");
        const body = column.getDataBodyRange().load("values");
        await excel.sync();
        return body.values.map(([cell]) => cell).filter((cell) => cell !== "");
      });
      check.equal(values, TRICKY_TEXT, "Ärende-cellernas värden i Excel");
      const { effects } = await context.port.readEffects();
      // The reading trims text, as the form does.
      const trimmed = TRICKY_TEXT.map((text) => text.trim());
      check.equal(
        effects.map((e) => e.caseName),
        trimmed,
        "ärendena som text"
      );
      check.equal(
        effects.map((e) => e.comment),
        trimmed,
        "kommentarerna som text"
      );
    },
  },
  {
    area: "append",
    name: "med summaraden påslagen hamnar raden i tabellen ovanför summaraden",
    async test(context) {
      await withTemplate(context);
      const [first] = await context.port.appendEffects([utskrift("Före")], { registeredBy: "" });
      // Table Design → Total Row, as a person does with one click.
      await context.run(async (excel) => {
        excel.workbook.tables.getItem(TABLE_NAME).showTotals = true;
        await excel.sync();
      });
      const [second] = await context.port.appendEffects([vite()], { registeredBy: "" });
      const facts = await checkLanded(context.run, TABLE_NAME, [first?.id ?? "", second?.id ?? ""]);
      check.equal(facts.showTotals, true, "summaraden visas fortfarande");
      const { effects } = await context.port.readEffects();
      check.equal(
        effects.map((e) => e.caseName),
        ["Före", "Flyttjänster"],
        "ärendena"
      );
    },
  },
  {
    area: "append",
    name: "det som står direkt under tabellen flyttas ner, inte skrivs över, och raden hamnar i tabellen",
    async test(context) {
      await withTemplate(context);
      const [first] = await context.port.appendEffects([utskrift("Först")], { registeredBy: "" });
      const noteRow = await context.run(async (excel) => {
        const below = excel.workbook.tables.getItem(TABLE_NAME).getRange().getRowsBelow(1);
        const note = below.getCell(0, 0).load("rowIndex");
        note.values = [["Anteckning"]];
        await excel.sync();
        return note.rowIndex;
      });
      const [second] = await context.port.appendEffects([vite()], { registeredBy: "" });
      const facts = await context.run(async (excel) => {
        const sheet = excel.workbook.tables.getItem(TABLE_NAME).worksheet;
        const column = sheet.getRangeByIndexes(noteRow, 0, 3, 1).load("values");
        await excel.sync();
        return column.values.map(([cell]) => cell);
      });
      check.that(
        facts.includes("Anteckning"),
        `anteckningen finns kvar under tabellen (${JSON.stringify(facts)})`
      );
      await checkReadIds(context, [first?.id, second?.id]);
    },
  },
  {
    area: "append",
    name: "med en egen kolumn först i tabellen, tom i tilläggets rader, hamnar raderna ändå i tabellen",
    async test(context) {
      await withTemplate(context);
      // An organisation's own column, added first: the add-in leaves it blank (office-js #2097).
      await context.run(async (excel) => {
        excel.workbook.tables.getItem(TABLE_NAME).columns.add(0, undefined, "Egen notering");
        await excel.sync();
      });
      const [first] = await context.port.appendEffects([utskrift("Först")], { registeredBy: "" });
      const [second] = await context.port.appendEffects([vite()], { registeredBy: "" });
      const ids = [first?.id ?? "", second?.id ?? ""];
      await checkLanded(context.run, TABLE_NAME, ids);
      await checkReadIds(context, ids);
    },
  },
  {
    area: "append",
    name: "ett nytt försök med samma id skriver inte raden två gånger",
    async test(context) {
      await withTemplate(context);
      const ids = context.port.newEffectIds(2);
      const inputs = [utskrift("A"), utskrift("B")];
      await context.port.appendEffects(inputs, { registeredBy: "", ids });
      await context.port.appendEffects(inputs, { registeredBy: "", ids });
      await checkLanded(context.run, TABLE_NAME, ids);
      await checkReadIds(context, ids);
    },
  },
];
