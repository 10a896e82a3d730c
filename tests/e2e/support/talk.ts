/**
 * The talk's examples, registered through the pane the way a person would on the empty
 * template: Utskrift som tjänst, Flyttjänster, and Turbundna resor as one case with three
 * effects. Förvaltning and Kategori start empty, so each new value is added from the form.
 */
import { eventually, plain } from "./eventually";
import { EntryFormDriver, Pane } from "./pane";

export interface TalkEffect {
  caseName: string;
  type: string;
  reason: string;
  department: string;
  category: string;
  /** Kalkylerad effekt (kr), as the table's formula computes it. */
  forecast: number;
}

export const TALK_EFFECTS: readonly TalkEffect[] = [
  {
    caseName: "Utskrift som tjänst",
    type: "Nytt avtal",
    reason: "Ramavtal/kontrakt",
    department: "Kommunstyrelseförvaltningen",
    category: "IT och skrivare",
    forecast: 14_000_000,
  },
  {
    caseName: "Flyttjänster",
    type: "Engångsbelopp/vite",
    reason: "Vite",
    department: "Kommunstyrelseförvaltningen",
    category: "Flyttjänster",
    forecast: 175_000,
  },
  ...(
    [
      ["Engångsbelopp/vite", "Rättad faktura", 5_500_000],
      ["Cost avoidance", "Rättad faktura", 4_200_000],
      ["Engångsbelopp/vite", "Vite", 200_000],
    ] as const
  ).map(([type, reason, forecast]) => ({
    caseName: "Turbundna resor",
    type,
    reason,
    department: "Socialförvaltningen",
    category: "Resor och transporter",
    forecast,
  })),
];

/** 24 075 000 kr: the kalkylerad total of the talk's rows. */
export const TALK_FORECAST_TOTAL = TALK_EFFECTS.reduce((sum, effect) => sum + effect.forecast, 0);

export interface Registered {
  /** The ids the pane reported, in the order the effects were saved. */
  ids: string[];
}

export interface RegisterHooks {
  /** Called at the points worth a screenshot; the form is on screen. */
  onScreen?: (screen: "form-empty" | "live-result" | "saved") => Promise<void>;
}

/**
 * Utskrift som tjänst, on the empty template: a new contract, 5 mkr → 3 mkr a year for 7
 * years from 1 January `year`. Förvaltning and Kategori are added to the lists on the way.
 */
export async function fillInPrinting(form: EntryFormDriver, year: number): Promise<void> {
  await form.text("Ärende", "Utskrift som tjänst");
  await form.pick("Förvaltning", "Kommunstyrelseförvaltningen", { add: true });
  await form.pick("Kategori", "IT och skrivare", { add: true });
  await form.type("Nytt avtal");
  await form.reason("Ramavtal/kontrakt");
  await form.text("Tidigare årlig kostnad", "5 mkr");
  await form.text("Ny årlig kostnad", "3 mkr");
  await form.text("Avtalstid (år)", "7");
  await form.text("Startdatum", `${year}-01-01`);
}

/**
 * Registers the five effects from Start, dated in `year`, and comes back to Start. Checks on
 * the way what a person would look at: the live result (14 mkr) and the saved message.
 */
export async function registerTalkExamples(
  pane: Pane,
  year: number,
  hooks: RegisterHooks = {}
): Promise<Registered> {
  const form = new EntryFormDriver(pane);
  const ids: string[] = [];
  await pane.startAction("Ny registrering");
  await form.form.waitFor();
  await hooks.onScreen?.("form-empty");

  await fillInPrinting(form, year);
  await eventually(async () => {
    const result = plain(await form.result.innerText());
    expect(result).toContain("Årlig effekt 2 mkr 2 000 000 kr");
    expect(result).toContain(
      "Kalkylerad effekt över avtalstiden 14 mkr 14 000 000 kr 2 mkr × 7 år"
    );
  });
  await hooks.onScreen?.("live-result");
  ids.push(...(await form.save()));
  await hooks.onScreen?.("saved");
  // A few seconds later the pane has looked again and found the row in the table exactly once.
  await pane.main.getByText("Bekräftad i arbetsboken.", { exact: true }).waitFor();

  // Flyttjänster: a penalty of 175 000 kr.
  await pane.person.click(pane.button("Ny registrering"));
  await form.text("Ärende", "Flyttjänster");
  await form.pick("Förvaltning", "Kommunstyrelseförvaltningen");
  await form.pick("Kategori", "Flyttjänster", { add: true });
  await form.type("Engångsbelopp/vite");
  await form.reason("Vite");
  await form.text("Belopp", "175 000");
  await form.text("Datum", `${year}-02-20`);
  // The penalty is what the contract says: measured against the contract's price.
  await form.baseline("Tidigare avtalspris");
  await eventually(async () =>
    expect(plain(await form.result.innerText())).toContain("Kalkylerad effekt 175 000 kr")
  );
  ids.push(...(await form.save()));

  // Turbundna resor: one case, three effects.
  await pane.person.click(pane.button("Ny registrering"));
  await form.text("Ärende", "Turbundna resor");
  await form.pick("Förvaltning", "Socialförvaltningen", { add: true });
  await form.pick("Kategori", "Resor och transporter", { add: true });
  const effects = [
    ["Engångsbelopp/vite", "Rättad faktura", "5,5 mkr"],
    ["Cost avoidance", "Rättad faktura", "4,2 mkr"],
    ["Engångsbelopp/vite", "Vite", "0,2 mkr"],
  ] as const;
  for (const [index, [type, reason, amount]] of effects.entries()) {
    if (index > 0) {
      await pane.person.click(pane.button("Lägg till ännu en effekt i samma ärende"));
      // The case stays; the effect starts over.
      expect(await pane.textbox("Ärende").inputValue()).toBe("Turbundna resor");
      expect(await pane.combobox("Förvaltning").inputValue()).toBe("Socialförvaltningen");
    }
    await form.type(type);
    await form.reason(reason);
    await form.text("Belopp", amount);
    await form.text("Datum", `${year}-04-10`);
    // Chosen once: another effect in the same case keeps it.
    if (index === 0) await form.baseline("Tidigare avtalspris");
    ids.push(...(await form.save()));
  }
  await pane.backToStart();
  return { ids };
}
