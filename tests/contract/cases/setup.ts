/**
 * The cases' common start: the add-in's structure created in the blank workbook by the adapter
 * itself, with the organisation's lists filled in so `anEffect()` validates.
 */
import type { EffectInput } from "../../../src/domain/model/effect";
import { SHEETS, TABLE_NAME } from "../../../src/workbook/structure/layout";
import { aPenalty, anEffect, inputOf, someLists } from "../../fixtures/effects";
import { check } from "../check";
import type { CaseContext } from "../host";

export { TABLE_NAME, SHEETS };

export async function withTemplate({ port }: CaseContext): Promise<void> {
  const inspection = await port.ensureStructure();
  check.equal(inspection.problems, [], "problem efter att mallen skapats");
  const { categories, departments } = someLists();
  for (const value of categories) await port.addListValue("categories", value);
  for (const value of departments) await port.addListValue("departments", value);
}

/** The talk's "Utskrift som tjänst", as the form would submit it; `caseName` to tell rows apart. */
export const utskrift = (caseName = "Utskrift som tjänst"): EffectInput =>
  inputOf(anEffect({ caseName }));

/** The talk's "Flyttjänster": a penalty of 175 000 kr, one-off. */
export const vite = (): EffectInput => inputOf(aPenalty());

/** Types `value` into the registration table's `header` column on the body row holding `id`. */
export function typeByHand(
  { run }: CaseContext,
  id: string,
  header: string,
  value: string | number
): Promise<void> {
  return run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE_NAME);
    const ids = table.columns.getItem("ID").getDataBodyRange().load("values");
    const column = table.columns.getItem(header).getDataBodyRange();
    await context.sync();
    const row = ids.values.findIndex(([cell]) => cell === id);
    check.that(row >= 0, `${id} finns inte i tabellen`);
    column.getCell(row, 0).values = [[value]];
    await context.sync();
  });
}

/** Reading through the adapter gives exactly these effects, in this order. */
export async function checkReadIds(
  context: CaseContext,
  ids: readonly (string | undefined)[]
): Promise<void> {
  const { effects } = await context.port.readEffects();
  check.equal(
    effects.map((e) => e.id),
    ids,
    "effekternas id, i ordning"
  );
}
