/**
 * Changes to saved rows: update, verification, a row changed by hand accepted or fixed. Each
 * finds its row by id wherever it now is, refuses a row that changed since it was read, and
 * writes its log lines into `Effektlogg` on the hidden sheet `Logg`, inside that table.
 */
import type { Effect } from "../../../src/domain/model/effect";
import { LOG_TABLE_NAME } from "../../../src/workbook/structure/layout";
import { inputOf } from "../../fixtures/effects";
import { check } from "../check";
import { adapterOver, type CaseContext, type ContractCase } from "../host";
import { checkLanded, readTableFacts } from "../tableFacts";
import { SHEETS, TABLE_NAME, typeByHand, utskrift, withTemplate } from "./setup";

const ANNA = "Anna Andersson";
const BENGT = "Bengt Berg";

async function registered(context: CaseContext, count = 2): Promise<Effect[]> {
  await withTemplate(context);
  const inputs = Array.from({ length: count }, (_, i) => utskrift(`Ärende ${i + 1}`));
  return context.port.appendEffects(inputs, { registeredBy: ANNA });
}

function only<T>(items: readonly T[], what: string): T {
  check.equal(items.length, 1, `antal ${what}`);
  return items[0] as T;
}

const kindOf = (error: unknown) => (error as { kind?: unknown } | null)?.kind;

export const changeCases: ContractCase[] = [
  {
    area: "confirm",
    name: "den senare bekräftelsen finner varje sparad rad en gång och skriver en förlorad rad igen",
    async test(context) {
      const saved = await registered(context);
      const [first, second] = saved;
      if (!first || !second) throw new Error("inte registrerade");
      const calm = await context.port.confirmSaved(saved);
      check.equal(
        calm,
        { rewritten: [], relogged: [], duplicates: [] },
        "bekräftelsen när allt är på plats"
      );
      // The second row disappears, as when a co-author's write took its place.
      await context.run(async (excel) => {
        const table = excel.workbook.tables.getItem(TABLE_NAME);
        const ids = table.columns.getItem("ID").getDataBodyRange().load("values");
        await excel.sync();
        table.rows.getItemAt(ids.values.findIndex(([id]) => id === second.id)).delete();
        await excel.sync();
      });
      const recovered = await context.port.confirmSaved(saved);
      check.equal(
        recovered,
        { rewritten: [second.id], relogged: [], duplicates: [] },
        "bekräftelsen efteråt"
      );
      await checkLanded(context.run, TABLE_NAME, [first.id, second.id]);
      const { effects } = await context.port.readEffects();
      check.equal(
        effects.map((e) => e.caseName),
        ["Ärende 1", "Ärende 2"],
        "ärendena"
      );
    },
  },
  {
    area: "update",
    name: "en ändring skriver rätt rad, lämnar de andra och loggas med gammalt och nytt värde",
    async test(context) {
      const [first, second] = await registered(context);
      if (!first || !second) throw new Error("inte registrerade");
      const updated = await context.port.updateEffect(
        second,
        { ...inputOf(second), comment: "Ny kommentar" },
        { by: BENGT }
      );
      const { effects } = await context.port.readEffects();
      check.equal(effects, [first, updated], "effekterna efter ändringen");
      check.equal(updated.comment, "Ny kommentar", "den ändrade kommentaren");
      const line = only(
        (await context.port.readHistory(second.id)).filter((l) => l.field === "Kommentar"),
        "loggrader för Kommentar"
      );
      check.equal(
        [line.by, line.before, line.after],
        [BENGT, second.comment, "Ny kommentar"],
        "loggraden"
      );
      await checkLanded(context.run, TABLE_NAME, [first.id, second.id]);
    },
  },
  {
    area: "update",
    name: "en ändring vägras när en kollega har ändrat raden efter att den lästes",
    async test(context) {
      const [first] = await registered(context, 1);
      if (!first) throw new Error("inte registrerad");
      const colleague = adapterOver(context.workbook);
      const [theirs] = (await colleague.readEffects()).effects;
      if (!theirs) throw new Error("kollegan ser ingen rad");
      await colleague.updateEffect(
        theirs,
        { ...inputOf(theirs), supplier: "Nya AB" },
        { by: BENGT }
      );
      const error = await context.port
        .updateEffect(first, { ...inputOf(first), comment: "x" }, { by: ANNA })
        .then(
          () => check.that(false, "ändringen borde ha vägrats"),
          (rejection: unknown) => rejection
        );
      check.equal(kindOf(error), "staleEdit", "felets slag");
      const message = (error as Error).message;
      check.that(message.includes("Leverantör"), `meddelandet säger vad som ändrats: ${message}`);
      const [read] = (await context.port.readEffects()).effects;
      check.equal([read?.comment, read?.supplier], [first.comment, "Nya AB"], "raden efteråt");
    },
  },
  {
    area: "update",
    name: "en ändring för hand i en annan cell står kvar när raden ändras i tillägget",
    async test(context) {
      const [first] = await registered(context, 1);
      if (!first) throw new Error("inte registrerad");
      await typeByHand(context, first.id, "Leverantör", "Handskrivna AB");
      await context.port.updateEffect(first, { ...inputOf(first), comment: "x" }, { by: ANNA });
      const [read] = (await context.port.readEffects()).effects;
      check.equal([read?.comment, read?.supplier], ["x", "Handskrivna AB"], "raden efteråt");
    },
  },
  {
    area: "update",
    name: "en ändring hittar raden på id när någon har infogat rader ovanför tabellen",
    async test(context) {
      const [first, second] = await registered(context);
      if (!first || !second) throw new Error("inte registrerade");
      await context.run(async (excel) => {
        excel.workbook.worksheets.getItem(SHEETS.registration).getRange("1:2").insert("Down");
        await excel.sync();
      });
      await context.port.updateEffect(
        second,
        { ...inputOf(second), comment: "rätt rad" },
        { by: ANNA }
      );
      const { effects } = await context.port.readEffects();
      check.equal(
        effects.map((e) => e.comment),
        [first.comment, "rätt rad"],
        "kommentarerna"
      );
      const facts = await readTableFacts(context.run, TABLE_NAME);
      check.equal(facts.headerRow, 3, "tabellens rubrikrad efter infogningen");
    },
  },
  {
    area: "verify",
    name: "en annan person verifierar mot underlag; den som registrerade får inte",
    async test(context) {
      const [saved] = await registered(context, 1);
      if (!saved) throw new Error("inte registrerad");
      const own = await context.port.verifyEffect(saved, { by: ANNA, evidence: "Faktura 1" }).then(
        () => null,
        (error: unknown) => error
      );
      check.equal(kindOf(own), "refused", "när den som registrerade verifierar");
      const verified = await context.port.verifyEffect(saved, { by: BENGT, evidence: "Faktura 1" });
      check.equal([verified.verifiedBy, verified.evidence], [BENGT, "Faktura 1"], "verifieringen");
      const [read] = (await context.port.readEffects()).effects;
      check.equal(read, verified, "effekten som läses tillbaka");
      const fields = (await context.port.readHistory(saved.id)).map((l) => l.field);
      check.that(
        fields.includes("Verifierad av"),
        `loggen har verifieringen (${fields.join(", ")})`
      );
    },
  },
  {
    area: "accept",
    name: "en rad ändrad för hand läses som ändrad utanför och kan godkännas som den står",
    async test(context) {
      const [first, second] = await registered(context);
      if (!first || !second) throw new Error("inte registrerade");
      await typeByHand(context, second.id, "Kommentar", "Ändrad i Excel");
      const { effects } = await context.port.readEffects();
      check.equal(
        effects.map((e) => e.editedOutside),
        [false, true],
        "ändrad utanför"
      );
      const edited = effects[1] as Effect;
      const accepted = await context.port.acceptOutsideEdit(edited, { by: BENGT });
      const after = await context.port.readEffects();
      check.equal(
        after.effects.map((e) => e.editedOutside),
        [false, false],
        "ändrad utanför efteråt"
      );
      check.equal(after.effects[1], accepted, "den godkända raden");
      const all = await context.port.acceptOutsideEdits(after.effects, { by: BENGT });
      check.equal(all.stale, [], "rader som ändrats igen");
    },
  },
  {
    area: "fix",
    name: "en handskriven rad som inte håller visas med sina problem och kan rättas på plats",
    async test(context) {
      const [first, second] = await registered(context);
      if (!first || !second) throw new Error("inte registrerade");
      await typeByHand(context, second.id, "Årligt belopp (kr)", "två miljoner");
      const reading = await context.port.readEffects();
      const invalid = only(reading.invalidRows, "ogiltiga rader");
      check.equal(invalid.id, second.id, "den ogiltiga radens id");
      check.equal(invalid.draft.annualAmount, "två miljoner", "det inskrivna beloppet");
      check.that(
        invalid.issues.some((issue) => issue.field === "annualAmount"),
        "problemet gäller Årligt belopp"
      );
      const fixed = await context.port.fixInvalidRow(invalid, inputOf(second), { by: ANNA });
      const after = await context.port.readEffects();
      check.equal(after.invalidRows, [], "ogiltiga rader efter rättningen");
      check.equal(
        after.effects.map((e) => e.id),
        [first.id, fixed.id],
        "effekternas id"
      );
      await checkLanded(context.run, TABLE_NAME, [first.id, second.id]);
    },
  },
  {
    area: "log",
    name: "varje registrering får en loggrad i tabellen Effektlogg på det dolda bladet Logg",
    async test(context) {
      const saved = await registered(context, 3);
      for (const effect of saved) {
        const fields = (await context.port.readHistory(effect.id)).map((line) => line.field);
        check.equal(fields, ["Ny registrering"], `historiken för ${effect.id}`);
      }
      const facts = await readTableFacts(context.run, LOG_TABLE_NAME);
      for (const effect of saved) {
        check.that(facts.ids.includes(effect.id), `${effect.id} står i loggtabellens kropp`);
      }
      check.equal(facts.strayBelow, [], "celler under loggtabellen");
      const visibility = await context.run(async (excel) => {
        const sheet = excel.workbook.worksheets.getItem(SHEETS.log).load("visibility");
        await excel.sync();
        return sheet.visibility;
      });
      check.equal(visibility, "Hidden", "bladet Loggs synlighet");
    },
  },
  {
    area: "confirm",
    name: "den senare bekräftelsen av en ändring skriver en förlorad loggrad igen, en gång, och inte cellerna",
    async test(context) {
      const [first] = await registered(context, 1);
      if (!first) throw new Error("inte registrerad");
      const updated = await context.port.updateEffect(
        first,
        { ...inputOf(first), comment: "Ny kommentar", supplier: "Nya AB" },
        { by: BENGT }
      );
      // One of the edit's lines disappears, as when a co-author's line took its place; a
      // colleague then changes the comment again in the cell.
      await context.run(async (excel) => {
        const log = excel.workbook.tables.getItem(LOG_TABLE_NAME);
        const fields = log.columns.getItem("Fält").getDataBodyRange().load("values");
        await excel.sync();
        log.rows.getItemAt(fields.values.findIndex(([field]) => field === "Kommentar")).delete();
        await excel.sync();
      });
      await typeByHand(context, first.id, "Kommentar", "Kollegans kommentar");
      const confirmed = await context.port.confirmSaved([updated], "change");
      check.equal(
        confirmed,
        { rewritten: [], relogged: [first.id], duplicates: [] },
        "bekräftelsen"
      );
      const again = await context.port.confirmSaved([updated], "change");
      check.equal(again, { rewritten: [], relogged: [], duplicates: [] }, "bekräftelsen igen");
      const fields = (await context.port.readHistory(first.id)).map((line) => line.field).sort();
      check.equal(
        fields,
        ["Kommentar", "Leverantör", "Ny registrering"],
        "historiken, varje rad en gång"
      );
      const facts = await readTableFacts(context.run, LOG_TABLE_NAME);
      check.equal(
        facts.ids.filter((id) => id !== ""),
        [first.id, first.id, first.id],
        "loggtabellens rader (utom en ny tabells tomma första rad)"
      );
      check.equal(facts.strayBelow, [], "celler under loggtabellen");
      const [read] = (await context.port.readEffects()).effects;
      check.equal(read?.comment, "Kollegans kommentar", "kommentaren i cellen");
    },
  },
];
