/**
 * The preview's starting rows: the talk's examples, registered the way the pane registers them
 * (list values added to the Kategori sheet, each effect validated by the domain, then appended
 * through the workbook port), so the workbook view starts out realistic and the samples can
 * never hold a row the add-in itself would refuse.
 */
import type { EffectDraft } from "../domain/draft";
import type { EffectInput } from "../domain/effect";
import type { ListName } from "../domain/lists";
import { validateEffect } from "../domain/validate";
import type { WorkbookPort } from "../workbook/port";

const LIST_VALUES: ReadonlyArray<readonly [ListName, string]> = [
  ["categories", "IT och skrivare"],
  ["categories", "Flyttjänster"],
  ["categories", "Resor och transporter"],
  ["departments", "Kommunstyrelseförvaltningen"],
  ["departments", "Socialförvaltningen"],
  ["departments", "Utbildningsförvaltningen"],
];

/** The talk's examples as the form would submit them; dates fall in `year`. */
export function sampleDrafts(year: number): EffectDraft[] {
  const turbundna = {
    caseName: "Turbundna resor",
    category: "Resor och transporter",
    department: "Socialförvaltningen",
    status: "Kalkylerad",
    basis: "Engång",
    startDate: `${year}-04-10`,
    supplier: "Resebolaget AB",
    caseNumber: `SN ${year - 1}/88`,
  } as const;
  return [
    {
      caseName: "Utskrift som tjänst",
      category: "IT och skrivare",
      department: "Kommunstyrelseförvaltningen",
      type: "Nytt avtal",
      reason: "Ramavtal/kontrakt",
      status: "Kalkylerad",
      basis: "Årlig",
      previousAnnualCost: 5_000_000,
      newAnnualCost: 3_000_000,
      annualAmount: 2_000_000,
      contractYears: 7,
      startDate: `${year}-01-01`,
      supplier: "Skrivarbolaget AB",
      caseNumber: `KS ${year - 1}/123`,
      comment: "Lättare begagnade skrivare tillåts",
    },
    {
      caseName: "Flyttjänster",
      category: "Flyttjänster",
      department: "Kommunstyrelseförvaltningen",
      type: "Engångsbelopp/vite",
      reason: "Vite",
      status: "Kalkylerad",
      basis: "Engång",
      oneOffAmount: 175_000,
      startDate: `${year}-02-20`,
      comment: "Leverantören uppfyllde inte miljökraven på fordonen",
    },
    {
      ...turbundna,
      type: "Engångsbelopp/vite",
      reason: "Rättad faktura",
      oneOffAmount: 5_500_000,
      comment: "Feldebitering för ensamåkande resenärer",
    },
    { ...turbundna, type: "Cost avoidance", reason: "Rättad faktura", oneOffAmount: 4_200_000 },
    { ...turbundna, type: "Engångsbelopp/vite", reason: "Vite", oneOffAmount: 200_000 },
  ];
}

/** Adds the sample list values and registers the samples; one port call each, as the pane does. */
export async function addSamples(port: WorkbookPort, year: number): Promise<void> {
  let lists = await port.readLists();
  for (const [list, value] of LIST_VALUES) {
    // Sequential on purpose: each call is one Excel.run that reads the list it appends to.
    lists = await port.addListValue(list, value);
  }
  const inputs: EffectInput[] = sampleDrafts(year).map((draft) => {
    const { input, issues } = validateEffect(draft, lists);
    if (input) return input;
    const problems = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
    throw new Error(`Exemplet "${String(draft.caseName)}" är ogiltigt: ${problems}`);
  });
  await port.appendEffects(inputs, { registeredBy: "Exempeldata" });
}
