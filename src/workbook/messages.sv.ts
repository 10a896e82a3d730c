/** Swedish messages of the workbook layer: what the pane says when the workbook is not as expected. */

const lacksColumns = (table: string, columns: readonly string[]) =>
  `${table} saknar ${columns.length === 1 ? "kolumnen" : "kolumnerna"} ${columns.map((c) => `”${c}”`).join(", ")}. Reparera för att lägga till ${columns.length === 1 ? "den" : "dem"} sist i tabellen; inga värden ändras.`;

export const workbookMessages = {
  syncFailed: (detail: string) =>
    `Excel kunde inte spara eller läsa ändringen (${detail}). Inget av det du skrev har gått förlorat – försök igen.`,
  payloadTooLarge:
    "Excel tog inte emot så mycket data på en gång, inte ens uppdelat. Försök igen; kvarstår felet, kontakta den som förvaltar tillägget.",
  missingTable: (table: string, sheet: string) =>
    `Registreringstabellen ”${table}” finns inte i arbetsboken. Välj ”Skapa mallen i arbetsboken” för att skapa den på bladet ”${sheet}”.`,
  tableRenamed: (found: string, expected: string) =>
    `Registreringstabellen heter ”${found}” i stället för ”${expected}”. Reparera för att ge den rätt namn igen; inga värden ändras.`,
  tableMoved: (sheet: string, expected: string) =>
    `Registreringstabellen ligger på bladet ”${sheet}” i stället för ”${expected}”. Det fungerar, men bladet har fått ett annat namn.`,
  missingColumns: (columns: readonly string[]) => lacksColumns("Tabellen", columns),
  missingLog: (sheet: string) =>
    `Loggbladet ”${sheet}”, där tillägget skriver varje ändring, finns inte. Reparera för att skapa det (dolt); inga värden ändras.`,
  logRenamed: (found: string, expected: string) =>
    `Loggtabellen heter ”${found}” i stället för ”${expected}”. Reparera för att ge den rätt namn igen; inga värden ändras.`,
  missingLogColumns: (columns: readonly string[]) => lacksColumns("Loggtabellen", columns),
  missingRealisations: (sheet: string) =>
    `Bladet ”${sheet}”, där realiseringen per månad förs, finns inte. Reparera för att skapa det; inga värden ändras.`,
  realisationsRenamed: (found: string, expected: string) =>
    `Realiseringstabellen heter ”${found}” i stället för ”${expected}”. Reparera för att ge den rätt namn igen; inga värden ändras.`,
  missingRealisationColumns: (columns: readonly string[]) =>
    lacksColumns("Realiseringstabellen", columns),
  misspeltColumn: (found: string, expected: string) =>
    `Kolumnrubriken ”${found}” ser ut att vara ”${expected}”. Reparera för att rätta rubriken; inga värden ändras.`,
  missingListSheet: (sheet: string) =>
    `Bladet ”${sheet}” med listorna (Kategori, Förvaltning, Typ, Anledning) finns inte. Reparera för att skapa det med standardvärdena.`,
  listSheetMoved: (found: string, expected: string) =>
    `Listorna ligger på bladet ”${found}” i stället för ”${expected}”. Reparera för att ge bladet namnet ”${expected}” igen; inga värden ändras.`,
  missingLists: (headers: readonly string[]) =>
    `Listbladet saknar ${headers.map((h) => `”${h}”`).join(", ")}. Reparera för att lägga till ${headers.length === 1 ? "listan" : "listorna"}.`,
  appendNotConfirmed: (count: number) =>
    `${count === 1 ? "En registrering" : `${count} registreringar`} kunde inte bekräftas i tabellen efter flera försök, troligen för att kollegor skriver samtidigt. Formuläret är kvar – försök igen.`,
  logNotConfirmed: (count: number) =>
    `${count === 1 ? "En rad" : `${count} rader`} i ändringsloggen kunde inte bekräftas efter flera försök, troligen för att kollegor skriver samtidigt. Försök igen.`,
  invoiceSumsNotConfirmed: (count: number) =>
    `${count === 1 ? "En rad" : `${count} rader`} med fakturasummor kunde inte bekräftas efter flera försök. Importera filen igen: det som redan sparats skrivs inte två gånger.`,
  invoiceSheetTaken: (sheet: string) =>
    `Bladet ”${sheet}” finns redan men saknar tabellen för fakturasummor. Byt namn på bladet och importera igen.`,
  missingInvoiceColumns: (columns: readonly string[]) =>
    lacksColumns("Tabellen med fakturasummor", columns),
  realisationNotConfirmed: (count: number) =>
    `${count === 1 ? "En realisering" : `${count} realiseringar`} kunde inte bekräftas i tabellen efter flera försök, troligen för att kollegor skriver samtidigt. Försök igen.`,
  listValueNotConfirmed: (value: string) =>
    `”${value}” hamnade inte i listan på bladet Kategori och har tagits bort igen. Försök igen; kvarstår felet, lägg till värdet direkt i listan i Excel.`,
  notFound: (id: string) =>
    `Registreringen ${id} finns inte längre i tabellen. Någon kan ha tagit bort raden; läs in registreringarna igen.`,
  staleEdit: (id: string, fields: readonly string[]) =>
    fields.length > 0
      ? `Registreringen ${id} har ändrats av någon annan sedan du öppnade den (${fields.join(", ")}). Läs in den igen innan du sparar, så skriver du inte över en kollegas ändring.`
      : `Registreringen ${id} har ändrats av någon annan sedan du öppnade den. Läs in den igen innan du sparar, så skriver du inte över en kollegas ändring.`,
} as const;
