/**
 * Cases that fail today, with the QUIRK_MATRIX entries they fail under (null: all of them),
 * until issue 11 §2 ("every write proves it landed", branch issue-11-landing) makes them pass.
 * Listed rather than skipped: jest runs each with `it.failing`, which turns red the moment the
 * case passes, so this list can only shrink. Never weaken a case to take it off the list.
 * Recorded on the merge of issue-11-landing's a3142b0 (the quirks behave; the fixes not yet).
 */
/** Excel expanded the table for none of the rows, or only for the first of several. */
const PARTIAL_EXPANSION = [
  "tableAutoExpand: firstRowOnly",
  "tableAutoExpand: never",
  "tableAutoExpand: never, ExcelApi 1.12",
  "all at once",
];
const NO_EXPANSION = ["tableAutoExpand: never", "tableAutoExpand: never, ExcelApi 1.12"];

export const KNOWN_FAILURES: readonly { case: string; quirks: readonly string[] | null }[] = [
  { case: "med summaraden påslagen hamnar raden i tabellen ovanför summaraden", quirks: null },
  {
    case: "sammanställningen byggs av de giltiga raderna och rör inte tabellen",
    quirks: [...PARTIAL_EXPANSION, "pageSetup: rejectUndocumented"],
  },
  ...[
    "en kolumn vars rubrik ändrats läggs tillbaka sist, med alla rader kvar",
    "flera registreringar i ett anrop hamnar alla inne i tabellen, i ordning",
    "text som ser ut som formel, tal, datum eller sanningsvärde lagras som text",
    "ett nytt försök med samma id skriver inte raden två gånger",
    "en ändring skriver rätt rad, lämnar de andra och loggas med gammalt och nytt värde",
    "en ändring hittar raden på id när någon har infogat rader ovanför tabellen",
    "en annan person verifierar mot underlag; den som registrerade får inte",
    "en rad ändrad för hand läses som ändrad utanför och kan godkännas som den står",
    "en handskriven rad som inte håller visas med sina problem och kan rättas på plats",
    "varje registrering får en loggrad i tabellen Effektlogg på det dolda bladet Logg",
  ].map((name) => ({ case: name, quirks: PARTIAL_EXPANSION })),
  ...[
    "en registrering hamnar inne i tabellen och läses tillbaka som den sparades",
    "registreringar i tur och ordning hamnar var och en inne i tabellen",
    "det som står direkt under tabellen flyttas ner, inte skrivs över, och raden hamnar i tabellen",
    "en ändring vägras när en kollega har ändrat raden efter att den lästes",
    "en ändring för hand i en annan cell står kvar när raden ändras i tillägget",
    "med en egen kolumn först i tabellen, tom i tilläggets rader, hamnar raderna ändå i tabellen",
  ].map((name) => ({ case: name, quirks: NO_EXPANSION })),
];

export const isKnownFailure = (quirk: string, caseName: string): boolean =>
  KNOWN_FAILURES.some(
    (known) => known.case === caseName && (known.quirks === null || known.quirks.includes(quirk))
  );
