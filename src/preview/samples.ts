/**
 * The preview's starting rows: the talk's examples, registered the way the pane registers them
 * (list values added to the Kategori sheet, each effect validated by the domain, then appended
 * through the workbook port), so the workbook view starts out realistic and the samples can
 * never hold a row the add-in itself would refuse. One person registers them all and another
 * verifies a forecast and a realisation against evidence, so the preview shows every review
 * state (Registrerad, Verifierad, Realiserad, Verifierad realisering) and a log with lines.
 */
import type { EffectDraft } from "../domain/model/draft";
import type { EffectInput } from "../domain/model/effect";
import type { ListName } from "../domain/model/lists";
import { validateEffect } from "../domain/validate/validate";
import type { WorkbookPort } from "../workbook/port";

/** Who registers the examples, and who verifies some of them (never the same person). */
export const SAMPLE_REGISTRANT = "Anna Andersson";
export const SAMPLE_VERIFIER = "Bengt Berg";

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
    baseline: "Tidigare avtalspris",
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
      baseline: "Tidigare avtalspris",
    },
    {
      caseName: "Flyttjänster",
      category: "Flyttjänster",
      department: "Kommunstyrelseförvaltningen",
      type: "Engångsbelopp/vite",
      reason: "Vite",
      status: "Realiserad",
      basis: "Engång",
      oneOffAmount: 175_000,
      startDate: `${year}-02-20`,
      realised: 175_000,
      realisedDate: `${year}-03-16`,
      comment: "Leverantören uppfyllde inte miljökraven på fordonen",
      baseline: "Egen kalkyl eller budget",
    },
    {
      ...turbundna,
      type: "Engångsbelopp/vite",
      reason: "Rättad faktura",
      oneOffAmount: 5_500_000,
      comment: "Feldebitering för ensamåkande resenärer",
    },
    { ...turbundna, type: "Cost avoidance", reason: "Rättad faktura", oneOffAmount: 4_200_000 },
    {
      ...turbundna,
      type: "Engångsbelopp/vite",
      reason: "Vite",
      oneOffAmount: 200_000,
      status: "Realiserad",
      realised: 200_000,
      realisedDate: `${year}-05-20`,
    },
  ];
}

/** The examples verified, by their Ärende and type, with the evidence the verifier checked. */
const VERIFIED: ReadonlyArray<{
  caseName: string;
  type: string;
  evidence: (year: number) => string;
}> = [
  {
    caseName: "Utskrift som tjänst",
    type: "Nytt avtal",
    evidence: (year) => `Avtal KS ${year - 1}/123, prisbilaga`,
  },
  {
    caseName: "Flyttjänster",
    type: "Engångsbelopp/vite",
    evidence: (year) => `Vitesfaktura ${year}-0217`,
  },
];

/**
 * Adds the sample list values, registers the samples and verifies some; one port call each, as
 * the pane does.
 */
export async function addSamples(port: WorkbookPort, year: number): Promise<void> {
  let lists = await port.readLists();
  for (const [list, value] of LIST_VALUES) {
    // Sequential on purpose: each call is one Excel.run that reads the list it appends to.
    lists = await port.addListValue(list, value);
  }
  const inputs: EffectInput[] = sampleDrafts(year).map((draft) => {
    const { input, issues } = validateEffect(draft, lists, { requireBaseline: true });
    if (input) return input;
    const problems = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
    throw new Error(`Exemplet "${String(draft.caseName)}" är ogiltigt: ${problems}`);
  });
  const registered = await port.appendEffects(inputs, { registeredBy: SAMPLE_REGISTRANT });
  for (const { caseName, type, evidence } of VERIFIED) {
    const effect = registered.find((e) => e.caseName === caseName && e.type === type);
    if (!effect) throw new Error(`Exemplet "${caseName}" finns inte`);
    // Sequential like the list values: each verification is one Excel.run.
    await port.verifyEffect(effect, { by: SAMPLE_VERIFIER, evidence: evidence(year) });
  }
}
