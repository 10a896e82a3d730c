/** The invoice import's and Uppföljning's texts. */
import { formatCount } from "../../domain/model/format";

export const importStrings = {
  title: "Importera fakturarader",
  intro:
    "Välj exporten av leverantörsfakturor (CSV eller Excel) från ekonomisystemet. Bara summor " +
    "per leverantör, månad och konto sparas i arbetsboken, aldrig enskilda rader.",
  chooseFile: "Välj fil…",
  fileLabel: "Fil med fakturarader",
  reading: "Läser filen…",
  matching: "Matchar raderna mot effekterna…",
  fileFacts: (name: string, lines: number, encoding: string) =>
    `${name}: ${formatCount(lines)} rader, ${encoding}.`,
  mappingTitle: "Kolumner",
  mappingHelp: "Kontrollera vad varje kolumn är och rätta vid behov.",
  notUsed: "Används inte",
  readLines: "Läs raderna",
  problemsTitle: (count: number) =>
    count === 1 ? "1 rad kan inte läsas" : `${formatCount(count)} rader kan inte läsas`,
  problemsHelp:
    "Raderna nedan lämnas utanför om du fortsätter. Rätta dem i exporten och importera igen om de ska med.",
  moreProblems: (count: number) => `… och ${formatCount(count)} till.`,
  moreLines: (count: number) => `… och ${formatCount(count)} rader till i filen.`,
  importLines: (count: number) => `Importera ${formatCount(count)} rader`,
  importing: "Sparar summorna i arbetsboken…",
  alreadyImported: "Filen är redan importerad; summorna finns i arbetsboken sedan tidigare.",
  imported: (lines: number, matched: number) =>
    `${formatCount(lines)} rader importerade, ${formatCount(matched)} hör till effekter.`,
  followUpTitle: "Uppföljning",
  noMatches:
    "Inga rader hörde till någon effekt. Kontrollera att effekterna har leverantör eller diarienummer och att datumen ligger inom avtalstiden.",
  effectHeading: (caseName: string, type: string) => `${caseName} – ${type}`,
  columns: {
    month: "Månad",
    forecast: "Prognos",
    invoiced: "Fakturerat",
    suggested: "Föreslagen realisering",
  },
  total: "Summa",
  noSuggestion: "–",
  priceVolume: (price: string, volume: string) => `Pris ${price}, volym ${volume}`,
  showLines: "Visa fakturaraderna",
  lineText: (line: number, date: string, supplier: string, amount: string) =>
    `Rad ${line}: ${date} ${supplier} ${amount}`,
  accept: "Godkänn",
  accepting: "Sparar…",
  accepted: (count: number) =>
    count === 0
      ? "Inget nytt att spara: månaderna har redan en realisering."
      : `Godkänt: ${formatCount(count)} ${count === 1 ? "månad" : "månader"} sparade som realisering.`,
};

/** The choices per column are the fields' names in the import's messages. */
export { fieldNames as fieldOptions } from "../../domain/invoices/importMessages.sv";
