/**
 * Cases that fail today, with the QUIRK_MATRIX entries they fail under (null: all of them),
 * until issue 11 §2 (branch issue-11-landing) makes them pass. Listed rather than skipped: jest
 * runs each with `it.failing`, which turns red the moment the case passes, so this list can only
 * shrink. Never weaken a case to take it off the list.
 * Recorded on the merge of issue-11-landing's 1794dc5: every append proves it landed; the print
 * setup is not yet a step of its own that cannot fail the refresh.
 */
export const KNOWN_FAILURES: readonly { case: string; quirks: readonly string[] | null }[] = [
  {
    case: "sammanställningen byggs av de giltiga raderna och rör inte tabellen",
    quirks: ["pageSetup: rejectUndocumented", "all at once"],
  },
];

export const isKnownFailure = (quirk: string, caseName: string): boolean =>
  KNOWN_FAILURES.some(
    (known) => known.case === caseName && (known.quirks === null || known.quirks.includes(quirk))
  );
