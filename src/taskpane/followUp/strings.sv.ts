/** The Swedish texts of Att följa upp. */
export const followUpStrings = {
  title: "Att följa upp",
  intro: (today: string) =>
    `Effekter vars kalkylerade effekt har förfallit t.o.m. ${today} men inte realiserats fullt, ` +
    "störst läckage först.",
  none: "Inget som har förfallit saknar realisering.",
  listLabel: (n: number) => (n === 1 ? "1 effekt att följa upp" : `${n} effekter att följa upp`),
  about: (type: string, department: string, start: string | null) =>
    [type, department, start === null ? "utan startdatum" : `från ${start}`].join(" · "),
  forecastDue: "Förfallen kalkylerad effekt",
  realised: "Realiserad effekt",
  leakage: "Effektläckage hittills",
} as const;
