/**
 * The domain's UTF-8 step by the platform's TextDecoder: native, several times faster than the
 * domain's own loop on a 200 000-line file. `fatal` makes invalid bytes throw, which the domain
 * takes as "not UTF-8" (then Windows-1252, decoded by the domain); `ignoreBOM` keeps a second
 * BOM as text, as the domain's decoder does.
 */
import type { Utf8Decoder } from "../../domain/invoices/decode";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export const platformUtf8: Utf8Decoder = (bytes) => {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
};
