/**
 * Realisation per period: each period lands inside the table `Realiseringar` exactly once,
 * whatever Excel's table expansion does, reads back as saved, and a retry writes none twice.
 */
import { effectId, kronor } from "../../../src/domain/model/effect";
import type { RealisationInput, RealisationPeriod } from "../../../src/domain/model/realisation";
import { REALISATION_TABLE_NAME } from "../../../src/workbook/structure/layout";
import { check } from "../check";
import type { CaseContext, ContractCase } from "../host";
import { checkLanded } from "../tableFacts";
import { withTemplate } from "./setup";

const period = (month: string, evidence = "Faktura 4711"): RealisationInput => ({
  effectId: effectId("E-1"),
  month,
  amount: kronor(120_000),
  source: "Import",
  evidence,
});

/** Each period inside the table exactly once (Excel's own bounds), and read back as saved. */
async function checkStoredAsSaved(
  context: CaseContext,
  saved: readonly RealisationPeriod[],
  what: string
): Promise<void> {
  await checkLanded(
    context.run,
    REALISATION_TABLE_NAME,
    saved.map((p) => p.id)
  );
  check.equal((await context.port.readRealisations()).periods, saved, what);
}

export const realisationCases: ContractCase[] = [
  {
    area: "realisation",
    name: "perioder hamnar inne i tabellen Realiseringar och läses tillbaka som de sparades",
    async test(context) {
      await withTemplate(context);
      const first = await context.port.appendRealisations([period("2026-03", "=1+1")], {
        registeredBy: "Anna",
      });
      const more = await context.port.appendRealisations([period("2026-04"), period("2026-05")], {
        registeredBy: "Anna",
      });
      const saved = [...first, ...more];
      await checkStoredAsSaved(context, saved, "perioderna som läses tillbaka");
    },
  },
  {
    area: "confirm",
    name: "den senare bekräftelsen av perioder finner var och en en gång och skriver en förlorad period igen",
    async test(context) {
      await withTemplate(context);
      const saved = await context.port.appendRealisations([period("2026-03"), period("2026-04")], {
        registeredBy: "Anna",
      });
      const lost = saved[1];
      if (!lost) throw new Error("inte sparade");
      check.equal(
        await context.port.confirmRealisations(saved),
        { rewritten: [], duplicates: [] },
        "bekräftelsen när allt är på plats"
      );
      // The second period disappears, as when a co-author's row took its place.
      await context.run(async (excel) => {
        const table = excel.workbook.tables.getItem(REALISATION_TABLE_NAME);
        const ids = table.columns.getItem("ID").getDataBodyRange().load("values");
        await excel.sync();
        table.rows.getItemAt(ids.values.findIndex(([id]) => id === lost.id)).delete();
        await excel.sync();
      });
      check.equal(
        await context.port.confirmRealisations(saved),
        { rewritten: [lost.id], duplicates: [] },
        "bekräftelsen efter förlusten"
      );
      await checkStoredAsSaved(
        context,
        saved,
        "perioderna som läses tillbaka, den förlorade som den sparades"
      );
    },
  },
  {
    area: "realisation",
    name: "ett nytt försök med samma id skriver inte perioden två gånger",
    async test(context) {
      await withTemplate(context);
      const ids = context.port.newRealisationIds(2);
      const inputs = [period("2026-03"), period("2026-04")];
      await context.port.appendRealisations(inputs, { registeredBy: "", ids });
      await context.port.appendRealisations(inputs, { registeredBy: "", ids });
      await checkLanded(context.run, REALISATION_TABLE_NAME, ids);
    },
  },
];
