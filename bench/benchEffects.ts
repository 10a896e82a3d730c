/**
 * Many registered effects for the bench: the summary fixtures' varied set (the talk's examples
 * and the awkward cases) over and over, each its own case with its own id.
 */
import { effectChecksum } from "../src/domain/trust/checksum";
import { effectId, isoDate, type Effect } from "../src/domain/model/effect";
import { UNVERIFIED } from "../src/domain/trust/review";
import { summaryInputs } from "../tests/fixtures/summaryEffects";

/** 2026-03-01 12:00 as an Excel serial: when the bench's rows were "last written". */
const WRITTEN = 46082.5;

export function benchEffects(count: number): Effect[] {
  const varied = summaryInputs();
  return Array.from({ length: count }, (_, i) => {
    const input = varied[i % varied.length];
    if (!input) throw new Error("summaryInputs() is empty");
    const effect: Effect = {
      ...input,
      caseName: `${input.caseName} ${i + 1}`,
      id: effectId(`E-B${String(i + 1).padStart(6, "0")}`),
      registered: isoDate("2026-03-01"),
      registeredBy: "Bench",
      lastModified: WRITTEN,
      lastModifiedBy: "Bench",
      ...UNVERIFIED,
      checksum: "",
      editedOutside: false,
    };
    // As the add-in writes them: with a checksum, so they read back as trusted.
    return { ...effect, checksum: effectChecksum(effect) };
  });
}
