/** What the adapter needs from the outside world, passed in so tests control it. */
import type { EffectId, IsoDate } from "../domain/model/effect";
import { effectId } from "../domain/model/effect";
import { excelSerialFromUtcMillis, isoDateFromUtcMillis } from "../domain/model/dates";

export interface WorkbookEnv {
  /** A new, unique effect id. */
  newId(): EffectId;
  /** A new, unique id for one realisation period. */
  newRealisationId(): string;
  /** A new, unique id for one change: the log lines of one write share it. */
  newChangeId(): string;
  /** Today's date and the current time as an Excel serial, both in local wall-clock time. */
  stamp(): { date: IsoDate; serial: number };
  /** The host's requirement-set check: `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
}

/** `Table.resize` (ExcelApi 1.13) can take in rows Excel left below a table. */
export const canResizeTables = (env: WorkbookEnv): boolean =>
  env.isSetSupported("ExcelApi", "1.13");

/** Outside Office (no `Office` global) nothing newer than what the manifest requires is assumed. */
function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported(name, version) === true;
}

const ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32: no I, L, O, U

/** Ten random base-32 characters after `prefix`: 50 bits, so co-authors never collide in practice. */
function randomCode(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `${prefix}${Array.from(bytes, (b) => ID_ALPHABET[b % 32]).join("")}`;
}

export const randomEffectId = (): EffectId => effectId(randomCode("E-"));

/** `R-`: a period's id is never mistaken for an effect's. */
export const randomRealisationId = (): string => randomCode("R-");

/** `C-`, not `E-`: a change id is never mistaken for an effect's id in the log. */
export const randomChangeId = (): string => randomCode("C-");

/** Excel has no time zones: cells show wall-clock time, so shift UTC by the local offset. */
export function localStamp(now: Date): { date: IsoDate; serial: number } {
  const wallClockMillis = now.getTime() - now.getTimezoneOffset() * 60_000;
  return {
    date: isoDateFromUtcMillis(wallClockMillis),
    serial: excelSerialFromUtcMillis(wallClockMillis),
  };
}

export const defaultEnv: WorkbookEnv = {
  newId: randomEffectId,
  newRealisationId: randomRealisationId,
  newChangeId: randomChangeId,
  stamp: () => localStamp(new Date()),
  isSetSupported: officeIsSetSupported,
};
