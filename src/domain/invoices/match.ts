/**
 * Which effect each invoice line belongs to. A line counts for one effect at most, so a credit
 * note is never both a one-off's realisation and a lower contract cost:
 * - candidates: effects whose Diarienummer is the line's reference; otherwise effects of the
 *   same supplier (org.nr when both sides have one, else the normalised name);
 * - only in the effect's months (contractMonths);
 * - a credit (negative line) goes to a one-off (Engångsbelopp/vite) first, anything else to a
 *   new contract (Nytt avtal); among equals, the effect listed first.
 * Other types (cost avoidance, Annat) cannot be seen in invoices and are not matched.
 */
import { monthIndex } from "../calculate/phasing";
import { EFFECT_TYPES, type Effect, type EffectId } from "../model/effect";
import { contractMonths, type MonthWindow } from "./contractMonths";
import type { InvoiceLine } from "./lines";
import { normaliseReference, normaliseSupplierName, supplierKeyOf } from "./suppliers";

interface Candidate {
  effect: Effect;
  window: MonthWindow;
  oneOff: boolean;
  hasOrgNr: boolean;
}

const MATCHED_TYPES: ReadonlySet<string> = new Set([EFFECT_TYPES.newContract, EFFECT_TYPES.oneOff]);

function push<K>(map: Map<K, Candidate[]>, key: K, candidate: Candidate): void {
  const list = map.get(key);
  if (list) list.push(candidate);
  else map.set(key, [candidate]);
}

export class EffectIndex {
  private readonly byReference = new Map<string, Candidate[]>();
  private readonly byOrgNr = new Map<string, Candidate[]>();
  private readonly byName = new Map<string, Candidate[]>();
  private readonly supplierCandidates = new Map<string, Candidate[]>();

  constructor(effects: readonly Effect[]) {
    for (const effect of effects) {
      const window = contractMonths(effect);
      if (window === null || !MATCHED_TYPES.has(effect.type)) continue;
      const key = supplierKeyOf(effect.supplier);
      const candidate = {
        effect,
        window,
        oneOff: effect.type === EFFECT_TYPES.oneOff,
        hasOrgNr: key.orgNr !== null,
      };
      const reference = normaliseReference(effect.caseNumber);
      if (reference !== "") push(this.byReference, reference, candidate);
      if (key.orgNr !== null) push(this.byOrgNr, key.orgNr, candidate);
      if (key.name !== "") push(this.byName, key.name, candidate);
    }
  }

  /** The effect a line belongs to, or null. */
  effectOf(line: InvoiceLine): Effect | null {
    const month = monthIndex(line.date);
    const inWindow = (candidate: Candidate) =>
      month >= candidate.window.first && month < candidate.window.end;
    const byReference = this.byReference.get(normaliseReference(line.reference));
    const candidates = byReference?.some(inWindow) ? byReference : this.bySupplier(line);
    const credit = line.amountOre < 0;
    const chosen =
      candidates.find((candidate) => inWindow(candidate) && candidate.oneOff === credit) ??
      candidates.find((candidate) => inWindow(candidate) && !candidate.oneOff);
    return chosen?.effect ?? null;
  }

  /** Exports repeat a supplier on thousands of lines: its candidates are found once. */
  private bySupplier(line: InvoiceLine): Candidate[] {
    const key = `${line.orgNr ?? ""}\u0000${line.supplier}`;
    let candidates = this.supplierCandidates.get(key);
    if (candidates === undefined) {
      candidates = this.candidatesOf(line.supplier, line.orgNr);
      this.supplierCandidates.set(key, candidates);
    }
    return candidates;
  }

  private candidatesOf(supplier: string, orgNr: string | null): Candidate[] {
    const name = normaliseSupplierName(supplier);
    const sameName = name === "" ? [] : (this.byName.get(name) ?? []);
    if (orgNr === null) return sameName;
    // Two org.nr that differ are two suppliers, whatever the names say.
    const sameNumber = this.byOrgNr.get(orgNr) ?? [];
    return [...sameNumber, ...sameName.filter((candidate) => !candidate.hasOrgNr)];
  }
}

/** The lines of each matched effect, in file order. */
export function matchInvoiceLines(
  lines: readonly InvoiceLine[],
  effects: readonly Effect[]
): Map<EffectId, InvoiceLine[]> {
  const index = new EffectIndex(effects);
  const matched = new Map<EffectId, InvoiceLine[]>();
  for (const line of lines) {
    const effect = index.effectOf(line);
    if (effect === null) continue;
    const list = matched.get(effect.id);
    if (list) list.push(line);
    else matched.set(effect.id, [line]);
  }
  return matched;
}
