/** What the add-in records about every row it writes: who and when, and the row's checksum. */
import { effectChecksum } from "../domain/checksum";
import type { Effect } from "../domain/effect";

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
