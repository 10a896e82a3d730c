/** The Granska view's Swedish strings; the rules' own messages come from the domain. */
import type { VerifiedStage } from "../../domain/model/effect";
import { formatCount } from "../../domain/model/format";

const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What a verification checks, as the sentence needs it. */
const STAGE: Record<VerifiedStage, string> = { Kalkyl: "kalkylen", Realisering: "realiseringen" };
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const reviewStrings = {
  title: "Granska",
  intro:
    "Verifiera andras effekter mot underlaget, t.ex. en faktura eller ett beslut. Du kan inte verifiera en effekt som du själv har registrerat eller senast ändrat.",
  /** Start's action, with how many wait. */
  startAction: (waiting: number) => (waiting === 0 ? "Granska" : `Granska (${waiting} väntar)`),
  department: "Förvaltning",
  waitingTitle: "Väntar på verifiering",
  waiting: (n: number) => `${count(n, "effekt väntar", "effekter väntar")} på verifiering.`,
  noneWaiting: "Inget väntar på verifiering.",
  listLabel: "Effekter som väntar på verifiering",
  forecast: (amount: string) => `Kalkylerad effekt ${amount}`,
  realisedOf: (realised: string, forecast: string) =>
    `Realiserad ${realised} av kalkylerad ${forecast}`,
  registeredBy: (name: string) => `Registrerad av ${name}`,
  registeredAndChanged: (registered: string, changed: string) =>
    `Registrerad av ${registered}, senast ändrad av ${changed}`,
  unknownPerson: "okänd",
  verify: "Verifiera",
  verifyLabel: (caseName: string) => `Verifiera ${caseName}`,
  back: "Tillbaka till Granska",
  verifyingStage: (stage: VerifiedStage) => `Du verifierar ${STAGE[stage]}`,
  verifyIntro: (stage: VerifiedStage) =>
    stage === "Kalkyl"
      ? "Kontrollera att den kalkylerade effekten stämmer med underlaget."
      : "Kontrollera att det realiserade beloppet stämmer med underlaget, t.ex. fakturor eller budgetutfall.",
  forecastLabel: "Kalkylerad effekt",
  realisedLabel: "Realiserad effekt",
  leakageLabel: "Effektläckage",
  evidence: "Underlag",
  evidenceHint: "Faktura- eller ärendenummer, eller en länk till dokumentet i SharePoint",
  verifying: "Verifierar …",
  cancel: "Avbryt",
  verified: (stage: VerifiedStage, caseName: string) =>
    `${capitalised(STAGE[stage])} för ${caseName} är verifierad.`,
  notFound: "Effekten finns inte längre i tabellen. Någon kan ha tagit bort raden.",
  outsideTitle: "Ändrade utanför tillägget",
  outsideIntro:
    "De här raderna har ändrats direkt i tabellen, utan tillägget, så det syns inte vem som ändrade vad. Kontrollera raden och godkänn ändringen som den står. Effekten räknas då som overifierad och behöver verifieras igen, av någon annan än du.",
  accept: "Godkänn ändringen",
  acceptLabel: (caseName: string) => `Godkänn ändringen av ${caseName}`,
  accepting: "Godkänner …",
  accepted: (caseName: string) =>
    `Ändringen av ${caseName} är godkänd. Effekten behöver nu verifieras igen.`,
  /** "Godkänn alla" is offered for two rows or more. */
  acceptAll: (n: number) => `Godkänn alla (${formatCount(n)})`,
  acceptAllQuestion: (n: number) => `Godkänn ${formatCount(n)} ändrade rader som de står?`,
  acceptAllConsequence:
    "De räknas sedan som overifierade och behöver verifieras av någon annan än du.",
  acceptAllConfirm: "Godkänn alla",
  acceptingAll: (n: number) => `Godkänner ${formatCount(n)} rader …`,
  acceptedAll: (accepted: number, stale: number) => {
    const done = `${count(accepted, "rad godkänd", "rader godkända")}.`;
    if (stale === 0) return done;
    return `${done} ${count(stale, "rad hade", "rader hade")} ändrats igen och godkändes inte; läs in igen.`;
  },
} as const;
