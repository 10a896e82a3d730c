/** What the add-in records about every row it writes: who and when, and the row's checksum. */
import { effectChecksum } from "../../domain/trust/checksum";
import type { Effect, EffectId, EffectInput, IsoDate } from "../../domain/model/effect";
import { UNVERIFIED } from "../../domain/trust/review";

/** A row the add-in takes into its books (a registration, a fixed row): unverified, stamped. */
export function newEffect(
  input: EffectInput,
  record: { id: EffectId; registered: IsoDate; registeredBy: string },
  by: string,
  serial: number
): Effect {
  const effect: Effect = {
    ...input,
    ...record,
    ...UNVERIFIED,
    lastModified: null,
    lastModifiedBy: "",
    checksum: "",
    editedOutside: false,
  };
  return stamped(effect, by, serial);
}

/** `effect` as written by `by` at `serial` (an Excel date-time), with its new checksum. */
export function stamped(effect: Effect, by: string, serial: number): Effect {
  const written: Effect = {
    ...effect,
    lastModified: serial,
    lastModifiedBy: by,
    checksum: "",
    editedOutside: false,
  };
  return { ...written, checksum: effectChecksum(written) };
}
