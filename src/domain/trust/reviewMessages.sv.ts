/** The Swedish texts of verification and the audit trail. */
import { formatKronorExact } from "../model/format";

export const reviewMessages = {
  nameMissing: "Ange ditt namn innan du verifierar.",
  editedOutside:
    "Raden har ändrats utanför tillägget. Godkänn ändringen först; sedan kan en annan person verifiera den.",
  nothingToVerify: "Effekten har inget som väntar på verifiering.",
  ownRegistration:
    "Du registrerade effekten själv. En annan person än den som registrerade den måste verifiera den.",
  ownChange:
    "Du ändrade effekten senast. En annan person än den som senast ändrade den måste verifiera den.",
  evidenceMissing:
    "Ange underlaget du har kontrollerat: faktura- eller ärendenummer, eller en länk till dokumentet.",
  evidenceTooLong: (max: number) => `Underlaget får vara högst ${max} tecken.`,
};

export const logMessages = {
  registered: "Ny registrering",
  registeredAs: (type: string, forecast: number) => `${type}, ${formatKronorExact(forecast)}`,
  forecast: "Kalkylerad effekt (kr)",
  editedOutside: "Ändrad utanför tillägget",
  acceptedAs: (forecast: number) => `Godkänd som den står: ${formatKronorExact(forecast)}`,
  realisation: "Realisering",
  realisationAs: (month: string, amount: number, source: string, evidence: string) =>
    `${month}: ${formatKronorExact(amount)} (${evidence === "" ? source : `${source}, ${evidence}`})`,
};
