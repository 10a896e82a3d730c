/**
 * Which registrations the list shows, and in what order. Pure, so the rules are tested as
 * plain functions.
 */
import { foldText } from "../../domain/model/cells";
import type { Effect, EffectStatus } from "../../domain/model/effect";

export interface EffectFilter {
  /** Matched in Ärende, Leverantör, Diarienummer, Kommentar and ID, case and spacing ignored. */
  search: string;
  department: string | null;
  type: string | null;
  status: EffectStatus | null;
}

export const NO_FILTER: EffectFilter = { search: "", department: null, type: null, status: null };

export const isFiltered = (filter: EffectFilter): boolean =>
  filter.search.trim() !== "" ||
  filter.department !== null ||
  filter.type !== null ||
  filter.status !== null;

/** Newest first: by registration date, then by when the add-in last wrote the row. */
export function newestFirst(effects: readonly Effect[]): Effect[] {
  return [...effects].sort(
    (a, b) =>
      b.registered.localeCompare(a.registered) ||
      (b.lastModified ?? -Infinity) - (a.lastModified ?? -Infinity)
  );
}

export function filterEffects(effects: readonly Effect[], filter: EffectFilter): Effect[] {
  const words = foldText(filter.search).split(" ").filter(Boolean);
  return effects.filter((effect) => {
    if (filter.department !== null && effect.department !== filter.department) return false;
    if (filter.type !== null && effect.type !== filter.type) return false;
    if (filter.status !== null && effect.status !== filter.status) return false;
    if (words.length === 0) return true;
    const text = foldText(
      [effect.caseName, effect.supplier, effect.caseNumber, effect.comment, effect.id].join(" ")
    );
    return words.every((word) => text.includes(word));
  });
}

/** A dropdown's choices: the workbook's list first, then values only found in rows. */
export function choicesOf(listed: readonly string[], found: Iterable<string>): string[] {
  const choices = [...listed];
  for (const value of found) if (value !== "" && !choices.includes(value)) choices.push(value);
  return choices;
}
